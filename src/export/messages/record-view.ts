import { fastUtcStamp } from '../dates.js';
import { textEnd, textStart, trimBytes } from './bytes.js';
import type { RecordBatch } from './record-scanner.js';

/**
 * One record of a RecordBatch at a time, its fields read as byte strings (bytes.ts). A batch's
 * bytes become one Latin-1 string, a plain copy, and a field is a slice of it, made when it is read.
 * (Comparing fields in place, without the slice, was slower: V8 compares two strings faster than it
 * runs startsWith() at an offset.)
 */
export class RecordView {
  /** The line the current record starts on, and its number of fields. */
  line = 0;
  fields = 0;
  private s = '';
  /** The batch's bytes, which `s` reads as Latin-1: row-kinds.ts hashes and compares fields in them. */
  bytes: Uint8Array = new Uint8Array(0);
  private positions: Int32Array = new Int32Array(0);
  /** Index in `positions` of the current record's first field, and of the next record. */
  private first = 0;
  private next_ = 0;
  private left = 0;

  /** Starts on a batch: next() then moves to its first record. */
  batch(batch: RecordBatch): void {
    const { bytes } = batch;
    this.s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    this.bytes = bytes;
    this.positions = batch.fields;
    this.next_ = 0;
    this.left = batch.records;
  }

  /** Moves to the next record of the batch; false past the last. */
  next(): boolean {
    if (this.left === 0) return false;
    this.left--;
    const at = this.next_;
    this.fields = this.positions[at]!;
    this.line = this.positions[at + 1]!;
    this.first = at + 2;
    this.next_ = this.first + 2 * this.fields;
    return true;
  }

  /** Field `i` as in the file, quotes undone but not trimmed; '' past the last field or for i < 0. */
  text(i: number): string {
    if (i < 0 || i >= this.fields) return '';
    const start = this.positions[this.first + 2 * i]!;
    const end = this.positions[this.first + 2 * i + 1]!;
    return end >= 0 ? this.s.slice(start, end) : this.s.slice(start, ~end).replaceAll('""', '"');
  }

  /** Where field `i` starts in `bytes`; 0 past the last field or for i < 0 (with end(), an empty field). */
  start(i: number): number {
    return i < 0 || i >= this.fields ? 0 : this.positions[this.first + 2 * i]!;
  }

  /** Where field `i` ends in `bytes`, as the scanner gives it: `~end` when it has doubled quotes to undo. */
  end(i: number): number {
    return i < 0 || i >= this.fields ? 0 : this.positions[this.first + 2 * i + 1]!;
  }

  /** The batch's bytes from `start` to `end`, as a byte string: a slice, not a copy. */
  span(start: number, end: number): string {
    return this.s.slice(start, end);
  }

  /** Field `i`, trimmed: the value the aggregates keep. */
  cell(i: number): string {
    return trimBytes(this.text(i));
  }

  /** Field `i`, trimmed, with its quotes still doubled if it has any (see escaped()): undoing them waits until the text is kept. */
  rawCell(i: number): string {
    if (i < 0 || i >= this.fields) return '';
    const end = this.positions[this.first + 2 * i + 1]!;
    return trimBytes(this.s.slice(this.positions[this.first + 2 * i]!, end >= 0 ? end : ~end));
  }

  /** Whether field `i` has doubled quotes to undo. */
  escaped(i: number): boolean {
    return i >= 0 && i < this.fields && this.positions[this.first + 2 * i + 1]! < 0;
  }

  /** Field `i` as a messageDate() number when it has 2021's shape, `2024-11-20 09:15:02 UTC`; -1 otherwise. Read in place: no slice. */
  utcStamp(i: number): number {
    if (i < 0 || i >= this.fields) return -1;
    const s = this.s;
    let start = this.positions[this.first + 2 * i]!;
    let end = this.positions[this.first + 2 * i + 1]!;
    if (end < 0) return -1;
    // Trimmed as trimBytes() trims, with its shortcut for a field that starts and ends with a digit or letter.
    if (end - start !== 23 || s.charCodeAt(start) > 0x7e || s.charCodeAt(start) <= 32 || s.charCodeAt(end - 1) > 0x7e || s.charCodeAt(end - 1) <= 32) {
      start = textStart(s, start, end);
      end = textEnd(s, start, end);
    }
    const utc = start + 19;
    // ` UTC`, looked at a character at a time: startsWith() at an offset costs more than the date.
    if (end - start !== 23 || s.charCodeAt(utc) !== 32 || s.charCodeAt(utc + 1) !== 85 || s.charCodeAt(utc + 2) !== 84 || s.charCodeAt(utc + 3) !== 67)
      return -1;
    return fastUtcStamp(s, start);
  }
}
