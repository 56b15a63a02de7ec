import { MAX_FIELD_LENGTH, MAX_RECORD_LENGTH, tooLong, unbalancedQuote } from '../scan.js';

/**
 * The first half of reading messages.csv: finding its records and fields in the bytes, without
 * making a single string. What it finds goes out in batches of whole records, which
 * read-messages.ts folds into the aggregates. The two halves can run on two threads: the CLI scans
 * on its main thread while the worker folds (launch/message-scan.ts); a library caller runs both in turn.
 *
 * The bytes are UTF-8 already checked (decode.ts). Quotes, commas and line breaks are ASCII, and no
 * it byte by byte. The rules are those of
 * CsvScanner (../scan.ts), which test/unit/export/record-scanner.test.ts holds it to: RFC 4180, a
 * quote inside an unquoted field is text, so is text after a closing quote (kept up to the next
 * delimiter), CR, LF and CRLF end a line, blank lines are skipped, and the last record needs no line
 * break. The delimiter is `,`, or the one of `;` and TAB that splits the first line into more fields
 * (a file a spreadsheet re-saved).
 */

/** Whole records of the file, as bytes and field positions. */
export interface RecordBatch {
  /** The records' bytes. */
  bytes: Uint8Array;
  /**
   * For each record: its number of fields, the physical line it starts on, then the start and the
   * end of each field in `bytes`, quotes excluded. The end is stored as `~end` (a negative number)
   * when the field has doubled quotes to undo.
   */
  fields: Int32Array;
  /** Records in the batch. */
  records: number;
  /** Bytes of the file read when the batch was made, for a progress indicator. */
  bytesRead: number;
}

export interface RecordScannerOptions {
  /** Named in errors. */
  fileName: string;
  /** A batch ends with the first record that takes it to this many bytes. 64 KiB keeps a batch's text in V8's young generation. */
  batchBytes?: number;
  /** Longest field and record, in bytes. Defaults MAX_FIELD_LENGTH and MAX_RECORD_LENGTH, as CsvScanner. */
  maxFieldBytes?: number;
  maxRecordBytes?: number;
  /** `,`, `;` or TAB; by default, found in the first line. */
  delimiter?: string;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
/** The delimiters a first line is tried with; `,` wins a tie. */
const DELIMITERS = [44, 59, 9];
const SNIFF_BYTES = 256 * 1024;

/** A record that does not end in the bytes at hand. */
const INCOMPLETE = -1;

export class RecordScanner {
  private readonly fileName: string;
  private readonly batchBytes: number;
  private readonly maxField: number;
  private readonly maxRecord: number;

  /**
   * Bytes of the batch being built and of what follows: [0, fill). Fields are stored relative to
   * buf[0], so moving the bytes down to make room keeps them right.
   */
  private buf = new Uint8Array(256 * 1024);
  private fill = 0;
  /** Where scanning resumes (a record or blank-line boundary), and its physical line. */
  private pos = 0;
  private line = 1;
  /** Scan again only once the bytes at hand reach this: an incomplete record is not rescanned for every small chunk. */
  private scanAt = 0;
  private bytesRead = 0;

  /** The batch being built: its fields, its record count, and where its last record ends. */
  private fields = new Int32Array(4096);
  private used = 0;
  private records = 0;
  private batchEnd = 0;

  /** Where the record just scanned ends, and the line after it: set by scanRecord. */
  private recordEnd = 0;
  private nextLine = 0;

  /** The delimiter byte, -1 until the first line has been seen; and the larger of it and CR, for the one-test check in scanRecord. */
  private delimiter = -1;
  private delimiterOrCR = -1;
  /**
   * Fields of the record being scanned with text after their closing quote, five numbers each:
   * where the field's positions are stored, the quoted text's start and end, whether it has doubled
   * quotes, and the end of the text after it. Mended once the record is whole (mendFields).
   */
  private readonly mends: number[] = [];

  constructor(options: RecordScannerOptions) {
    this.fileName = options.fileName;
    this.batchBytes = options.batchBytes ?? 64 * 1024;
    this.maxField = options.maxFieldBytes ?? MAX_FIELD_LENGTH;
    this.maxRecord = options.maxRecordBytes ?? MAX_RECORD_LENGTH;
    if (options.delimiter !== undefined) this.setDelimiter(options.delimiter.charCodeAt(0));
  }

  private setDelimiter(delimiter: number): void {
    if (!DELIMITERS.includes(delimiter)) throw new RangeError(`RecordScanner: unusable delimiter ${String.fromCharCode(delimiter)}`);
    this.delimiter = delimiter;
    this.delimiterOrCR = Math.max(delimiter, CR);
  }

  /** Adds the next bytes of the file (cut anywhere); returns the batches completed. The bytes are copied. */
  push(chunk: Uint8Array): RecordBatch[] {
    this.bytesRead += chunk.length;
    this.append(chunk);
    return this.fill < this.scanAt ? [] : this.scan(false);
  }

  /** The end of the file: the last record needs no line break. Returns the last batches. */
  end(): RecordBatch[] {
    return this.scan(true);
  }

