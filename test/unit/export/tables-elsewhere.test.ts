import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExport } from '../../../src/export/load.js';
import { readTableFile } from '../../../src/export/files/table-file.js';
import { tableSpec } from '../../../src/export/files/table-specs.js';
import { installRuntime } from '../../../src/launch/runtime.js';
import type { FileKind } from '../../../src/export/types.js';

/**
 * The CLI's worker has the export's tables read in a thread of their own (launch/table-reads.ts) while it
 * folds messages.csv: loadExport() hands the runtime the tables to read there, and takes each record from there.
 */

const CONNECTIONS =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Quill,https://www.linkedin.com/in/ada-quill,,Acme,CTO,05 Mar 2024\n';
const ENDORSEMENTS_HEADER = 'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n';
const endorsements = (rows: number) =>
  ENDORSEMENTS_HEADER +
  Array.from({ length: rows }, (_, i) => `2026/11/13 10:27:50 UTC,Gestion de projet,Lou ${i},Marin,www.linkedin.com/in/lou-marin-${i},ACCEPTED\n`).join('');
const MESSAGES =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n2-a,,Ada Quill,https://www.linkedin.com/in/ada-quill,Me,2024-03-05 10:00:00 UTC,,hello,INBOX\n';

function exportFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'netprune-tables-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

/** loadExport() with a runtime that reads the tables it is handed on this thread, each skill marked as read there. */
async function loadWithElsewhere(folder: string) {
  const handed: FileKind[][] = [];
  const restore = installRuntime({
    collectGarbage: () => {},
    largeHeap: () => {},
    collectYoung: () => {},
    readTables: (_path, files) => {
      handed.push(files.map((f) => f.kind));
      return (file) =>
        files.includes(file as (typeof files)[number])
          ? readTableFile(file, tableSpec(file.kind as 'endorsementsReceived')).then((read) => ({
              ...read,
              records: read.records.map((record) => ({ ...record, skill: 'read there' })),
            }))
          : undefined;
    },
  });
  try {
    return { exp: await loadExport(folder), handed };
  } finally {
    restore();
  }
}

describe('tables read elsewhere', () => {
  it('hands over every table but Connections.csv when there is no messages.csv, and takes their records from there', async () => {
    const folder = exportFolder({ 'Connections.csv': CONNECTIONS, 'Endorsement_Received_Info.csv': endorsements(12_000) });
    const { exp, handed } = await loadWithElsewhere(folder);
    expect(handed).toEqual([['endorsementsReceived']]);
    expect(exp.endorsementsReceived).toHaveLength(12_000);
    expect(exp.endorsementsReceived.every((e) => e.skill === 'read there')).toBe(true);
    expect(exp.connections.map((c) => c.firstName)).toEqual(['Ada']);
    expect(exp.files.map((f) => f.kind)).toEqual(['connections', 'endorsementsReceived']);
  });

  it('hands over Connections.csv too while messages.csv keeps this thread busy', async () => {
    const folder = exportFolder({ 'Connections.csv': CONNECTIONS, 'Endorsement_Received_Info.csv': endorsements(12_000), 'messages.csv': MESSAGES });
    const { exp, handed } = await loadWithElsewhere(folder);
    expect(handed.map((kinds) => [...kinds].sort())).toEqual([['connections', 'endorsementsReceived']]);
    // The same order of files as a read on one thread.
    expect(exp.files.map((f) => f.kind)).toEqual(['connections', 'messages', 'endorsementsReceived']);
  });

  it('reads a small export here: starting a thread would take longer than reading it', async () => {
    const folder = exportFolder({ 'Connections.csv': CONNECTIONS, 'Endorsement_Received_Info.csv': endorsements(100), 'messages.csv': MESSAGES });
    const { exp, handed } = await loadWithElsewhere(folder);
    expect(handed).toEqual([]);
    expect(exp.endorsementsReceived.map((e) => e.skill)).toContain('Gestion de projet');
  });
});
