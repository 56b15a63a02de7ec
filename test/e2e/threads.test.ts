import type { MessagesSummary } from '../../src/export/messages/types.js';
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { bin, expectInputError, fixture, netprune, root, spawnNetprune } from '../helpers/exec.js';

/**
 * The commands that read an export run in a worker thread, and messages.csv is scanned on the main
 * thread (src/launch): what a user sees must not change. These run the bin on exports whose
 * messages.csv is broken in ways only the scan can find, as a folder and as a zip.
 */

const CONNECTIONS =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Quill,https://www.linkedin.com/in/ada-quill,,Acme,CTO,05 Mar 2024\n';
const HEADER = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n';
const ROW = '2-a,,Ada Quill,https://www.linkedin.com/in/ada-quill,Me,2024-03-05 10:00:00 UTC,,hello,INBOX\n';

/** The same export as a folder and as a zip. */
function exportsOf(files: Record<string, string | Uint8Array>): { folder: string; zip: string } {
  const folder = mkdtempSync(join(tmpdir(), 'netprune-threads-'));
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) {
    bytes[name] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    writeFileSync(join(folder, name), bytes[name]!);
  }
  const zip = join(mkdtempSync(join(tmpdir(), 'netprune-threads-zip-')), 'export.zip');
  writeFileSync(zip, zipSync(bytes));
  return { folder, zip };
}

describe('messages.csv scanned on the main thread, folded in the worker', () => {
  it('gives the same report from a folder and from a zip, and the same as the library reading it on one thread', async () => {
    const fromFolder = spawnNetprune(['audit', fixture('demo'), '--json']);
    const fromZip = spawnNetprune(['audit', fixture('demo.zip'), '--json']);
    const inProcess = await netprune(['audit', fixture('demo'), '--json']);
    expect(fromFolder.code).toBe(0);
    const strip = (json: string) => ({ ...JSON.parse(json), input: undefined });
    expect(strip(fromZip.stdout)).toEqual(strip(fromFolder.stdout));
    expect(fromFolder.stdout).toBe(inProcess.stdout);
    const { loadExport } = await import('../../src/export/load.js');
    const exp = await loadExport(fixture('demo'));
    const report = JSON.parse(fromFolder.stdout) as { input: { files: { kind: string; rows: number; skipped: Record<string, number> }[] } };
    const messages = report.input.files.find((f) => f.kind === 'messages');
    expect(messages).toMatchObject({ rows: exp.messages?.rows, skipped: exp.messages?.skipped });
  });

  it('refuses invalid UTF-8 in messages.csv with its byte offset, from a folder and from a zip', async () => {
    const bad = new Uint8Array([...new TextEncoder().encode(HEADER + ROW), 0x41, 0xe9, 0x42, 0x0a]);
    const offset = new TextEncoder().encode(HEADER + ROW).length + 1;
    const { folder, zip } = exportsOf({ 'Connections.csv': CONNECTIONS, 'messages.csv': bad });
    await expectInputError(['audit', folder], /messages\.csv/, new RegExp(`messages\\.csv: is not valid UTF-8 \\(byte offset ${offset}\\)`), { spawn: true });
    await expectInputError(['audit', zip], /export\.zip/, new RegExp(`export\\.zip:messages\\.csv: is not valid UTF-8 \\(byte offset ${offset}\\)`), {
      spawn: true,
    });
  });

  it('names the line of a quote never closed in messages.csv inside a zip', async () => {
    const { zip } = exportsOf({ 'Connections.csv': CONNECTIONS, 'messages.csv': HEADER + ROW + ROW.replace('hello', '"never closed') + ROW });
    await expectInputError(['audit', zip], /export\.zip:messages\.csv:3:/, /unbalanced quote/, { spawn: true });
  });

  it('reports a broken Connections.csv first, even while messages.csv is being scanned', async () => {
    const { folder } = exportsOf({ 'Connections.csv': 'Notes:\nnot a header\n', 'messages.csv': HEADER + ROW.repeat(20000) });
    await expectInputError(['audit', folder], /Connections\.csv/, /header/, { spawn: true });
  });

  it('stops quietly, exit 0, when the reader of its output goes away (netprune audit … | head)', async () => {
    const child = spawn(process.execPath, [bin, 'audit', fixture('demo'), '--json'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  /** A summary as plain data: what its conversations say, not how they are stored. */
  const plain = (summary: MessagesSummary) => ({
    rows: summary.rows,
    skipped: summary.skipped,
    conversations: [...summary.conversations].map((c) => ({
      id: c.id,
      title: c.title,
      maxRecipients: c.maxRecipients,
      participants: [...c.participants],
      bySender: [...c.bySender],
      last: c.last,
    })),
  });

  it('folds batches handed over as copies, as the main thread transfers them, into the same aggregates', async () => {
    const { readMessages } = await import('../../src/export/messages/read-messages.js');
    const { scanMessages } = await import('../../src/export/messages/scan-messages.js');
    const { openExport } = await import('../../src/export/locate.js');
    const source = await openExport(fixture('demo'));
    const file = source.files.find((f) => f.kind === 'messages')!;
    const oneThread = await readMessages(file);
    // The batches made here, handed over as the main thread would hand them (copied, as transferred).
    const copied = async function* () {
      for await (const batch of scanMessages(file)) yield { ...batch, bytes: batch.bytes.slice(), fields: batch.fields.slice() };
    };
    const handedOver = await readMessages(file, undefined, copied);
    expect(plain(handedOver.summary)).toEqual(plain(oneThread.summary));
    expect(oneThread.summary.rows).toBeGreaterThan(1000);
  });
});
