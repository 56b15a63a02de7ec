/**
 * The ISO forms netprune writes, in one place: every report, the run's "today" and every date
 * shown agree to the character, so that two reports of one run compare equal. UTC throughout:
 * LinkedIn's timestamps are UTC, and a local day would change with the machine's time zone.
 */

/** `2026-11-18`: the UTC day of a moment. */
export const isoDay = (moment: Date): string => moment.toISOString().slice(0, 10);

/** `2026-11-18T11:06:40Z`: a moment to the second, as every report's `generatedAt` is written. */
export const isoStamp = (moment: Date): string => moment.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The day of an ISO date or date-time: `2026-11-18T11:06:40Z` → `2026-11-18`. */
export const dayOf = (iso: string): string => iso.slice(0, 10);
