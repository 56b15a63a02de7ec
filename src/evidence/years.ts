const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (date: string): boolean => ISO_DATE.test(date);

/**
 * Whole years from `from` to `to` (ISO dates, or date-times read by their date), as an age is
 * counted: a year is complete on its anniversary (`2020-02-29` → `2021-02-28` is 0, `2021-03-01`
 * is 1). A `from` after `to` gives 0; an unreadable date gives null.
 */
export function wholeYearsBetween(from: string, to: string): number | null {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a < 0 || b < 0) return null;
  // yyyymmdd: the years apart, less one when the anniversary (mmdd) is not reached yet.
  const years = Math.floor(b / 10000) - Math.floor(a / 10000) - (b % 10000 < a % 10000 ? 1 : 0);
  return Math.max(0, years);
}

/**
 * `yyyymmdd` from the `yyyy-mm-dd` a text starts with, or -1. Read a character at a time: a regular
 * expression's match array per connection was 11 MB of garbage on 30,000 connections.
 */
function dayNumber(text: string): number {
  if (text.length < 10 || text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return -1;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

const DASH = 45;
const ZERO = 48;
