import { parseDateTime } from '../dates.js';

/**
 * A message's date as a number that sorts as the date does: YYYYMMDDhhmmss. The aggregates compare
 * and keep these, and only the dates they keep become ISO strings, at the end: a million rows no longer
 * make, flatten and compare a million strings. Null when parseDateTime() would return null.
 */
export function messageDate(s: string): number | null {
  // Since 2021 every row reads `2024-11-20 09:15:02 UTC`: parseDateTime's fast path, without its string.
  if (s.length === 23 && s.endsWith(' UTC')) {
    const n = fastMessageDate(s);
    if (n >= 0) return n;
  }
  const iso = parseDateTime(s);
  return iso === null ? null : fromIso(iso);
}

/** `YYYY-MM-DDThh:mm:ssZ`, as parseDateTime() writes it, and flat from the start: the aggregates keep it. */
export function isoOf(n: number): string {
  const d = (place: number) => 48 + (Math.floor(n / place) % 10);
  return String.fromCharCode(d(1e13), d(1e12), d(1e11), d(1e10), DASH, d(1e9), d(1e8), DASH, d(1e7), d(1e6), T, d(1e5), d(1e4), COLON, d(1e3), d(100), COLON, d(10), d(1), Z);
}

const [DASH, T, COLON, Z] = [0x2d, 0x54, 0x3a, 0x5a];

/** The number of parseDateTime's result: its digits, which are always at the same places. */
function fromIso(iso: string): number {
  return (
    digits(iso, 0, 4) * 1e10 + digits(iso, 5, 2) * 1e8 + digits(iso, 8, 2) * 1e6 + digits(iso, 11, 2) * 1e4 + digits(iso, 14, 2) * 100 + digits(iso, 17, 2)
  );
}

/** The same checks as parseDateTime's fast path; -1 where it would fall back to the slow one. */
function fastMessageDate(s: string): number {
  const sep = s.charCodeAt(4);
  if ((sep !== 45 && sep !== 47) || s.charCodeAt(7) !== sep || s.charCodeAt(10) !== 32) return -1;
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return -1;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  const hh = digits(s, 11, 2);
  const mi = digits(s, 14, 2);
  const ss = digits(s, 17, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) {
    return -1;
  }
  return y * 1e10 + m * 1e8 + d * 1e6 + hh * 1e4 + mi * 100 + ss;
}

/** The number written by `length` ASCII digits at `start`, or -1. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
