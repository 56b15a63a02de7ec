import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import type { Notice } from '../i18n/notice.js';

/**
 * Bytes to text, decided by the BOM (docs/linkedin-export.md §8): real exports are UTF-8 without a BOM,
 * but Complete archives hold UTF-16LE files, and a spreadsheet may re-save a file as Windows-1252.
 */

type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warnings: Notice[];
}

/** Decodes a whole (small) file. Invalid UTF-8 falls back to Windows-1252, with a warning naming the file. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16, warnings: [] };
    } catch {
      const warning: Notice = { key: 'readers.damagedUtf16', values: { file: fileName, encoding: utf16.toUpperCase(), replacement: '\uFFFD' } };
      return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warnings: [warning] };
    }
  }
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    const warning: Notice = { key: 'readers.windows1252', values: { file: fileName } };
    return { text: decodeWindows1252(body), encoding: 'windows-1252', warnings: [warning] };
  }
}

/**
 * A large file (messages.csv can be hundreds of MB) as UTF-8 bytes, checked, in the chunks it
 * arrives in: without its BOM, and re-encoded if it is UTF-16. The bytes are not decoded: the CSV
 * structure is ASCII, and no byte of a multi-byte character is, so messages/record-scanner.ts finds
 * it in the bytes, and only the few values kept are ever decoded (messages/bytes.ts).
 *
 * Invalid UTF-8 is refused, naming the byte offset. There is no Windows-1252 fallback here: by the
 * time a bad byte shows up, rows have already been handed on.
 */
export async function* utf8Chunks(chunks: AsyncIterable<Uint8Array>, fileName: string): AsyncIterable<Uint8Array> {
  let utf16: TextDecoder | undefined;
  let started = false;
  let head: Uint8Array = new Uint8Array(0);
  const checker = new Utf8Checker(fileName);
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (!started) {
      // The BOM needs 3 bytes; a stream may hand them over one by one. Copied: a chunk is only lent until the next.
      head = head.length === 0 && bytes.length >= 3 ? bytes : concat(head, bytes.slice());
      if (head.length < 3) continue;
      started = true;
      bytes = head;
      const encoding = utf16Encoding(bytes);
      if (encoding !== null) {
        utf16 = new TextDecoder(encoding, { fatal: true });
      } else if (hasUtf8Bom(bytes)) {
        checker.skip(bytes.subarray(0, 3));
        bytes = bytes.subarray(3);
      }
    }
    if (utf16 === undefined) checker.check(bytes);
    else bytes = fromUtf16(utf16, bytes, false, fileName);
    if (bytes.length > 0) yield bytes;
  }
  if (!started && head.length > 0 && utf16Encoding(head) === null) {
    checker.check(head);
    yield head;
  }
  if (utf16 !== undefined) {
    const rest = fromUtf16(utf16, new Uint8Array(0), true, fileName);
    if (rest.length > 0) yield rest;
  }
  checker.end();
}

function fromUtf16(decoder: TextDecoder, bytes: Uint8Array, last: boolean, fileName: string): Uint8Array {
  let text: string;
  try {
    text = decoder.decode(bytes, { stream: !last });
  } catch (error) {
    throw new InputError(
      fileName,
      { key: 'problem.notEncoding', values: { encoding: decoder.encoding.toUpperCase() } },
      { key: 'advice.exportAgain' },
      undefined,
      {
        cause: error,
      },
    );
  }
  return new TextEncoder().encode(text);
}

/**
 * Checks UTF-8 arriving in chunks cut anywhere, even inside a character. isUtf8() (native, many
 * times faster than decoding) checks each chunk but the character it may leave open at its end;
 * that one is checked with the next chunk's first bytes.
 */
class Utf8Checker {
  private readonly tracker = new OffsetTracker();
  /** The first bytes of a character the previous chunks left open. */
  private open: Uint8Array = new Uint8Array(0);

  constructor(private readonly fileName: string) {}

  /** Bytes before the text, such as the BOM: they count in offsets. */
  skip(bytes: Uint8Array): void {
    this.tracker.advance(bytes);
  }

  check(bytes: Uint8Array): void {
    let from = 0;
    if (this.open.length > 0) {
      // The rest of the open character; a byte that is not a continuation byte fails isUtf8 below.
      from = Math.min(bytes.length, Math.max(1, sequenceLength(this.open[0] ?? 0) - this.open.length));
      const joined = concat(this.open, bytes.subarray(0, from));
      this.open = new Uint8Array(0);
      if (from === bytes.length && openSequenceLength(joined) === joined.length) this.open = joined;
      else if (!isUtf8(joined)) this.fail(bytes);
    }
    const rest = bytes.subarray(from);
    const to = from + rest.length - openSequenceLength(rest);
    if (!isUtf8(bytes.subarray(from, to))) this.fail(bytes);
    if (to < bytes.length) this.open = bytes.slice(to);
    this.tracker.advance(bytes);
  }

  /** A character still open at the end of the file was cut off. */
  end(): void {
    if (this.open.length > 0) {
      throw this.error(this.tracker.invalidOffset(new Uint8Array(0), false));
    }
  }

  private fail(bytes: Uint8Array): never {
    throw this.error(this.tracker.invalidOffset(bytes, true));
  }

  private error(offset: number): InputError {
    return new InputError(this.fileName, { key: 'problem.notUtf8', values: { offset: String(offset) } }, { key: 'advice.exportAgainOrUtf8' });
  }
}

/** Knows how many bytes went before the current chunk and the bytes of a character still open. */
class OffsetTracker {
  private consumed = 0;
  private tail: Uint8Array = new Uint8Array(0);

  advance(bytes: Uint8Array): void {
    this.consumed += bytes.length;
    this.tail = concat(this.tail, bytes.subarray(Math.max(0, bytes.length - 3))).slice(-3);
  }

  /** Absolute offset of the first bad sequence, given the chunk that failed to decode. */
  invalidOffset(bytes: Uint8Array, stream: boolean): number {
    const open = openSequenceLength(this.tail);
    const joined = concat(this.tail.subarray(this.tail.length - open), bytes);
    const at = firstInvalidUtf8(joined, !stream);
    return this.consumed - open + Math.max(at, 0);
  }
}

/** How many bytes at the end of `bytes` start a UTF-8 character that is not finished yet. */
function openSequenceLength(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back] ?? 0;
    if (b < 0x80) return 0;
    if (b >= 0xc0) return sequenceLength(b) > back ? back : 0;
  }
  return 0;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Index of the first byte that starts an invalid sequence, or -1. `atEnd`: a truncated last character counts as invalid. */
function firstInvalidUtf8(bytes: Uint8Array, atEnd: boolean): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = sequenceLength(lead);
    if (length === 0) return i;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return atEnd ? i : -1;
      const b = bytes[i + k] ?? 0;
      if (k === 1 ? b < low || b > high : b < 0x80 || b > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/** Whether decodeText() would decode these bytes as UTF-8 as they are: no byte-order mark of any kind, and valid UTF-8. */
export function isPlainUtf8(bytes: Uint8Array): boolean {
  return utf16Encoding(bytes) === null && !hasUtf8Bom(bytes) && isUtf8(bytes);
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

// Bytes 0x80–0x9F, the only ones where Windows-1252 differs from Latin-1. Node 20's
// TextDecoder('windows-1252') decodes them as Latin-1 control characters, so the table is ours.
// Unassigned bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the same code point, as the WHATWG Encoding Standard does.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const step = 8192;
  for (let start = 0; start < bytes.length; start += step) {
    const codes = Array.from(bytes.subarray(start, start + step), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b));
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}