  private append(chunk: Uint8Array): void {
    if (this.fill + chunk.length > this.buf.length) {
      // Make room: drop what went out in batches, then grow if still needed.
      const keep = this.records > 0 ? 0 : this.pos;
      const size = this.fill - keep + chunk.length;
      const target = size > this.buf.length ? new Uint8Array(Math.max(this.buf.length * 2, size)) : this.buf;
      target.set(this.buf.subarray(keep, this.fill));
      this.buf = target;
      this.fill -= keep;
      this.pos -= keep;
      this.scanAt = Math.max(0, this.scanAt - keep);
    }
    this.buf.set(chunk, this.fill);
    this.fill += chunk.length;
  }

  private scan(atEnd: boolean): RecordBatch[] {
    const batches: RecordBatch[] = [];
    for (;;) {
      const buf = this.buf;
      const fill = this.fill;
      let at = this.pos;
      let line = this.line;
      let complete = true;
      let full = false;
      while (at < fill) {
        const c = buf[at]!;
        if (c === LF || c === CR) {
          // A blank line.
          if (c === CR && at + 1 === fill && !atEnd) {
            complete = false;
            break;
          }
          at += c === CR && at + 1 < fill && buf[at + 1] === LF ? 2 : 1;
          line++;
          continue;
        }
        if ((this.delimiter < 0 && !this.findDelimiter(at, atEnd)) || this.scanRecord(at, line, atEnd) === INCOMPLETE) {
          complete = false;
          break;
        }
        at = this.recordEnd;
        line = this.nextLine;
        this.batchEnd = at;
        if (at >= this.batchBytes) {
          full = true;
          break;
        }
      }
      this.line = line;
      if (full) {
        batches.push(this.takeBatch());
        // The next batch starts here: its bytes move down, so that its fields count from buf[0].
        buf.copyWithin(0, at, fill);
        this.fill = fill - at;
        this.pos = 0;
        if (this.fill >= this.batchBytes || atEnd) continue;
        this.scanAt = this.batchBytes;
        return batches;
      }
      if (atEnd && this.records > 0) batches.push(this.takeBatch());
      this.pos = at;
      // A record cut by the end of the bytes at hand waits for at least as many again, so that a huge one is scanned a few times, not once per chunk.
      this.scanAt = complete ? this.batchBytes : fill + Math.max(fill - at, this.batchBytes);
      return batches;
    }
  }

  /**
   * Sets the delimiter from the first line, at buf[start]: the one of `,`, `;` and TAB found most
   * often outside quotes. A spreadsheet re-saves messages.csv with `;` or TAB as it does every file,
   * and the header has a dozen fields. False when the bytes at hand end before the line does.
   */
  private findDelimiter(start: number, atEnd: boolean): boolean {
    const buf = this.buf;
    const counts = DELIMITERS.map(() => 0);
    let quoted = false;
    let i = start;
    const stop = Math.min(this.fill, start + SNIFF_BYTES);
    for (; i < stop; i++) {
      const b = buf[i]!;
      if (b === QUOTE) quoted = !quoted;
      else if (!quoted && (b === LF || b === CR)) break;
      else if (!quoted) {
        const k = DELIMITERS.indexOf(b);
        if (k >= 0) counts[k]!++;
      }
    }
    // Past SNIFF_BYTES the counts so far tell (a wider first line is no header, and scanRecord says what is wrong with it).
    if (i === this.fill && !atEnd && i < start + SNIFF_BYTES) return false;
    const most = Math.max(...counts);
    this.setDelimiter(DELIMITERS[counts.indexOf(most)]!);
    return true;
  }

