import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CsvScanner, type CsvScannerOptions } from '../../../src/export/scan.js';
import { InputError } from '../../../src/errors.js';
import { pythonCsv } from './python-csv.js';

interface Scanned {
  fields: string[];
  line: number;
}

function scan(chunks: string[], options?: CsvScannerOptions): Scanned[] {
  const out: Scanned[] = [];
  const scanner = new CsvScanner((fields, line) => out.push({ fields, line }), options);
  for (const chunk of chunks) scanner.push(chunk);
  scanner.end();
  return out;
}

/** Cuts `text` at the given fractions of its length. */
function cut(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks;
}

const everySplit = (text: string): string[][] => {
  const splits: string[][] = [[text], text.split('')];
  for (let i = 0; i <= text.length; i++) splits.push([text.slice(0, i), text.slice(i)]);
  return splits;
};

describe('CsvScanner', () => {
  it('reads a 2026 fully quoted messages.csv with a literal newline in CONTENT', () => {
    const text =
      '"CONVERSATION ID","FROM","DATE","CONTENT","FOLDER"\n' +
      '"2-ZmFrZQ==","Sam Lee","2026-02-15 18:04:28 UTC","Hi Alex,\nFollowing up on our call.\nBest, Sam","INBOX"\n' +
      '"2-ZmFrZQ==","Alex Kim","2026-02-16 09:00:00 UTC","Thanks, ""Sam""!","INBOX"';
    for (const chunks of everySplit(text)) {
      expect(scan(chunks)).toEqual([
        { fields: ['CONVERSATION ID', 'FROM', 'DATE', 'CONTENT', 'FOLDER'], line: 1 },
        { fields: ['2-ZmFrZQ==', 'Sam Lee', '2026-02-15 18:04:28 UTC', 'Hi Alex,\nFollowing up on our call.\nBest, Sam', 'INBOX'], line: 2 },
        { fields: ['2-ZmFrZQ==', 'Alex Kim', '2026-02-16 09:00:00 UTC', 'Thanks, "Sam"!', 'INBOX'], line: 5 },
      ]);
    }
  });

  it('reads CRLF and CR line ends, inside and outside quotes, at every chunk boundary', () => {
    const text = 'a,b\r\n"x\r\ny",2\r\n\r\n"p\rq",3\r4,"""\r"\r\n';
    for (const chunks of everySplit(text)) {
      expect(scan(chunks)).toEqual([
        { fields: ['a', 'b'], line: 1 },
        { fields: ['x\r\ny', '2'], line: 2 },
        { fields: ['p\rq', '3'], line: 5 },
        { fields: ['4', '"\r'], line: 7 },
      ]);
    }
  });

  it('strips a BOM, skips empty lines, and keeps a trailing empty field', () => {
    expect(scan(['\uFEFFa,b\n\n\n1,\n2,x'])).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', ''], line: 4 },
      { fields: ['2', 'x'], line: 5 },
    ]);
    expect(scan(['\uFEFF', 'a'])).toEqual([{ fields: ['a'], line: 1 }]);
    expect(scan([''])).toEqual([]);
  });

  it('keeps a stray quote inside an unquoted field, or text after a closing quote, as spreadsheets and Python do', () => {
    for (const chunks of everySplit('a,5\'11" tall,"say "hi" now",b\n')) {
      expect(scan(chunks)).toEqual([{ fields: ['a', '5\'11" tall', 'say hi" now"', 'b'], line: 1 }]);
    }
  });

  it('never lets a stray quote swallow the rows after it: `"VanArsdel" ,` ends its field at the next delimiter', () => {
    const text = 'Ana,"VanArsdel" ,Dev\nBo,Contoso,PM\r\nCy,"Acme, Inc.",QA\nDi,"Fab""rikam"" "x,Ops';
    for (const chunks of everySplit(text)) {
      expect(scan(chunks)).toEqual([
        { fields: ['Ana', 'VanArsdel ', 'Dev'], line: 1 },
        { fields: ['Bo', 'Contoso', 'PM'], line: 2 },
        { fields: ['Cy', 'Acme, Inc.', 'QA'], line: 3 },
        { fields: ['Di', 'Fab"rikam" x', 'Ops'], line: 4 },
      ]);
    }
  });

  it("reads any text, quotes anywhere, as Python's csv does, with any delimiter and cut anywhere (property)", () => {
    const piece = fc.constantFrom('a', 'é', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'x"y');
    const file = fc.record({
      text: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
      delimiter: fc.constantFrom(',', ';', '\t'),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }),
    });
    fc.assert(
      fc.property(file, ({ text, delimiter, cuts }) => {
        let expected: Scanned[] | string;
        try {
          expected = pythonCsv(text, delimiter);
        } catch {
          expected = 'unbalanced quote';
        }
        for (const chunks of [cut(text, cuts), text.split('')]) {
          if (typeof expected === 'string') expect(() => scan(chunks, { delimiter })).toThrow(expected);
          else expect(scan(chunks, { delimiter })).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('uses another delimiter when told to', () => {
    expect(scan(['"a;b";c\tx\n'], { delimiter: ';' })).toEqual([{ fields: ['a;b', 'c\tx'], line: 1 }]);
    expect(scan(['"a\tb"\tc\n'], { delimiter: '\t' })).toEqual([{ fields: ['a\tb', 'c'], line: 1 }]);
  });

  it('reports an unbalanced quote with the line where its record starts', () => {
    const run = () => scan(['a,b\n1,2\n3,"never closed\n4,5\n6,7'], { fileName: 'messages.csv' });
    expect(run).toThrow(InputError);
    expect(run).toThrow('messages.csv:3: unbalanced quote in a field starting on this line');
  });

  it('refuses an over-long field or record, naming the file and line', () => {
    const long = 'x'.repeat(50);
    const options = { fileName: 'messages.csv', maxFieldBytes: 40, maxRecordBytes: 100 };
    expect(() => scan([`a\n"${long}"\n`], options)).toThrow('messages.csv:2: a field longer than 40 characters');
    expect(() => scan(['a\n', long.slice(0, 25), long.slice(25), '\n'], options)).toThrow('messages.csv:2: a field longer than 40 characters');
    expect(() => scan([`a\n"${long.slice(0, 30)}`, long], options)).toThrow('messages.csv:2: a field longer than 40');
    const wide = Array.from({ length: 5 }, () => long.slice(0, 30)).join(',');
    expect(() => scan([`a\n${wide}\n`], options)).toThrow('messages.csv:2: a record longer than 100 characters');
    expect(() => scan(['a\n', ...wide.split(',').map((f) => `${f},`)], options)).toThrow('a record longer than 100');
    expect(() => scan(['"unclosed', 'x'.repeat(2 * 1024 * 1024)], { fileName: 'f.csv' })).toThrow('f.csv:1: a field longer than 1 MiB');
  });

  it('gives the same records and start lines as csv-parse on random tricky data, cut into random chunks', () => {
    const piece = fc.constantFrom('a', 'Zoë', '😀', ' ', ',', ';', '"', '""', '\n', '\r\n', '\r', 'x y');
    const field = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    const record = fc.array(field, { minLength: 1, maxLength: 5 });
    const file = fc.record({
      records: fc.array(fc.tuple(record, fc.array(fc.boolean(), { maxLength: 5 }), fc.nat(2)), { minLength: 1, maxLength: 8 }),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      bom: fc.boolean(),
      finalEol: fc.boolean(),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
    });
    fc.assert(
      fc.property(file, ({ records, eol, bom, finalEol, cuts }) => {
        let text = bom ? '\uFEFF' : '';
        let line = 1;
        const expectedLines: number[] = [];
        records.forEach(([cells, forceQuote, blankLines], r) => {
          text += eol.repeat(blankLines);
          line += blankLines;
          expectedLines.push(line);
          const written = cells.map((cell, i) => {
            // A lone empty cell must be quoted, or the record would be an empty line.
            const quote = forceQuote[i] === true || /[",\r\n]/.test(cell) || (cells.length === 1 && cell === '');
            return quote ? `"${cell.replaceAll('"', '""')}"` : cell;
          });
          text += written.join(',');
          line += 1 + cells.reduce((n, cell) => n + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
          if (r < records.length - 1 || finalEol) text += eol;
        });
        const reference = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
        // Random cuts, and one code unit per chunk: every chunk boundary at once.
        for (const chunks of [cut(text, cuts), text.split('')]) {
          const scanned = scan(chunks);
          expect(scanned.map((r) => r.fields)).toEqual(reference);
          expect(scanned.map((r) => r.fields)).toEqual(records.map(([cells]) => cells));
          expect(scanned.map((r) => r.line)).toEqual(expectedLines);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
