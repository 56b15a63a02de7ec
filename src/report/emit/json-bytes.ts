import { escapeJsonControls } from '../../util/terminal-text.js';
import { guardOutput, vouch } from './guard.js';

/** Bytes gathered before a chunk is handed on: far under the writer's buffer, so that a chunk is copied into it whole. */
const CHUNK_BYTES = 64 * 1024;

/**
 * JSON text written as UTF-8 bytes, for a report too large to make as strings first (audit --json: 36 MB
 * for 30,000 contacts, which `JSON.stringify` allocated four times over, docs/performance.md). Every
 * string goes out as `guardOutput(escapeJsonControls(JSON.stringify(s)))` would write it, the JSON
 * sanitiser and the output guard that every other JSON piece passes: a string of characters none of the
 * three changes is copied as it is, any other is passed through them (`jsonString`).
 */
export class JsonBytes {
  private bytes = Buffer.allocUnsafe(CHUNK_BYTES * 2);
  private at = 0;

  /** Bytes written since the last take(). */
  get length(): number {
    return this.at;
  }

  /** Whether enough is gathered to hand a chunk on. */
  get full(): boolean {
    return this.at >= CHUNK_BYTES;
  }

  /** Where a value starts, to go back to with rewind() when it turns out not to fit its schema. */
  mark(): number {
    return this.at;
  }

  rewind(mark: number): void {
    this.at = mark;
  }

  /**
   * What was written, as a chunk that stays valid only until the next write: the buffer is used again, since
   * fresh ones (36 MB of them for 30,000 contacts) lived outside V8's heap until a collection noticed them,
   * 9 MB more at the peak. Every consumer copies or writes a piece before asking for the next (write.ts).
   */
  take(): Uint8Array {
    const chunk = this.bytes.subarray(0, this.at);
    this.at = 0;
    return vouch(chunk);
  }

  /** JSON punctuation, keys and indentation, made by netprune: ASCII, nothing to sanitise. */
  raw(ascii: Uint8Array): void {
    this.room(ascii.length);
    this.bytes.set(ascii, this.at);
    this.at += ascii.length;
  }

  /**
   * A string value, sanitised. UTF-8 is written by hand for the characters no sanitiser touches: through
   * Buffer's own encoder, each string took longer (a call per string costs more than its characters).
   */
  string(s: string): void {
    const n = s.length;
    this.room(n * 3 + 2);
    const bytes = this.bytes;
    let at = this.at;
    bytes[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        // Controls, DEL, `"` and `\` are escaped by JSON.stringify or escapeJsonControls.
        if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x7f) return this.sanitised(s);
        bytes[at++] = c;
      } else if (c < 0x800) {
        if (c < 0xa0) return this.sanitised(s); // C1 controls
        bytes[at++] = 0xc0 | (c >> 6);
        bytes[at++] = 0x80 | (c & 0x3f);
      } else {
        // Surrogates (a lone one is escaped), line separators, bidi overrides and isolates.
        if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return this.sanitised(s);
        bytes[at++] = 0xe0 | (c >> 12);
        bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[at++] = 0x80 | (c & 0x3f);
      }
    }
    bytes[at++] = 0x22;
    this.at = at;
  }

  /** A whole number or a fraction, as JSON.stringify writes it (the caller has checked it is finite). */
  number(n: number): void {
    this.room(24);
    if (Number.isSafeInteger(n) && n >= 0) {
      // Digits by hand: nearly every number of a report is a small count.
      let digits = 1;
      for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
      for (let i = this.at + digits - 1, rest = n; i >= this.at; i--, rest = Math.floor(rest / 10)) this.bytes[i] = 0x30 + (rest % 10);
      this.at += digits;
      return;
    }
    // A fraction (closeness, score): its text is ASCII, copied by hand, since Buffer.write costs more per call.
    const text = JSON.stringify(n);
    for (let i = 0; i < text.length; i++) this.bytes[this.at++] = text.charCodeAt(i);
  }

  /** JSON text made elsewhere (JSON.stringify of a value zod has parsed), sanitised as a whole. */
  text(json: string): void {
    const safe = guardOutput(escapeJsonControls(json));
    this.room(safe.length * 3);
    this.at += this.bytes.write(safe, this.at);
  }

  private sanitised(s: string): void {
    this.text(JSON.stringify(s));
  }

  private room(bytes: number): void {
    if (this.at + bytes <= this.bytes.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + bytes));
    this.bytes.copy(larger, 0, 0, this.at);
    this.bytes = larger;
  }
}

/** ASCII text as bytes, for raw(). */
export const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');
