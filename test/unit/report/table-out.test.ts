import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvCell, neutraliseCell, toCsvLine } from '../../../src/report/table-out.js';
import { markdownText as markdownCell } from '../../../src/report/emit/markdown.js';

describe('CSV cells a spreadsheet opens', () => {
  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("https://evil.example","x")'])('%j is neutralised', (cell) => {
    expect(neutraliseCell(cell)).toBe(`'${cell}`);
  });

  it.each(['Ada', 'Acme, Inc.', '1+1', 'a=b', ''])('%j is left as it is', (cell) => {
    expect(neutraliseCell(cell)).toBe(cell);
  });

  it('round-trips through a CSV parser: what comes back is the cell, neutralised', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 6 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const square = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
        const text = `${square.map(toCsvLine).join('\r\n')}\r\n`;
        const back = parse(text, { relax_column_count: true }) as string[][];
        // netprune's CSVs always have several columns, so no row is ever an empty line.
        expect(back).toEqual(square.map((r) => r.map(neutraliseCell)));
      }),
    );
  });

  it('quotes what needs quoting', () => {
    expect(csvCell('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });
});

describe('Markdown cells', () => {
  it('cannot break out of the table or add markup', () => {
    const cell = markdownCell('a | b <script>x</script> [link](https://evil.example) `code`\nnext');
    expect(cell).not.toMatch(/(^|[^\\])[|<>[\]`]/);
    expect(cell).not.toContain('\n');
  });
});
