import { describe, expect, it } from 'vitest';
import { loadExport } from '../../src/export/load.js';
import { fixture } from '../helpers/exec.js';

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
});
