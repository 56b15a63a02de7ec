import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadExport } from '../../src/export/load.js';
import { fixture } from '../helpers/exec.js';
import { english } from '../helpers/english.js';

/** Exports a spreadsheet opened and saved again: every row is read, or skipped and said so (issue 14). */
const load = (name: string) => loadExport(fixture(`exports/${name}`));

describe('files a spreadsheet re-saved', () => {
  it('a stray quote, `"VanArsdel" ,`, keeps the text after it and swallows no row', async () => {
    const exp = await load('spreadsheet-stray-quote');
    expect(exp.connections.map((c) => [c.firstName, c.company, c.line])).toEqual([
      ['Inès', 'VanArsdel', 2],
      ['Tomás', 'Contoso', 3],
      ['Aiko', 'Northwind Traders', 4],
      ['Léa', 'Fabrikam, Inc.', 5],
      ['Omar', 'Tailspin Toys', 6],
      ['Grace', 'Wingtip "Labs"', 7],
    ]);
    expect(exp.files[0]).toMatchObject({ rows: 6, skipped: {}, warnings: [] });
  });

  it('every file, messages.csv included, with ";", a BOM, CRLF and dd/mm/yyyy dates', async () => {
    const exp = await load('spreadsheet-semicolon-all');
    expect(exp.files.map((f) => [f.kind, f.rows, f.skipped, f.warnings])).toEqual([
      ['connections', 3, {}, []],
      ['messages', 4, {}, []],
      ['invitations', 1, {}, []],
    ]);
    expect(exp.connections.map((c) => [c.lastName, c.company, c.connectedOn])).toEqual([
      ['Lee', 'Contoso', '2024-09-14'],
      ['Mercier', 'Initech, Inc.', '2024-10-14'],
      ['Ng', 'Sablier; Cie', '2021-02-28'],
    ]);
    expect(exp.owner).toMatchObject({ firstName: 'Camille', lastName: 'Lefèvre', key: 'in/camille-lefèvre-4b2a91c7' });
    const sam = [...(exp.messages?.conversations ?? [])].find((c) => c.participants.has('in/sam-lee-123456789'));
    expect(sam?.bySender.get('in/camille-lefèvre-4b2a91c7')).toEqual({ count: 1, first: '2024-11-20T09:15:00Z', last: '2024-11-20T09:15:00Z' });
    expect(sam?.last?.snippet).toBe('Sounds good; talk Thursday.');
    const group = [...(exp.messages?.conversations ?? [])].find((c) => c.title === 'Project sync');
    expect([...(group?.participants.keys() ?? [])].sort()).toEqual(['in/camille-lefèvre-4b2a91c7', 'in/dana-ng', 'in/hélène-mercier-3a9f12bc']);
    expect(group?.last?.snippet).toBe('Merci "Hélène" !');
    expect(exp.invitations.at(0)).toMatchObject({ sentAt: '2024-09-13T09:22:00Z', otherKey: 'in/sam-lee-123456789' });
  });

  it('rows in another delimiter, or of NUL bytes, are skipped and named by line, never read as connections', async () => {
    const exp = await load('spreadsheet-mixed-delimiters');
    expect(exp.connections.map((c) => [c.firstName, c.lastName, c.line])).toEqual([
      ['Ana', 'Diaz', 2],
      ['Di', 'Lu', 7],
    ]);
    expect(exp.files[0]?.skipped).toEqual({ 'wrong number of fields': 3, 'damaged line (NUL bytes)': 1 });
    expect(exp.files[0]?.warnings.map(english)).toEqual([
      expect.stringMatching(/Connections\.csv:3: 3 rows do not have the header's 7 fields \(another delimiter, or a stray quote\?\), skipped: lines 3, 4, 5\./),
      expect.stringMatching(/Connections\.csv:6: 1 row holds NUL bytes \(the file is damaged\), skipped: line 6\./),
    ]);
  });

  it('a quote left open glues lines into one row: skipped, and every line it took is named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-open-quote-'));
    try {
      const rows = [
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
        'Ana,Diaz,https://www.linkedin.com/in/ana-diaz-4c5d6e7f,,"VanArsdel ,Buyer,05 Mar 2024',
        'Bo,Chen,https://www.linkedin.com/in/bo-chen-8a9b0c1d,,Contoso,Product Manager,04 Mar 2024',
        'Cy,Ross,https://www.linkedin.com/in/cy-ross-2e3f4a5b,,"Acme, Inc.",QA Lead,03 Mar 2024',
        'Di,Lu,https://www.linkedin.com/in/di-lu-6b7c8d9e,,Fabrikam,Operations,02 Mar 2024',
      ];
      writeFileSync(join(dir, 'Connections.csv'), rows.join('\n'));
      const exp = await loadExport(dir);
      expect(exp.connections.map((c) => c.lastName)).toEqual(['Lu']);
      expect(exp.files[0]?.skipped).toEqual({ 'wrong number of fields': 1 });
      expect(exp.files[0]?.warnings.map(english)).toEqual([
        expect.stringMatching(/Connections\.csv:2: 1 row does not have the header's 7 fields .*, skipped: lines 2–4\./),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