  /**
   * Scans the record at buf[start]; adds its fields to the batch and sets recordEnd and nextLine.
   * Returns INCOMPLETE when the bytes at hand end inside it (and `atEnd` is false), adding nothing.
   */
  private scanRecord(start: number, startLine: number, atEnd: boolean): number {
    const buf = this.buf;
    const fill = this.fill;
    const D = this.delimiter;
    const top = this.delimiterOrCR;
    const base = 0;
    let used = this.used;
    this.reserve(used + 2 + 64, used);
    let fields = this.fields;
    const countAt = used;
    fields[used + 1] = startLine;
    used += 2;
    let n = 0;
    let mends = 0;
    let line = startLine;
    let i = start;
    for (;;) {
      let fieldStart: number;
      let fieldEnd: number;
      let escaped = false;
      if (buf[i] === QUOTE) {
        fieldStart = ++i;
        let textAfter = false;
        // The closing quote: the first one not doubled. A delimiter, a line break or the end follows it, or text (textAfter).
        for (;;) {
          while (i < fill) {
            const b = buf[i]!;
            // Nearly every byte is past the quote, the last of the bytes that matter here: one test for them.
            if (b > QUOTE) {
              i++;
              continue;
            }
            if (b === QUOTE) break;
            if (b === LF) line++;
            else if (b === CR && (i + 1 === fill || buf[i + 1] !== LF)) {
              if (i + 1 === fill && !atEnd) return this.incomplete(start, fieldStart, startLine);
              line++;
            }
            i++;
          }
          if (i >= fill) {
            if (atEnd) this.unbalanced(startLine);
            return this.incomplete(start, fieldStart, startLine);
          }
          if (i + 1 === fill) {
            if (!atEnd) return this.incomplete(start, fieldStart, startLine);
            break;
          }
          const after = buf[i + 1]!;
          if (after === D || after === LF || after === CR) break;
          if (after !== QUOTE) {
            textAfter = true;
            break;
          }
          escaped = true;
          i += 2;
        }
        fieldEnd = i;
        i++;
        if (textAfter) {
          // The slow path: `"VanArsdel" ,` as spreadsheets write it. See CsvScanner.textAfterQuote().
          while (i < fill && buf[i] !== D && buf[i] !== LF && buf[i] !== CR) i++;
          if (i === fill && !atEnd) return this.incomplete(start, fieldStart, startLine);
          if (i - fieldStart > this.maxField) this.tooLong('field', this.maxField, startLine);
          this.mends.splice(5 * mends, 5, used, fieldStart, fieldEnd, escaped ? 1 : 0, i);
          mends++;
        }
      } else {
        fieldStart = i;
        while (i < fill) {
          const b = buf[i]!;
          // As above: of the bytes that end an unquoted field, none is above the delimiter or CR.
          if (b <= top && (b === D || b === LF || b === CR)) break;
          i++;
        }
        if (i === fill && !atEnd) return this.incomplete(start, fieldStart, startLine);
        fieldEnd = i;
      }
      if (fieldEnd - fieldStart > this.maxField) this.tooLong('field', this.maxField, startLine);
      if (i - start > this.maxRecord) this.tooLong('record', this.maxRecord, startLine);
      // Room for this field and a trailing empty one.
      if (used + 4 > fields.length) {
        this.reserve(used + 4, used);
        fields = this.fields;
      }
      fields[used++] = fieldStart - base;
      fields[used++] = escaped ? ~(fieldEnd - base) : fieldEnd - base;
      n++;
      // Past `fill` the buffer holds old bytes: the end of the bytes is the end of the record.
      const b = i < fill ? buf[i] : -1;
      if (b === D) {
        i++;
        if (i === fill && !atEnd) return this.incomplete(start, i, startLine);
        if (i === fill) {
          // A trailing delimiter at the very end: one more, empty, field.
          fields[used++] = i - base;
          fields[used++] = i - base;
          n++;
          break;
        }
        continue;
      }
      if (b === CR) {
        if (i + 1 === fill && !atEnd) return this.incomplete(start, i, startLine);
        i += i + 1 < fill && buf[i + 1] === LF ? 2 : 1;
        line++;
      } else if (b === LF) {
        i++;
        line++;
      }
      break;
    }
    fields[countAt] = n;
    if (mends > 0) this.mendFields(mends);
    this.used = used;
    this.records++;
    this.recordEnd = i;
    this.nextLine = line;
    return i;
  }

  /** The bytes at hand end inside the record at `start`, in the field at `fieldStart`: too long already, or wait for more. */
  private incomplete(start: number, fieldStart: number, line: number): number {
    if (this.fill - fieldStart > this.maxField) this.tooLong('field', this.maxField, line);
    if (this.fill - start > this.maxRecord) this.tooLong('record', this.maxRecord, line);
    return INCOMPLETE;
  }

  /**
   * The fields of the record just scanned that have text after their closing quote, made one run of
   * bytes each, in place: the quoted text, its doubled quotes undone, then the text after it. Each
   * is shorter than the bytes it came from. Done only once the record is whole: a record the bytes
   * at hand cut is scanned again, from the bytes as they came.
   */
  private mendFields(count: number): void {
    const buf = this.buf;
    const m = this.mends;
    for (let k = 0; k < 5 * count; k += 5) {
      const [at, start, quote, escaped, end] = [m[k]!, m[k + 1]!, m[k + 2]!, m[k + 3]!, m[k + 4]!];
      let w = quote;
      if (escaped === 1) {
        w = start;
        for (let r = start; r < quote; r++, w++) {
          buf[w] = buf[r]!;
          if (buf[r] === QUOTE) r++;
        }
      }
      buf.copyWithin(w, quote + 1, end);
      this.fields[at] = start;
      this.fields[at + 1] = w + end - quote - 1;
    }
  }

  /** Grows the fields to hold `size`, keeping the first `used`: the batch's records and the fields of the record being scanned. */
  private reserve(size: number, used: number): void {
    if (size <= this.fields.length) return;
    const grown = new Int32Array(Math.max(size, this.fields.length * 2));
    grown.set(this.fields.subarray(0, used));
    this.fields = grown;
  }

  private takeBatch(): RecordBatch {
    const batch: RecordBatch = {
      bytes: this.buf.slice(0, this.batchEnd),
      fields: this.fields.slice(0, this.used),
      records: this.records,
      bytesRead: this.bytesRead,
    };
    this.used = 0;
    this.records = 0;
    return batch;
  }

  private unbalanced(line: number): never {
    throw unbalancedQuote(this.fileName, line);
  }

  private tooLong(what: 'field' | 'record', max: number, line: number): never {
    throw tooLong(this.fileName, what, max, 'bytes', line);
  }
}
