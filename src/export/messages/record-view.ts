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
  private positions: Int32Array = new Int32Array(0);
  /** Index in `positions` of the current record's first field, and of the next record. */
  private first = 0;
  private next_ = 0;
  private left = 0;
  /** Set by bounds(): the trimmed field. */
  private a = 0;
  private b = 0;

  /** Starts on a batch: next() then moves to its first record. */
  batch(batch: RecordBatch): void {
    const { bytes } = batch;
    this.s = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
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

  /** Field `i`, trimmed: the value the aggregates keep. */
  cell(i: number): string {
    return trimBytes(this.text(i));
  }

  /** Field `i`, trimmed, with its quotes still doubled if it has any (see escaped()): undoing them waits until the text is kept. */
  rawCell(i: number): string {
    if (i < 0 || i >= this.fields) return '';
    const start = this.positions[this.first + 2 * i]!;
    const end = this.positions[this.first + 2 * i + 1]!;
    return trimBytes(this.s.slice(start, end >= 0 ? end : ~end));
  }

  /** Whether field `i` has doubled quotes to undo. */
  escaped(i: number): boolean {
    return i >= 0 && i < this.fields && this.positions[this.first + 2 * i + 1]! < 0;
  }

  /** Field `i` as a messageDate() number when it has 2021's shape, `2024-11-20 09:15:02 UTC`; -1 otherwise. */
  utcStamp(i: number): number {
    if (!this.bounds(i) || this.b - this.a !== 23) return -1;
    const s = this.s;
    const at = this.a + 19;
    // ` UTC`, looked at a character at a time: startsWith() at an offset costs more than the date.
    if (s.charCodeAt(at) !== 32 || s.charCodeAt(at + 1) !== 85 || s.charCodeAt(at + 2) !== 84 || s.charCodeAt(at + 3) !== 67) return -1;
    return fastUtcStamp(this.s, this.a);
  }

  /**
   * Sets a and b to field `i` trimmed, and says whether it can be read in place: false for a field
   * with doubled quotes (its bytes are not its text) or a missing one (then a = b).
   */
  private bounds(i: number): boolean {
    if (i < 0 || i >= this.fields) {
      this.a = this.b = 0;
      return true;
    }
    const start = this.positions[this.first + 2 * i]!;
    const end = this.positions[this.first + 2 * i + 1]!;
    if (end < 0) return false;
    const c0 = this.s.charCodeAt(start);
    const c1 = this.s.charCodeAt(end - 1);
    // Nearly every field starts and ends with a character that is neither white space nor part of one (as in trimBytes).
    if (end > start && c1 > 32 && c1 < 0x7f && c0 > 32 && c0 < 0xc2) {
      this.a = start;
      this.b = end;
    } else {
      this.a = textStart(this.s, start, end);
      this.b = textEnd(this.s, this.a, end);
    }
    return true;
  }

}
