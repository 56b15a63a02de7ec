import { InputError } from '../errors.js';

/**
 * A streaming RFC 4180 scanner over text, for the export's tables (csv.ts): the benchmark's
 * Connections.csv, 30,000 rows, takes it about 15 ms, and took csv-parse about 120 ms. (messages.csv
 * has a scanner of its own over bytes, messages/record-scanner.ts, held to this one by a property test.)
 *
 * Text arrives in chunks cut anywhere (inside a quoted field, between the two quotes of `""`,
 * between CR and LF). Fields are sliced out of the chunk, never built a character at a time;
 * a field cut by a chunk edge is kept as pieces, so a long field is never re-scanned.
 */

export interface CsvScannerOptions {
  delimiter?: string;
  /** Longest field, in UTF-16 code units (the same as bytes for ASCII). Default MAX_FIELD_LENGTH, 1 MiB. */
  maxFieldBytes?: number;
  /** Longest record, in UTF-16 code units. Default MAX_RECORD_LENGTH, 10 MiB. */
  maxRecordBytes?: number;
  /** Named in errors. */
  fileName?: string;
  /** The line the text starts on, when it is the rest of a file. Default 1. */
  firstLine?: number;
}

/** Far beyond any real cell or row; past them the file is damaged or hostile, and memory is at stake. */
export const MAX_FIELD_LENGTH = 1024 * 1024;
export const MAX_RECORD_LENGTH = 10 * 1024 * 1024;

/** A quoted field that never closes: both scanners (this one and messages/record-scanner.ts) say so alike. */
export function unbalancedQuote(fileName: string, line: number): InputError {
  return new InputError(fileName, { key: 'problem.unbalancedQuote' }, { key: 'advice.damaged' }, line);
}

