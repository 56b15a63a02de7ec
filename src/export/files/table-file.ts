import type * as z from 'zod';
import { detach } from './detach.js';
import type { ExportFile, FileKind, FileReport } from '../types.js';
import { columnIndex, MAX_HEADER_SEARCH_LINE, readTable, type TableRow, type TextPieces } from '../csv.js';
import { decodeTable } from './table-text.js';
import { InputError } from '../../errors.js';
import type { Message } from '../../i18n/translator.js';
import { MisfitRows } from './misfit-rows.js';
import { FILE_NAME } from '../file-names.js';
import type { DayMonthOrder } from '../dates.js';
import { DateColumns, type DateCells } from './date-cells.js';

/**
 * How to read one kind of small CSV file: which columns it has (by header name,
 * with the aliases seen across the years) and how a row becomes a record.
 * Columns are always mapped by name, never by position: LinkedIn adds and drops them.
 */
export interface TableSpec<Field extends string, T> {
  kind: FileKind;
  /** field → header names it has carried (matched ignoring case, spaces and underscores). */
  columns: Record<Field, readonly string[]>;
  /** Fields whose columns must be present for a row to be taken as the header. */
  required: readonly Field[];
  /**
   * Fields whose values come back row after row (first names, companies, skills): the records share one
   * string per distinct value instead of holding a copy each. Every record lives to the report, and each
   * string it holds is copied twice by the young generation's collections on the way there.
   */
  repeated?: readonly Field[];
  /**
   * Fields that toRecord() only reads to make another value (a URL's key, a parsed date) and never keeps:
   * their cells are handed over as the scanner sliced them, not copied first (`detach`). Nothing kept may
   * be such a cell, or a slice of it: it would hold the file's text in memory.
   */
  transient?: readonly Field[];
  /** Every record is checked against it; a row that fails is skipped and counted. */
  schema: z.ZodType<T>;
  /** What `schema` accepts, said without zod for the large tables (record-checks.ts); zod sees only what it refuses. */
  fits?: (record: T) => boolean;
  /** The columns to name when no header is found, as LinkedIn writes them: `First Name, Last Name, …, Connected On`. */
  columnsShown: string;
  /** What skipping a row that does not fit the header changes, for the warning that names it. */
  skippedRowsMean: Message;
  /**
   * A record to validate against `schema`, its keys in the schema's order, or `skip(reason)` to set the row aside (counted in the read summary).
   * Dates are read through `dates`, which reads each column in one order and names the dates it cannot read.
   */
  toRecord(cell: (field: Field) => string, line: number, dates: DateCells<Field>): T | Skipped;
}

export interface TableResult<Records> {
  records: Records;
  report: FileReport;
}

/** Where readTableInto() puts the records it keeps: an array, or columns (invitation-table.ts). */
export interface RecordSink<T> {
  push(record: T): void;
  readonly length: number;
}

/** The files read whole are small (a full Connections.csv is ~4 MB); a huge one is not an export file. */
const MAX_TABLE_FILE_BYTES = 256 * 1024 * 1024;
/**
 * Most rows read from one table. Connections stop at 30,000 and Invitations.csv keeps under a year;
 * every record is held until the report is written (about 2 KB each through `invitations`), so this
 * bounds memory where the byte cap alone (a couple of million short rows) would not.
 */
const MAX_TABLE_ROWS = 1_000_000;

export function readTableFile<Field extends string, T>(file: ExportFile, spec: TableSpec<Field, T>, maxRows = MAX_TABLE_ROWS): Promise<TableResult<T[]>> {
  return readTableInto(file, spec, () => [], maxRows);
}

/** readTableFile(), each record kept pushed into a sink `newSink` makes (a new one if the table is read again). */
export async function readTableInto<Field extends string, T, Sink extends RecordSink<T>>(
  file: ExportFile,
  spec: TableSpec<Field, T>,
  newSink: () => Sink,
  maxRows = MAX_TABLE_ROWS,
): Promise<TableResult<Sink>> {
  if (file.size > MAX_TABLE_FILE_BYTES) {
    throw new InputError(file.name, { key: 'problem.fileTooLarge', values: { size: Math.round(file.size / 1048576) } }, { key: 'advice.checkExportFile' });
  }
  const { text, blank, hasNul, warnings } = decodeTable(await file.read(), file.name);
  if (blank) {
    throw new InputError(
      file.name,
      { key: 'problem.emptyFile' },
      { key: 'advice.exportDataAgain', values: { file: FILE_NAME[spec.kind], columns: spec.columnsShown } },
    );
  }
  const table = { text, hasNul, name: file.name };
  let read = await readRows(table, spec, newSink(), maxRows, new Map());
  // A column whose last values showed it is day first (a European spreadsheet's `17/01/2019`) had its
  // earlier `05/03/2024` read month first: the file is read again, in that order. Only such a file is.
  const dayFirst = read.dates.toReadDayFirst();
  if (dayFirst.size > 0) read = await readRows(table, spec, newSink(), maxRows, dayFirst);
  const { records, report } = read;
  report.warnings.unshift(...warnings);
  return { records, report };
}

interface TableInput {
  text: string | TextPieces;
  /** Whether the text holds a NUL byte anywhere: rows are then looked at for one. */
  hasNul: boolean;
  name: string;
}

