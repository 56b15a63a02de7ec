const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [number, number, number] | null {
  const m = ISO_DATE.exec(date);
  return m === null ? null : [Number(m[1]), Number(m[2]), Number(m[3])];
}

export const isIsoDate = (date: string): boolean => parts(date) !== null;

/**
 * Whole years from `from` to `to` (both `YYYY-MM-DD`), as an age is counted: a year is complete
 * on its anniversary (`2020-02-29` → `2021-02-28` is 0, `2021-03-01` is 1). A `from` after `to`
 * gives 0; a malformed date gives null.
 */
export function wholeYearsBetween(from: string, to: string): number | null {
  const a = parts(from);
  const b = parts(to);
  if (a === null || b === null) return null;
  const [fy, fm, fd] = a;
  const [ty, tm, td] = b;
  const years = ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  return Math.max(0, years);
}
