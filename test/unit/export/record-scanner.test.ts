import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RecordScanner, type RecordBatch } from '../../../src/export/messages/record-scanner.js';
import { RecordView } from '../../../src/export/messages/record-view.js';
import { CsvScanner } from '../../../src/export/scan.js';
import { InputError } from '../../../src/errors.js';
import { pythonCsv } from './python-csv.js';

interface Scanned {
  fields: string[];
  line: number;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Every record of the batches, its fields decoded, as a RecordView reads them. */
function recordsOf(batches: RecordBatch[]): Scanned[] {
  const out: Scanned[] = [];
  const view = new RecordView();
  for (const batch of batches) {
    view.batch(batch);
    while (view.next()) {
      const fields: string[] = [];
      for (let i = 0; i < view.fields; i++) fields.push(Buffer.from(view.text(i), 'latin1').toString('utf8'));
      out.push({ fields, line: view.line });
    }
  }
  return out;
}

/** Scans `bytes` handed over in pieces cut at `points`. */
function scanBytes(
  bytes: Uint8Array,
  points: number[],
  options: { batchBytes?: number; maxFieldBytes?: number; maxRecordBytes?: number; delimiter?: string } = {},
): RecordBatch[] {
  const scanner = new RecordScanner({ fileName: 'messages.csv', ...options });
  const batches: RecordBatch[] = [];
  let from = 0;
  for (const p of [...new Set(points)].sort((a, b) => a - b)) {
    if (p > from && p < bytes.length) {
      batches.push(...scanner.push(bytes.subarray(from, p)));
      from = p;
    }
  }
  batches.push(...scanner.push(bytes.subarray(from)));
  batches.push(...scanner.end());
  return batches;
}

/** The reference: CsvScanner on the decoded text. */
function reference(text: string): Scanned[] {
  const out: Scanned[] = [];
  const scanner = new CsvScanner((fields, line) => out.push({ fields, line }));
  scanner.push(text);
  scanner.end();
  return out;
}

describe('RecordScanner', () => {
  it('finds the same records, fields and lines as CsvScanner, whatever the chunks and batch size (property)', () => {
    const piece = fc.constantFrom('a', 'Zoë', '😀', 'à', ' ', ',', '"', '""', '\n', '\r\n', '\r', 'x y', '%');
    const field = fc.array(piece, { maxLength: 6 }).map((parts) => parts.join(''));
    const record = fc.array(field, { minLength: 1, maxLength: 5 });
    const file = fc.record({
      records: fc.array(fc.tuple(record, fc.array(fc.boolean(), { maxLength: 5 }), fc.nat(2)), { minLength: 1, maxLength: 10 }),
      eol: fc.constantFrom('\n', '\r\n', '\r'),
      finalEol: fc.boolean(),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
      batchBytes: fc.constantFrom(1, 7, 64, 65536),
    });
    fc.assert(
      fc.property(file, ({ records, eol, finalEol, cuts, batchBytes }) => {
        let text = '';
        records.forEach(([cells, forceQuote, blankLines], r) => {
          text += eol.repeat(blankLines);
          text += cells
            .map((cell, i) =>
              forceQuote[i] === true || /[",\r\n]/.test(cell) || (cells.length === 1 && cell === '') ? `"${cell.replaceAll('"', '""')}"` : cell,
            )
            .join(',');
          if (r < records.length - 1 || finalEol) text += eol;
        });
        const bytes = utf8(text);
        const expected = reference(text);
        const points = cuts.map((f) => Math.floor(f * bytes.length));
        expect(recordsOf(scanBytes(bytes, points, { batchBytes }))).toEqual(expected);
        // One byte at a time: every boundary at once, inside characters, quotes and CRLFs.
        expect(recordsOf(scanBytes(bytes, Array.from(bytes.keys()), { batchBytes }))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a stray quote as text, as CsvScanner does, and never lets it swallow the rows after it', () => {
    const text = 'a,5\'11" tall,"say "hi" now",b\n"x"""y",z\nAna,"VanArsdel" ,Dev\nBo,Contoso,PM\nCy,"Acme, Inc.",QA\n';
    const records = recordsOf(scanBytes(utf8(text), [3, 9, 17, 40]));
    expect(records).toEqual(reference(text));
    expect(records.slice(2)).toEqual([
      { fields: ['Ana', 'VanArsdel ', 'Dev'], line: 3 },
      { fields: ['Bo', 'Contoso', 'PM'], line: 4 },
      { fields: ['Cy', 'Acme, Inc.', 'QA'], line: 5 },
    ]);
  });

  it("reads any text, quotes anywhere, as Python's csv does, with any delimiter, whatever the chunks (property)", () => {
    const piece = fc.constantFrom('a', 'é', '😀', ' ', ',', ';', '\t', '"', '""', '\n', '\r\n', '\r', 'x"y', '"z" ');
    const file = fc.record({
      text: fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
      delimiter: fc.constantFrom(',', ';', '\t'),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 10 }),
      batchBytes: fc.constantFrom(1, 7, 65536),
    });
    fc.assert(
      fc.property(file, ({ text, delimiter, cuts, batchBytes }) => {
        let expected: Scanned[] | string;
        try {
          expected = pythonCsv(text, delimiter);
        } catch {
          expected = 'unbalanced quote';
        }
        const bytes = utf8(text);
        for (const points of [cuts.map((f) => Math.floor(f * bytes.length)), Array.from(bytes.keys())]) {
          const run = () => recordsOf(scanBytes(bytes, points, { batchBytes, delimiter }));
          if (typeof expected === 'string') expect(run).toThrow(expected);
          else expect(run()).toEqual(expected);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('hands batches of whole records, about batchBytes each', () => {
    const row = '"2-abc","Ada Quill","2024-03-05 10:00:00 UTC","hello"\n';
    const bytes = utf8(row.repeat(1000));
    const batches = scanBytes(bytes, [1000, 20000, 20001, 40000], { batchBytes: 4096 });
    expect(batches.reduce((n, b) => n + b.records, 0)).toBe(1000);
    for (const batch of batches.slice(0, -1)) {
      expect(batch.bytes.length).toBeGreaterThanOrEqual(4096);
      expect(batch.bytes.length).toBeLessThan(4096 + row.length);
      expect(batch.bytes.length % row.length).toBe(0);
    }
    expect(batches.at(-1)?.bytesRead).toBe(bytes.length);
  });

  it('refuses a quote never closed, naming the line where its record starts', () => {
    const run = () => scanBytes(utf8('a,b\n1,2\n3,"never closed\n4,5\n6,7'), [5, 12]);
    expect(run).toThrow(InputError);
    expect(run).toThrow('messages.csv:3: unbalanced quote in a field starting on this line');
  });

  it('refuses an over-long field or record as soon as it is one, even before it ends', () => {
    const options = { maxFieldBytes: 40, maxRecordBytes: 100 };
    const long = 'x'.repeat(50);
    expect(() => scanBytes(utf8(`a\n"${long}"\n`), [], options)).toThrow('messages.csv:2: a field longer than 40 bytes');
    const scanner = new RecordScanner({ fileName: 'messages.csv', ...options, batchBytes: 1 });
    scanner.push(utf8('a\n"'));
    expect(() => {
      for (let i = 0; i < 10; i++) scanner.push(utf8('y'.repeat(10)));
    }).toThrow('messages.csv:2: a field longer than 40 bytes');
    const wide = Array.from({ length: 5 }, () => long.slice(0, 30)).join(',');
    expect(() => scanBytes(utf8(`a\n${wide}\n`), [], options)).toThrow('messages.csv:2: a record longer than 100 bytes');
    expect(() => scanBytes(utf8(`"unclosed${'z'.repeat(2 * 1024 * 1024)}`), [100, 70000])).toThrow('messages.csv:1: a field longer than 1 MiB');
  });

  it('keeps every field of a record wider than its field table (5,000 fields), with its line, in errors too', () => {
    const header = Array.from({ length: 5000 }, (_, i) => (i === 2 ? 'DATE' : `C${i}`));
    const row = header.map((_, i) => (i === 4999 ? 'last' : ''));
    const text = `${header.join(',')}\n${row.join(',')}\n\nAda,"x\ny",z\n${row.join(',')}`;
    for (const points of [[], [7, 9000, 10_007]]) {
      const records = recordsOf(scanBytes(utf8(text), points, { batchBytes: 1 }));
      expect(records.map((r) => [r.fields.length, r.line, r.fields[2], r.fields.at(-1)])).toEqual([
        [5000, 1, 'DATE', 'C4999'],
        [5000, 2, '', 'last'],
        [3, 4, 'z', 'z'],
        [5000, 6, '', 'last'],
      ]);
    }
    expect(() => scanBytes(utf8(`${header.join(',')}\n${row.join(',')}\n"open,${row.join(',')}`), [])).toThrow('messages.csv:3: unbalanced quote');
    expect(() => scanBytes(utf8(`${header.join(',')}\n${row.join(',')}${'x'.repeat(40_000)}`), [], { maxRecordBytes: 40_000 })).toThrow(
      'messages.csv:2: a record longer than 40000 bytes',
    );
  });

  it("finds a spreadsheet's delimiter, `;` or TAB, in the first line", () => {
    for (const delimiter of [';', '\t']) {
      const text = `${['FROM', 'DATE', 'CONTENT'].join(delimiter)}\r\nAda${delimiter}2024-03-05 10:00:00 UTC${delimiter}"Hi, you${delimiter} there"\r\n`;
      expect(recordsOf(scanBytes(utf8(text), [2]))).toEqual([
        { fields: ['FROM', 'DATE', 'CONTENT'], line: 1 },
        { fields: ['Ada', '2024-03-05 10:00:00 UTC', `Hi, you${delimiter} there`], line: 2 },
      ]);
    }
    // A comma wins a tie, and only counts outside quotes.
    expect(recordsOf(scanBytes(utf8('"a;b;c",d;e\n1,2\n'), []))[0]?.fields).toEqual(['a;b;c', 'd;e']);
  });

  it('reads a record far larger than a chunk, scanning it a few times, not once per chunk', () => {
    const content = 'w'.repeat(900 * 1024);
    const bytes = utf8(`FROM,CONTENT\nAda,"${content}"\nBo,hi\n`);
    const points = Array.from({ length: Math.ceil(bytes.length / 1024) }, (_, i) => i * 1024);
    const records = recordsOf(scanBytes(bytes, points));
    expect(records.map((r) => [r.fields[0], r.fields[1]?.length, r.line])).toEqual([
      ['FROM', 7, 1],
      ['Ada', content.length, 2],
      ['Bo', 2, 3],
    ]);
  });
});
