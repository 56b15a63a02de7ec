import { Buffer } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import { CsvScanner } from './scan.js';
import { InputError } from '../errors.js';

/**
 * The export's tables (Connections.csv and the other small files; messages.csv is streamed by
 * messages/read-messages.ts). The header is found with csv-parse, strict about what a line holds;
 * the rows are read by CsvScanner (scan.ts), several times faster than csv-parse and tested
 * against it (test/unit/export/scan.test.ts).
 */

export interface TableRow {
  cells: string[];
  /** 1-based physical line where the record starts. */
  line: number;
}

export interface Table {
  /** Header cells, trimmed. */
  header: string[];
  headerLine: number;
  delimiter: string;
  /** Every record after the header, with as many cells as it has: the caller decides what a short row means. */
  rows: TableRow[];
  /** Blank lines after the header, skipped. */
  emptyLines: number;
}

/**
 * A table's text in pieces (files/table-text.ts), each decoded on its own and ending just after a line feed
 * but the last, made as they are iterated: a piece is stored one byte a character unless it holds a
 * character past U+00FF.
 */
export type TextPieces = Iterable<string>;

const HEADER_SEARCH_LINES = 20;
/**
 * Longest line looked at as a possible header, in UTF-16 code units. A real header is under 200
 * characters and the `Notes:` sentence above it about 400; a longer line before the header is not
 * an export's, and csv-parse over a 50 MB one took 57 s of CPU (issue 15).
 */
export const MAX_HEADER_SEARCH_LINE = 64 * 1024;
const DELIMITERS = [',', ';', '\t'];
/** How much of a table is read between two turns of the event loop: a few milliseconds' worth. */
const SLICE_CHARS = 64 * 1024;

/**
 * Parses a CSV file whose header is found by content: `isHeader` gets the trimmed cells of each of the
 * first 20 lines. Line counts are not used because of the `Notes:` preamble, which real exports have
 * since Nov 2021 and older ones do not, and which Excel re-saves as `Notes:,,` (docs/linkedin-export.md §7.1).
 * With `onRow`, each row is handed over as it is parsed instead of being kept in `rows`, so that a caller
 * turning rows into records never holds them all (30,000 rows of Connections.csv are ~40 MB of arrays).
 */
