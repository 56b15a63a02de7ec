import { Buffer } from 'node:buffer';
import { decodeText, isPlainUtf8 } from '../decode.js';
import type { TextPieces } from '../csv.js';
import type { Notice } from '../../i18n/notice.js';

/** About how much of a table one piece holds, in bytes: csv.ts reads a piece between two turns of the event loop. */
const PIECE_BYTES = 64 * 1024;
const LF = 0x0a;

/** A table's text, and what readTableInto() asks of all of it before reading a row. */
export interface TableText {
  text: string | TextPieces;
  /** Nothing but white space (or nothing at all). */
  blank: boolean;
  /** A NUL character somewhere: rows are then searched for one. */
  hasNul: boolean;
  warnings: Notice[];
}

/**
 * A table's bytes as text, for readTable(). A UTF-8 file without a BOM (what LinkedIn writes) is decoded a
 * piece at a time, as the reader reaches it, each piece cut just after a line feed: decoded whole, one
 * character past U+00FF makes V8 build the whole text two bytes a character, and the benchmark's five large
 * tables took 70 ms to decode that way against 14 ms in pieces (docs/performance.md); a piece without such a
 * character comes out one byte a character, as csv.ts wants the cells. A line feed byte is never part of a
 * multi-byte character, so the pieces joined are the text decodeText() gives. Anything else (a BOM, UTF-16,
 * bytes that are not UTF-8) is decodeText()'s, whole, with its warnings.
 */
export function decodeTable(bytes: Uint8Array, fileName: string): TableText {
  if (!isPlainUtf8(bytes)) {
    const { text, warnings } = decodeText(bytes, fileName);
    return { text, blank: text.trim() === '', hasNul: text.includes('\0'), warnings };
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Each iteration decodes again: pieces are made as they are read, and none is kept by this object.
  const text: TextPieces = { [Symbol.iterator]: () => piecesOf(buffer) };
  // In UTF-8, the byte 0 is U+0000 and nothing else.
  return { text, blank: isBlank(buffer), hasNul: buffer.includes(0), warnings: [] };
}

function* piecesOf(buffer: Buffer): Generator<string> {
  for (let at = 0; at < buffer.length; ) {
    let end = at + PIECE_BYTES;
    if (end >= buffer.length) end = buffer.length;
    else {
      const lastLf = buffer.lastIndexOf(LF, end - 1);
      const nextLf = lastLf >= at ? lastLf : buffer.indexOf(LF, end);
      end = nextLf < 0 ? buffer.length : nextLf + 1;
    }
    yield buffer.toString('utf8', at, end);
    at = end;
  }
}

/** `text.trim() === ''` for the text of these UTF-8 bytes, decoding them only if they start with white space past ASCII. */
function isBlank(buffer: Buffer): boolean {
  for (const byte of buffer) {
    if (byte >= 0x80) return buffer.toString('utf8').trim() === '';
    // Tab, line feed, vertical tab, form feed, carriage return, space: what trim() removes in ASCII.
    if (!(byte === 0x20 || (byte >= 0x09 && byte <= 0x0d))) return false;
  }
  return true;
}
