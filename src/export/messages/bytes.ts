/**
 * messages.csv's fields are read as byte strings (record-view.ts): one character per byte of their
 * UTF-8 text, a Latin-1 reading of the bytes. Fields are compared, hashed and searched as byte strings; the values kept in the
 * aggregates are decoded here, once each. The tests on the row that matter are all on ASCII (quotes,
 * `UTC`, `SPAM`, `%FIRSTNAME%`), where a byte string and its text agree.
 */

/** The text a byte string stands for. A new string: it holds no slice of a chunk. */
export const textOf = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('utf8');

/** The byte string of a text: what the same text reads as in messages.csv. */
export const bytesOf = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

/**
 * A copy of a byte string that shares no memory with it. V8 slices a field out of the chunk without
 * copying, and the slice keeps the whole chunk alive: a byte string kept after its row (a cache key)
 * is copied first, or a million-row file would stay in memory chunk by chunk.
 */
export const copyOf = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('latin1');

/**
 * What String.prototype.trim() does to the text, done on its bytes: trim() itself would be wrong on a
 * byte string, where it takes the byte A0 for a no-break space, and A0 ends many characters (à is C3 A0).
 */
export function trimBytes(s: string): string {
  // Empty fields are common (SUBJECT, a missing column): charCodeAt would give NaN and miss the shortcut below.
  if (s.length === 0) return s;
  const last = s.charCodeAt(s.length - 1);
  // Nearly every field starts and ends with a character that is neither white space nor part of one.
  if (last > 32 && last < 0x7f && s.charCodeAt(0) > 32 && s.charCodeAt(0) < 0xc2) return s;
  const start = textStart(s, 0, s.length);
  const end = textEnd(s, start, s.length);
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

// JavaScript's white space and line terminators (what trim() removes) past ASCII, as UTF-8:
// U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

function isWideSpace(a: number, b: number, c: number): boolean {
  if (a === 0xe2) return b === 0x80 ? (c >= 0x80 && c <= 0x8a) || c === 0xa8 || c === 0xa9 || c === 0xaf : b === 0x81 && c === 0x9f;
  return (a === 0xe1 && b === 0x9a && c === 0x80) || (a === 0xe3 && b === 0x80 && c === 0x80) || (a === 0xef && b === 0xbb && c === 0xbf);
}

/** Where the text of s[start, end) starts once white space is skipped, as trimBytes() sees it. */
export function textStart(s: string, start: number, end: number): number {
  let at = start;
  for (let n = spaceAt(s, at); n > 0 && at < end; n = spaceAt(s, at)) at += n;
  return Math.min(at, end);
}

/** Where the text of s[start, end) ends once white space is dropped (start as given by textStart). */
export function textEnd(s: string, start: number, end: number): number {
  let at = end;
  for (let n = spaceBefore(s, at); n > 0 && at > start; n = spaceBefore(s, at)) at -= n;
  return Math.max(at, start);
}

/** Bytes of the white-space character starting at `i`, 0 if none. */
function spaceAt(s: string, i: number): number {
  const a = s.charCodeAt(i);
  if (a < 0x80) return isAsciiSpace(a) ? 1 : 0;
  if (a === 0xc2) return s.charCodeAt(i + 1) === 0xa0 ? 2 : 0;
  return isWideSpace(a, s.charCodeAt(i + 1), s.charCodeAt(i + 2)) ? 3 : 0;
}

/** Bytes of the white-space character ending just before `end`, 0 if none. */
function spaceBefore(s: string, end: number): number {
  const c = s.charCodeAt(end - 1);
  if (c < 0x80) return isAsciiSpace(c) ? 1 : 0;
  if (c === 0xa0 && s.charCodeAt(end - 2) === 0xc2) return 2;
  return end >= 3 && isWideSpace(s.charCodeAt(end - 3), s.charCodeAt(end - 2), c) ? 3 : 0;
}

/**
 * Decoded copies of byte strings met again and again (a person's name is kept in each of their
 * conversations, the owner's in all of them), made once each. Past `max` distinct strings it starts
 * over, so a hostile file cannot grow it without end.
 */
export class TextCache {
  private readonly texts = new Map<string, string>();

  constructor(private readonly max = 65_536) {}

  get(bytes: string): string {
    let text = this.texts.get(bytes);
    if (text === undefined) {
      if (this.texts.size >= this.max) this.texts.clear();
      text = textOf(bytes);
      this.texts.set(copyOf(bytes), text);
    }
    return text;
  }
}