export async function readTable(
  text: string | TextPieces,
  fileName: string,
  isHeader: (cells: string[]) => boolean,
  onRow?: (row: TableRow, header: string[]) => void,
): Promise<Table> {
  const { head, rest } = typeof text === 'string' ? { head: text, rest: [] } : headOf(text[Symbol.iterator]());
  const body = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const found = findHeader(body, isHeader, fileName);
  if (found === null) {
    throw new InputError(fileName, { key: 'problem.noHeaderRow', values: { count: HEADER_SEARCH_LINES } }, { key: 'advice.checkCsv' });
  }
  const table: Table = { header: found.cells, headerLine: found.line, delimiter: found.delimiter, rows: [], emptyLines: 0 };
  let seenHeader = false;
  // Where the next record starts when no blank line comes first: the scanner skips blank lines, and they are counted here.
  let nextLine = found.line;
  const scanner = new CsvScanner(
    (cells, line) => {
      table.emptyLines += line - nextLine;
      nextLine = scanner.currentLine + 1;
      if (!seenHeader) {
        seenHeader = true;
      } else if (cells.length === 1 && (cells[0] ?? '').trim() === '') {
        table.emptyLines++;
      } else if (onRow === undefined) {
        table.rows.push({ cells, line });
      } else {
        onRow({ cells, line }, table.header);
      }
    },
    { delimiter: found.delimiter, fileName, firstLine: found.line },
  );
  // A slice at a time, letting the event loop run between them: the CLI's worker reads the tables
  // while the batches of messages.csv come in, and a 30,000-row Connections.csv read in one go kept
  // them waiting, and the main thread that scans them idle, for some 150 ms.
  for (let at = found.offset; at < body.length; at += SLICE_CHARS) {
    for (const chunk of narrowed(body.slice(at, at + SLICE_CHARS), false)) scanner.push(chunk);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  for (const piece of rest) {
    for (const chunk of narrowed(piece, true)) scanner.push(chunk);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  scanner.end();
  table.emptyLines += Math.max(0, scanner.currentLine - nextLine);
  return table;
}

const BEYOND_LATIN_1 = /[^\u0000-\u00ff]/g;

/**
 * The slice in chunks whose cells V8 can store one byte a character: the lines that hold a character
 * past U+00FF as they are, and the text between them copied into one-byte strings. One such character
 * makes V8 store a whole decoded file two bytes a character, and every cell sliced from it too: in the
 * benchmark's Connections.csv (1,221 names of 30,000 past Latin-1), every name, company and position
 * kept in memory took twice its size, and the JSON report made of them came out two bytes a character
 * as well (187 MB allocated to write 34 MB of it, against 69 MB from one-byte strings). `oneByteIfLatin1`: the
 * slice is known to be stored one byte a character unless it holds a character past U+00FF.
 */
function* narrowed(slice: string, oneByteIfLatin1: boolean): Generator<string> {
  let start = 0;
  BEYOND_LATIN_1.lastIndex = 0;
  for (let hit = BEYOND_LATIN_1.exec(slice); hit !== null; hit = BEYOND_LATIN_1.exec(slice)) {
    const lineStart = Math.max(start, slice.lastIndexOf('\n', hit.index) + 1);
    const lineBreak = slice.indexOf('\n', hit.index);
    const lineEnd = lineBreak < 0 ? slice.length : lineBreak + 1;
    if (lineStart > start) yield oneByte(slice.slice(start, lineStart));
    yield slice.slice(lineStart, lineEnd);
    start = BEYOND_LATIN_1.lastIndex = lineEnd;
  }
  // A piece decoded from UTF-8 on its own (TextPieces) is already stored one byte a character when nothing in it is past U+00FF.
  if (start === 0 && oneByteIfLatin1) yield slice;
  else if (start < slice.length) yield oneByte(slice.slice(start));
}

/**
 * The pieces that hold the first HEADER_SEARCH_LINES lines, joined (most often the first piece alone), and the
 * pieces after them, still to be made. With a line feed past those lines, the header is looked for in `head`
 * as in the whole text.
 */
function headOf(pieces: Iterator<string>): { head: string; rest: Iterable<string> } {
  const taken: string[] = [];
  let lineFeeds = 0;
  while (lineFeeds <= HEADER_SEARCH_LINES) {
    const next = pieces.next();
    if (next.done === true) break;
    taken.push(next.value);
    lineFeeds += countLineFeeds(next.value, HEADER_SEARCH_LINES + 1 - lineFeeds);
  }
  return { head: taken.length === 1 ? (taken[0] ?? '') : taken.join(''), rest: { [Symbol.iterator]: () => pieces } };
}

/** Line feeds in `text`, counted up to `most`. */
function countLineFeeds(text: string, most: number): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0 && count < most; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/** The same characters (all U+00FF or below), in a string V8 stores one byte a character. */
const oneByte = (latin1: string): string => Buffer.from(latin1, 'latin1').toString('latin1');

/**
 * Index of the first header cell that matches one of `aliases`, ignoring case, spaces and underscores
 * (`Connected On` = `ConnectedOn` = `connected_on`, all seen in user-edited files); -1 when absent.
 */
export function columnIndex(header: readonly string[], ...aliases: string[]): number {
  const wanted = new Set(aliases.map(squash));
  return header.findIndex((cell) => wanted.has(squash(cell)));
}

const squash = (name: string) => name.replace(/[\s_\uFEFF]+/g, '').toLowerCase();

interface HeaderHit {
  cells: string[];
  delimiter: string;
  /** 1-based line, and where that line starts in the text. */
  line: number;
  offset: number;
}

function findHeader(text: string, isHeader: (cells: string[]) => boolean, fileName: string): HeaderHit | null {
  let offset = 0;
  for (let line = 1; line <= HEADER_SEARCH_LINES && offset <= text.length; line++) {
    // The line break is looked for only within the cap: past it, the line is not read at all.
    const window = text.slice(offset, offset + MAX_HEADER_SEARCH_LINE + 1);
    const breakAt = window.search(/\r\n|\r|\n/);
    if (breakAt < 0 && window.length > MAX_HEADER_SEARCH_LINE) throw headerSearchLineTooLong(fileName, line);
    const end = breakAt < 0 ? text.length : offset + breakAt;
    const candidates = DELIMITERS.map((delimiter) => ({ delimiter, cells: splitLine(text.slice(offset, end), delimiter) }))
      .filter((c): c is { delimiter: string; cells: string[] } => c.cells !== null)
      // The delimiter that splits the header into the most cells wins; `,` wins a tie.
      .sort((a, b) => b.cells.length - a.cells.length);
    for (const { delimiter, cells } of candidates) {
      if (isHeader(cells)) return { cells, delimiter, line, offset };
    }
    if (breakAt < 0) break;
    offset = end + (text.startsWith('\r\n', end) ? 2 : 1);
  }
  return null;
}

function headerSearchLineTooLong(fileName: string, line: number): InputError {
  return new InputError(
    fileName,
    { key: 'problem.lineTooLongBeforeHeader', values: { size: MAX_HEADER_SEARCH_LINE / 1024 } },
    { key: 'advice.notExportFileAsCame' },
    line,
  );
}

/** One line as trimmed cells, or null when it is not a complete CSV record on its own (a quote left open). */
function splitLine(line: string, delimiter: string): string[] | null {
  if (line.trim() === '') return null;
  try {
    const [cells] = parse(line, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
    return cells === undefined ? null : cells.map((cell) => cell.trim());
  } catch {
    return null;
  }
}