/** A field or record past its limit, measured in `unit`. */
export function tooLong(fileName: string, what: 'field' | 'record', max: number, unit: 'characters' | 'bytes', line: number): InputError {
  const size = max % (1024 * 1024) === 0 ? `${max / (1024 * 1024)} MiB` : `${max} ${unit}`;
  return new InputError(
    fileName,
    { key: what === 'field' ? 'problem.fieldTooLong' : 'problem.recordTooLong', values: { size } },
    { key: 'advice.notExportFile' },
    line,
  );
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Where the previous chunk left off.
const enum State {
  /** At the start of a record: nothing read yet. */
  RecordStart,
  /** After a delimiter: a field starts at the next character. */
  FieldStart,
  /** Inside an unquoted field, or in the text after a quoted field's closing quote. */
  Unquoted,
  /** Inside a quoted field. */
  Quoted,
  /** Inside a quoted field, just after a quote that may close it or start a `""`. */
  QuotedAfterQuote,
  /** A record ended with CR: an LF at the start of the next chunk belongs to it. */
  AfterCR,
}

export class CsvScanner {
  private readonly onRecord: (fields: string[], line: number) => void;
  private readonly delimiter: number;
  private readonly delimiterText: string;
  private readonly maxField: number;
  private readonly maxRecord: number;
  private readonly fileName: string;

  private state = State.RecordStart;
  private fields: string[] = [];
  /** Pieces of a field cut by a chunk edge, already unescaped. */
  private pieces: string[] = [];
  private fieldLength = 0;
  /** Length of the current record in earlier chunks. */
  private recordBase = 0;
  /** Set by closingQuote: the field has quotes to unescape. */
  private escaped = false;
  /** Physical line of the next character, and of the start of the current record. */
  private line = 1;
  private recordLine = 1;
  /** A CR inside a quoted field ended the last chunk: it is a line break unless an LF follows. */
  private crInField = false;
  private started = false;

  constructor(onRecord: (fields: string[], line: number) => void, options: CsvScannerOptions = {}) {
    this.onRecord = onRecord;
    const delimiter = options.delimiter ?? ',';
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') {
      throw new RangeError(`CsvScanner: unusable delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
    this.delimiterText = delimiter;
    this.maxField = options.maxFieldBytes ?? MAX_FIELD_LENGTH;
    this.maxRecord = options.maxRecordBytes ?? MAX_RECORD_LENGTH;
    this.fileName = options.fileName ?? 'CSV file';
    this.line = this.recordLine = options.firstLine ?? 1;
  }

  /**
   * The physical line read last: during onRecord, the record's last line. After end(), the line
   * after the last line break (so trailing blank lines show as lines past the last record's).
   */
  get currentLine(): number {
    return this.line;
  }

  push(chunk: string): void {
    let s = chunk;
    if (!this.started) {
      if (s === '') return;
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    }
    const len = s.length;
    if (len === 0) return;
    let i = 0;
    // Where the current record starts in this chunk: 0 when it began in an earlier one.
    let recordStart = 0;
    if (this.state === State.AfterCR) {
      this.state = State.RecordStart;
      if (s.charCodeAt(0) === LF) i = 1;
    } else if (this.state !== State.RecordStart && this.state !== State.FieldStart) {
      i = this.resumeField(s);
      if (i < 0) return this.carry(len, 0);
    }

    const D = this.delimiter;
    // The next LF, CR and delimiter at or after where each was last looked up (len when none).
    // Each is looked up again only once passed, so the chunk is searched for each at most once.
    let nextLF = -1;
    let nextCR = -1;
    let nextDelim = -1;
    while (i < len) {
      let c = s.charCodeAt(i);
      if (this.state === State.RecordStart) {
        if (c === LF || c === CR) {
          // An empty line.
          this.line++;
          i++;
          if (c === CR && i < len && s.charCodeAt(i) === LF) i++;
          else if (c === CR && i === len) this.state = State.AfterCR;
          continue;
        }
        this.recordLine = this.line;
        this.recordBase = 0;
        recordStart = i;
      }
      let end: number;
      if (c === QUOTE) {
        const from = i + 1;
        const q = this.closingQuote(s, from);
        if (q < 0 || q + 1 === len) {
          // The field goes on in the next chunk (or its closing quote may be the first of a `""`).
          const stop = q < 0 ? len : q;
          this.countBreaks(s, from, stop, nextLF, nextCR);
          this.state = q < 0 ? State.Quoted : State.QuotedAfterQuote;
          this.fieldLength = stop - from;
          this.pieces = [undoubleQuotes(s.slice(from, stop), this.escaped)];
          this.checkField();
          return this.carry(len, recordStart);
        }
        if (nextLF < q || nextCR < q) {
          // Only fields with a line break inside pay for counting them.
          [nextLF, nextCR] = this.countBreaks(s, from, q, nextLF, nextCR);
        }
        if (q - from > this.maxField) this.fieldTooLong();
        const after = s.charCodeAt(q + 1);
        if (after === D || after === LF || after === CR) {
          this.fields.push(undoubleQuotes(s.slice(from, q), this.escaped));
          end = q + 1;
        } else {
          end = this.textAfterQuote(s, from, q);
          if (end < 0) return this.carry(len, recordStart);
        }
      } else {
        if (nextDelim < i) nextDelim = indexOrEnd(s, this.delimiterText, i);
        if (nextLF < i) nextLF = indexOrEnd(s, '\n', i);
        if (nextCR < i) nextCR = indexOrEnd(s, '\r', i);
        end = Math.min(nextDelim, nextLF, nextCR);
        if (end === len) {
          this.state = State.Unquoted;
          this.fieldLength = len - i;
          this.pieces = [s.slice(i)];
          this.checkField();
          return this.carry(len, recordStart);
        }
        if (end - i > this.maxField) this.fieldTooLong();
        this.fields.push(s.slice(i, end));
      }
      c = s.charCodeAt(end);
      i = end + 1;
      if (c === D) {
        this.state = State.FieldStart;
        continue;
      }
      if (this.recordBase + end - recordStart > this.maxRecord) this.recordTooLong();
      this.emit();
      this.line++;
      if (c === CR) {
        if (i === len) this.state = State.AfterCR;
        else if (s.charCodeAt(i) === LF) i++;
      }
    }
    if (this.state === State.FieldStart) this.carry(len, recordStart);
  }

  /** Flushes the last record: a file that does not end with a line break is normal (Connections.csv). */
  end(): void {
    switch (this.state) {
      case State.Quoted:
        throw unbalancedQuote(this.fileName, this.recordLine);
      case State.QuotedAfterQuote:
      case State.Unquoted:
        this.fields.push(this.pieces.join(''));
        this.emit();
        break;
      case State.FieldStart:
        this.fields.push('');
        this.emit();
        break;
      default:
        this.state = State.RecordStart;
    }
  }

  /**
   * Index of the quote that closes a quoted field whose content starts at `from`: the first quote
   * not doubled. It is normally followed by a delimiter or a line break; text after it is the
   * caller's to keep (textAfterQuote). -1 when the chunk ends first; len - 1 when the chunk ends on
   * a quote (it may be the first of a `""`). Sets `escaped` when the content has quotes to unescape.
   */
  private closingQuote(s: string, from: number): number {
    const len = s.length;
    this.escaped = false;
    let q = s.indexOf('"', from);
    while (q >= 0 && q + 1 < len && s.charCodeAt(q + 1) === QUOTE) {
      this.escaped = true;
      q = s.indexOf('"', q + 2);
    }
    return q;
  }

  /**
   * The slow path of a quoted field closed at `q` and followed by text, as spreadsheets write
   * `"VanArsdel" ,`: that text is kept, up to the next delimiter or line break, quotes included, as
   * spreadsheets and Python's csv read it. (Reading the quote as text instead, and the field on past
   * it, glued the rows after it into one cell, up to the next quote that happened to end a field.)
   * Returns where the field ends, or -1 when the chunk ends first (the field goes on as Unquoted).
   */
  private textAfterQuote(s: string, from: number, q: number): number {
    const quoted = undoubleQuotes(s.slice(from, q), this.escaped);
    const end = Math.min(indexOrEnd(s, this.delimiterText, q + 1), indexOrEnd(s, '\n', q + 1), indexOrEnd(s, '\r', q + 1));
    if (end === s.length) {
      this.state = State.Unquoted;
      this.fieldLength = s.length - from - 1;
      this.pieces = [quoted, s.slice(q + 1)];
      this.checkField();
      return -1;
    }
    if (end - from - 1 > this.maxField) this.fieldTooLong();
    this.fields.push(quoted + s.slice(q + 1, end));
    return end;
  }

  /** Goes on with a field cut by the previous chunk's end; returns where scanning resumes, or -1 if this chunk ends inside it too. */
  private resumeField(s: string): number {
    const len = s.length;
    let from = 0;
    if (this.state === State.Unquoted) return this.resumeUnquoted(s, 0);
    if (this.state === State.QuotedAfterQuote) {
      const c = s.charCodeAt(0);
      if (c === this.delimiter || c === LF || c === CR) return this.endField(s, 0);
      // Text after the closing quote: kept, as textAfterQuote() says.
      if (c !== QUOTE) return this.resumeUnquoted(s, 0);
      this.addPiece('"', 0, 1, false);
      from = 1;
      this.state = State.Quoted;
    }
    if (this.crInField) {
      this.crInField = false;
      if (s.charCodeAt(from) !== LF) this.line++;
    }
    const q = this.closingQuote(s, from);
    const stop = q < 0 ? len : q;
    this.countBreaks(s, from, stop, -1, -1);
    this.addPiece(s, from, stop, this.escaped);
    if (q < 0 || q + 1 === len) {
      this.state = q < 0 ? State.Quoted : State.QuotedAfterQuote;
      return -1;
    }
    const after = s.charCodeAt(q + 1);
    if (after === this.delimiter || after === LF || after === CR) return this.endField(s, q + 1);
    return this.resumeUnquoted(s, q + 1);
  }

  /** Goes on with the unquoted part of a field, from `from` up to a delimiter or a line break. */
  private resumeUnquoted(s: string, from: number): number {
    const len = s.length;
    this.state = State.Unquoted;
    let end = from;
    while (end < len) {
      const c = s.charCodeAt(end);
      if (c === this.delimiter || c === LF || c === CR) break;
      end++;
    }
    this.addPiece(s, from, end, false);
    return end === len ? -1 : this.endField(s, end);
  }

  private addPiece(s: string, from: number, to: number, escaped: boolean): void {
    this.fieldLength += to - from;
    this.pieces.push(undoubleQuotes(from === 0 && to === s.length ? s : s.slice(from, to), escaped));
    this.checkField();
  }

  /** Ends a field cut by a chunk edge at the delimiter or line break at `at`; returns where scanning resumes. */
  private endField(s: string, at: number): number {
    this.fields.push(this.pieces.join(''));
    this.pieces = [];
    this.fieldLength = 0;
    const c = s.charCodeAt(at);
    if (c === this.delimiter) {
      this.state = State.FieldStart;
      return at + 1;
    }
    if (this.recordBase + at > this.maxRecord) this.recordTooLong();
    this.emit();
    this.line++;
    const i = at + 1;
    if (c === CR) {
      if (i === s.length) this.state = State.AfterCR;
      else if (s.charCodeAt(i) === LF) return i + 1;
    }
    return i;
  }

  /** The chunk ended inside a record that started at `recordStart`. */
  private carry(len: number, recordStart: number): void {
    this.recordBase += len - recordStart;
    if (this.recordBase > this.maxRecord) this.recordTooLong();
  }

  private emit(): void {
    const fields = this.fields;
    this.fields = [];
    this.recordBase = 0;
    this.state = State.RecordStart;
    this.onRecord(fields, this.recordLine);
  }

  /**
   * Counts the line breaks in s[from, to) (a CRLF once), given the next LF and CR positions if known
   * (-1 if not); returns the next LF and CR at or after `to`. A CR that ends the chunk waits for it.
   */
  private countBreaks(s: string, from: number, to: number, lf: number, cr: number): [number, number] {
    if (lf < from) lf = indexOrEnd(s, '\n', from);
    if (cr < from) cr = indexOrEnd(s, '\r', from);
    while (lf < to) {
      this.line++;
      lf = indexOrEnd(s, '\n', lf + 1);
    }
    while (cr < to) {
      if (cr + 1 === s.length) this.crInField = true;
      else if (s.charCodeAt(cr + 1) !== LF) this.line++;
      cr = indexOrEnd(s, '\r', cr + 1);
    }
    return [lf, cr];
  }

  private checkField(): void {
    if (this.fieldLength > this.maxField) this.fieldTooLong();
  }

  private fieldTooLong(): never {
    throw tooLong(this.fileName, 'field', this.maxField, 'characters', this.recordLine);
  }

  private recordTooLong(): never {
    throw tooLong(this.fileName, 'record', this.maxRecord, 'characters', this.recordLine);
  }
}

function indexOrEnd(s: string, needle: string, from: number): number {
  const at = s.indexOf(needle, from);
  return at < 0 ? s.length : at;
}

function undoubleQuotes(raw: string, escaped: boolean): string {
  return escaped ? raw.replaceAll('""', '"') : raw;
}
