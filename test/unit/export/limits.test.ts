import { describe, expect, it } from 'vitest';
import { MAX_HEADER_SEARCH_LINE, readTable } from '../../../src/export/csv.js';
import { CsvScanner } from '../../../src/export/scan.js';
import { readTableFile } from '../../../src/export/files/table-file.js';
import { invitationsSpec } from '../../../src/export/files/invitations.js';
import type { ExportFile } from '../../../src/export/types.js';

const header = 'First Name,Last Name,Connected On\n';
const isHeader = (cells: string[]) => cells.includes('First Name');

describe('oversized fields and records are refused with the file and line, not an out-of-memory crash', () => {
  it('a field over 1 MiB in a small file', async () => {
    const text = `${header}Ada,Quill,05 Mar 2024\nBo,"${'x'.repeat(1024 * 1024 + 1)}",05 Mar 2024\n`;
    await expect(readTable(text, 'Connections.csv', isHeader)).rejects.toThrow(/^Connections\.csv:3: a field longer than 1 MiB/);
  });

  it('a record over 10 MiB in a small file', async () => {
    const cell = 'y'.repeat(900 * 1024);
    const text = `${header}Ada,Quill,05 Mar 2024\n${Array.from({ length: 12 }, () => cell).join(',')}\n`;
    await expect(readTable(text, 'Connections.csv', isHeader)).rejects.toThrow(/^Connections\.csv:\d+: a record longer than 10 MiB/);
  });

  it('a field over 1 MiB in messages.csv, even when it arrives in many chunks', () => {
    const scanner = new CsvScanner(() => {}, { fileName: 'messages.csv' });
    scanner.push('FROM,DATE,CONTENT\nAda,2024-03-05 10:00:00 UTC,"');
    expect(() => {
      for (let i = 0; i < 20; i++) scanner.push('z'.repeat(64 * 1024));
      scanner.end();
    }).toThrow(/^messages\.csv:2: a field longer than 1 MiB/);
  });

  it('fields just under the limits are read', async () => {
    const big = 'w'.repeat(1024 * 1024);
    const table = await readTable(`${header}Ada,${big},05 Mar 2024\n`, 'Connections.csv', isHeader);
    expect(table.rows[0]?.cells[1]).toHaveLength(1024 * 1024);
  });

  it('a line over 64 KiB before the header: refused with its line, without parsing it', async () => {
    const text = `Notes:\n${'n'.repeat(MAX_HEADER_SEARCH_LINE + 1)}\n${header}Ada,Quill,05 Mar 2024\n`;
    await expect(readTable(text, 'Connections.csv', isHeader)).rejects.toThrow(
      /^Connections\.csv:2: a line longer than 64 KiB before any header row\. This is not a LinkedIn export file/,
    );
    // The cap is the limit: a line of exactly 64 KiB is still searched (in a CRLF file, too).
    const atCap = `Notes:\r\n${'n'.repeat(MAX_HEADER_SEARCH_LINE)}\r\n${header.replace('\n', '\r\n')}Ada,Quill,05 Mar 2024\r\n`;
    const table = await readTable(atCap, 'Connections.csv', isHeader);
    expect(table.headerLine).toBe(3);
    expect(table.rows.map((r) => r.cells)).toEqual([['Ada', 'Quill', '05 Mar 2024']]);
  });

  it('a table with more rows than its cap: refused at the first row past it, not held in memory', async () => {
    const rows = ['Ada Quill', 'Bo Lind', 'Cy Park'].map((name) => `${name},Morgan Delacroix,"11/7/26, 7:25 AM",,INCOMING`);
    const bytes = new TextEncoder().encode(['From,To,Sent At,Message,Direction', ...rows].join('\n'));
    const file = { kind: 'invitations', name: 'Invitations.csv', size: bytes.length, read: async () => bytes } as unknown as ExportFile;
    expect((await readTableFile(file, invitationsSpec, 3)).records).toHaveLength(3);
    await expect(readTableFile(file, invitationsSpec, 2)).rejects.toThrow(
      /^Invitations\.csv:4: more than 2 rows, far more than any LinkedIn export file of this kind\. Check that this is the file/,
    );
  });
});
