import { fastUtcStamp, parseDateTime, stampToIso, type DayMonthOrder } from '../dates.js';
import { textOf } from './bytes.js';

/**
 * A message's date as a number that sorts as the date does: YYYYMMDDhhmmss. The aggregates compare
 * and keep these, and only the dates they keep become ISO strings, at the end: a million rows no longer
 * make, flatten and compare a million strings. Null when parseDateTime() would return null.
 * `s` is a byte string (bytes.ts): the dates of every era are ASCII, but a damaged one may not be.
 * `order`: how to read a slash date that could be day or month first (date-order.ts).
 */
export function messageDate(s: string, order?: DayMonthOrder): number | null {
  // Since 2021 every row reads `2024-11-20 09:15:02 UTC`: parseDateTime's fast path, without its string.
  if (s.length === 23 && s.endsWith(' UTC')) {
    const n = fastUtcStamp(s);
    if (n >= 0) return n;
  }
  return textMessageDate(textOf(s), order);
}

/** A DATE already decoded from its bytes (`textOf`), of any shape parseDateTime reads. */
export function textMessageDate(text: string, order?: DayMonthOrder): number | null {
  const iso = parseDateTime(text, order);
  return iso === null ? null : fastUtcStamp(iso);
}

/** `YYYY-MM-DDThh:mm:ssZ`, as parseDateTime() writes it. */
export const isoOf = stampToIso;
