import { MAX_FIELD_LENGTH, MAX_RECORD_LENGTH, tooLong, unbalancedQuote } from '../scan.js';

/**
 * The first half of reading messages.csv: finding its records and fields in the bytes, without
 * making a single string. What it finds goes out in batches of whole records, which
 * read-messages.ts folds into the aggregates. The two halves can run on two threads: the CLI scans
 * on its main thread while the worker folds (launch/message-scan.ts); a library caller runs both in turn.
 *
 * The bytes are UTF-8 already checked (decode.ts). Quotes, commas and line breaks are ASCII, and no
 * byte of a multi-byte character is, so the structure is found byte by byte. The rules are those of
 * CsvScanner (../scan.ts), which test/unit/export/record-scanner.test.ts holds it to: RFC 4180, a
 * quote that neither doubles nor closes is kept as text, CR, LF and CRLF end a line, blank lines are
 * skipped, and the last record needs no line break.
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
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

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

  constructor(options: RecordScannerOptions) {
    this.fileName = options.fileName;
    this.batchBytes = options.batchBytes ?? 64 * 1024;
    this.maxField = options.maxFieldBytes ?? MAX_FIELD_LENGTH;
    this.maxRecord = options.maxRecordBytes ?? MAX_RECORD_LENGTH;
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
        if (this.scanRecord(at, line, atEnd) === INCOMPLETE) {
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
   * Scans the record at buf[start]; adds its fields to the batch and sets recordEnd and nextLine.
   * Returns INCOMPLETE when the bytes at hand end inside it (and `atEnd` is false), adding nothing.
   */
  private scanRecord(start: number, startLine: number, atEnd: boolean): number {
    const buf = this.buf;
    const fill = this.fill;
    const base = 0;
    let used = this.used;
    this.reserve(used + 2 + 64);
    let fields = this.fields;
    const countAt = used;
    fields[used + 1] = startLine;
    used += 2;
    let n = 0;
    let line = startLine;
    let i = start;
    for (;;) {
      let fieldStart: number;
      let fieldEnd: number;
      let escaped = false;
      if (buf[i] === QUOTE) {
        fieldStart = ++i;
        // The closing quote: the first one not doubled and followed by a delimiter, a line break or the end.
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
          if (after === COMMA || after === LF || after === CR) break;
          escaped = true;
          i += after === QUOTE ? 2 : 1;
        }
        fieldEnd = i;
        i++;
      } else {
        fieldStart = i;
        while (i < fill) {
          const b = buf[i]!;
          // As above: the comma is the last of the bytes that end an unquoted field.
          if (b <= COMMA && (b === COMMA || b === LF || b === CR)) break;
          i++;
        }
        if (i === fill && !atEnd) return this.incomplete(start, fieldStart, startLine);
        fieldEnd = i;
      }
      if (fieldEnd - fieldStart > this.maxField) this.tooLong('field', this.maxField, startLine);
      if (i - start > this.maxRecord) this.tooLong('record', this.maxRecord, startLine);
      if (used + 2 > fields.length) {
        this.reserve(used + 2);
        fields = this.fields;
      }
      fields[used++] = fieldStart - base;
      fields[used++] = escaped ? ~(fieldEnd - base) : fieldEnd - base;
      n++;
      // Past `fill` the buffer holds old bytes: the end of the bytes is the end of the record.
      const b = i < fill ? buf[i] : -1;
      if (b === COMMA) {
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

  private reserve(size: number): void {
    if (size <= this.fields.length) return;
    const grown = new Int32Array(Math.max(size, this.fields.length * 2));
    grown.set(this.fields.subarray(0, this.used));
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