/** One pass over a table's rows; `orders` names the date columns to read day first. */
async function readRows<Field extends string, T, Sink extends RecordSink<T>>(
  file: TableInput,
  spec: TableSpec<Field, T>,
  records: Sink,
  maxRows: number,
  orders: ReadonlyMap<Field, DayMonthOrder>,
) {
  const { hasNul } = file;
  const report: FileReport = { kind: spec.kind, name: file.name, rows: 0, skipped: {}, warnings: [] };
  const fields = Object.keys(spec.columns) as Field[];
  const isHeader = (cells: string[]) => spec.required.every((f) => columnIndex(cells, ...spec.columns[f]) >= 0);
  let firstBadLine: number | undefined;
  let columns: Record<Field, number> | undefined;
  let headerCells: string[] = [];
  // The row being read, for cell(): one function for the file rather than one per row.
  let cells: string[] = [];
  const repeated: ReadonlySet<Field> = new Set(spec.repeated);
  const transient: ReadonlySet<Field> = new Set(spec.transient);
  const kept = new Map<string, string>();
  const cell = (field: Field): string => {
    const i = columns?.[field] ?? -1;
    if (i < 0) return '';
    const value = (cells[i] ?? '').trim();
    return repeated.has(field) ? keepOne(kept, value) : transient.has(field) ? value : detach(value);
  };
  const dates = new DateColumns(cell, orders);
  let misfits: MisfitRows | undefined;
  // Looked for in each row only when the file has one (`hasNul`): real exports never do.
  let rows = 0;
  const onRow = (row: TableRow, header: string[]) => {
    if (++rows > maxRows) {
      throw new InputError(file.name, { key: 'problem.tooManyRows', values: { count: maxRows } }, { key: 'advice.checkExportFile' }, row.line);
    }
    if (columns === undefined) {
      columns = Object.fromEntries(fields.map((f) => [f, columnIndex(header, ...spec.columns[f])])) as Record<Field, number>;
      headerCells = header;
    }
    misfits ??= new MisfitRows(file.name, header.length);
    const misfit = misfits.reason(row.cells.length, hasNul && row.cells.some((c) => c.includes('\0')));
    if (misfit !== null) {
      misfits.add(misfit, row.line, () => row.cells);
      report.skipped[misfit] = (report.skipped[misfit] ?? 0) + 1;
      return;
    }
    cells = row.cells;
    dates.line = row.line;
    const result = spec.toRecord(cell, row.line, dates);
    if (isSkip(result)) {
      report.skipped[result.skip] = (report.skipped[result.skip] ?? 0) + 1;
      return;
    }
    if (spec.fits?.(result)) {
      records.push(result);
      return;
    }
    const parsed = spec.schema.safeParse(result);
    if (parsed.success) {
      records.push(parsed.data);
    } else {
      report.skipped['unreadable row'] = (report.skipped['unreadable row'] ?? 0) + 1;
      firstBadLine ??= row.line;
    }
  };
  await readTableOrExplain(file.text, file.name, isHeader, spec, onRow);
  report.rows = records.length;
  report.warnings.push(...(misfits?.warnings(spec.skippedRowsMean) ?? []));
  report.warnings.push(...dates.warnings(file.name, (field) => (headerCells[columns?.[field] ?? -1] ?? field).trim()));
  if (firstBadLine !== undefined) {
    report.warnings.push({
      key: 'readers.unreadableRows',
      values: { where: `${file.name}:${firstBadLine}`, count: report.skipped['unreadable row'] ?? 0 },
    });
  }
  return { records, report, dates };
}

/** The string kept for `value` (detached from the file's text), the first time it is met. */
function keepOne(kept: Map<string, string>, value: string): string {
  let one = kept.get(value);
  if (one === undefined) {
    one = detach(value);
    kept.set(one, one);
  }
  return one;
}

async function readTableOrExplain<Field extends string, T>(
  text: string | TextPieces,
  name: string,
  isHeader: (cells: string[]) => boolean,
  spec: TableSpec<Field, T>,
  onRow: (row: TableRow, header: string[]) => void,
) {
  try {
    return await readTable(text, name, isHeader, onRow);
  } catch (error) {
    if (!(error instanceof InputError) || !/no header row/.test(error.message)) throw error;
    const partial = partialHeader(typeof text === 'string' ? text : [...text].join(''), spec);
    if (partial !== null) {
      throw new InputError(
        name,
        { key: 'problem.headerLacks', values: { columns: partial.missing.join(', '), count: partial.missing.length } },
        { key: 'advice.asExported' },
        partial.line,
        { cause: error },
      );
    }
    throw new InputError(
      name,
      { key: 'problem.notThisFile', values: { file: FILE_NAME[spec.kind], columns: spec.columnsShown } },
      { key: 'advice.checkPassedExportFile' },
      undefined,
      { cause: error },
    );
  }
}

/** A line that has some of the expected columns but not all the required ones. */
function partialHeader<Field extends string, T>(text: string, spec: TableSpec<Field, T>) {
  // readTable() has checked that each of the first 20 lines is within the cap: no more is split.
  const lines = text.slice(0, 20 * (MAX_HEADER_SEARCH_LINE + 2)).split(/\r\n|\n|\r/, 20);
  for (const [i, line] of lines.entries()) {
    const cells = line.split(/[,;\t]/).map((c) => c.replace(/^\uFEFF?"?|"$/g, '').trim());
    const present = (f: Field) => columnIndex(cells, ...spec.columns[f]) >= 0;
    const fields = Object.keys(spec.columns) as Field[];
    if (fields.filter(present).length >= 2) {
      return { line: i + 1, missing: spec.required.filter((f) => !present(f)).map((f) => spec.columns[f][0] ?? f) };
    }
  }
  return null;
}

/** What toRecord returns to set a row aside: `skip('hidden member')`. */
const SKIP = Symbol('skip');
export const skip = (reason: string) => ({ [SKIP]: true as const, skip: reason });
type Skipped = ReturnType<typeof skip>;
const isSkip = (value: unknown): value is Skipped => typeof value === 'object' && value !== null && SKIP in value;
