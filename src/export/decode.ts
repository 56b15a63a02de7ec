import { InputError } from '../errors.js';

/**
 * Bytes to text, decided by the BOM (linkedin-export.md §8): real exports are UTF-8 without a BOM,
 * but Complete archives hold UTF-16LE files, and a spreadsheet may re-save a file as Windows-1252.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  warnings: string[];
}

/** Decodes a whole (small) file. Invalid UTF-8 falls back to Windows-1252, with a warning naming the file. */
export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) {
    try {
      return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16, warnings: [] };
    } catch {
      const warning = `${fileName} is damaged: some of its ${utf16.toUpperCase()} characters are unreadable and show as \uFFFD.`;
      return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, warnings: [warning] };
    }
  }
  const body = hasUtf8Bom(bytes) ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8', warnings: [] };
  } catch {
    const warning = `${fileName} is not valid UTF-8; read it as Windows-1252 (a spreadsheet probably re-saved it). Check accented names.`;
    return { text: decodeWindows1252(body), encoding: 'windows-1252', warnings: [warning] };
  }
}

/**
 * Decodes a large file chunk by chunk (messages.csv can be hundreds of MB). A character split
 * between chunks is kept for the next one. There is no Windows-1252 fallback here: by the time
 * a bad byte shows up, text has already been handed on, so the file is refused instead.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>, fileName: string): AsyncIterable<string> {
  let decoder: TextDecoder | undefined;
  let encoding: TextEncodingName = 'utf-8';
  let head: Uint8Array = new Uint8Array(0);
  // The last bytes seen, so that an error can say where the bad sequence starts.
  const tracker = new OffsetTracker();
  for await (const chunk of chunks) {
    let bytes = chunk;
    if (decoder === undefined) {
      // The BOM needs 3 bytes; a stream may hand them over one by one.
      head = concat(head, bytes);
      if (head.length < 3) continue;
      bytes = head;
      encoding = utf16Encoding(bytes) ?? 'utf-8';
      decoder = new TextDecoder(encoding, { fatal: true });
    }
    const text = decodeOrThrow(decoder, bytes, true, encoding, fileName, tracker);
    tracker.advance(bytes);
    if (text !== '') yield text;
  }
  if (decoder === undefined) {
    if (head.length === 0) return;
    encoding = utf16Encoding(head) ?? 'utf-8';
    decoder = new TextDecoder(encoding, { fatal: true });
    const text = decodeOrThrow(decoder, head, true, encoding, fileName, tracker);
    tracker.advance(head);
    if (text !== '') yield text;
  }
  const rest = decodeOrThrow(decoder, new Uint8Array(0), false, encoding, fileName, tracker);
  if (rest !== '') yield rest;
}

function decodeOrThrow(
  decoder: TextDecoder,
  bytes: Uint8Array,
  stream: boolean,
  encoding: TextEncodingName,
  fileName: string,
  tracker: OffsetTracker,
): string {
  try {
    return decoder.decode(bytes, { stream });
  } catch (error) {
    if (encoding !== 'utf-8') {
      throw new InputError(fileName, `is not valid ${encoding.toUpperCase()}`, 'Export it again from LinkedIn', undefined, { cause: error });
    }
    const offset = tracker.invalidOffset(bytes, stream);
    throw new InputError(fileName, `is not valid UTF-8 (byte offset ${offset})`, 'Export it again from LinkedIn, or re-save it as UTF-8', undefined, {
      cause: error,
    });
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
    return this.consumed - open + (at < 0 ? 0 : at);
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
