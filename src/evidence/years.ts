const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isIsoDate = (date: string): boolean => ISO_DATE.test(date);

/** The date at the start of an ISO date or date-time. */
const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Whole years from `from` to `to` (ISO dates, or date-times read by their date), as an age is
 * counted: a year is complete on its anniversary (`2020-02-29` → `2021-02-28` is 0, `2021-03-01`
 * is 1). A `from` after `to` gives 0; an unreadable date gives null.
 */
export function wholeYearsBetween(from: string, to: string): number | null {
  const a = DATE_PREFIX.exec(from);
  const b = DATE_PREFIX.exec(to);
  if (a === null || b === null) return null;
  const [fy, fm, fd] = [Number(a[1]), Number(a[2]), Number(a[3])];
  const [ty, tm, td] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const years = ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  return Math.max(0, years);
}
