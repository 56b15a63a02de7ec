import { ISO_DATE, ISO_DATE_TIME, type AddressBookEntry, type Connection, type Endorsement, type Invitation, type Recommendation } from '../records.js';

/**
 * `schema.safeParse(record).success` without zod, for the tables read by the ten thousand: a zod parse
 * per row was about a tenth of reading them and most of what they allocated (90 MB for the benchmark's
 * 90,000 rows, docs/performance.md). A record that fits is kept as toRecord() made it, which has the
 * schema's keys in the schema's order (its type says which; a test, the order), so it is what parse()
 * would return; one that does not goes to zod as before, for the same skip and the same count. A test
 * (test/unit/export/record-checks.test.ts) holds each check to its schema, one odd value at a time.
 */
type Check = (value: unknown) => boolean;
type Fits<T> = (record: T) => boolean;

const text: Check = (v) => typeof v === 'string';
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const matching =
  (pattern: RegExp): Check =>
  (v) =>
    typeof v === 'string' && pattern.test(v);
// z.number().int().positive(): a safe integer above zero (NaN, fractions, 2^60 and -0 refused).
const lineNumber: Check = (v) => Number.isSafeInteger(v) && (v as number) > 0;
const texts: Check = (v) => Array.isArray(v) && v.every(text);
const direction: Check = (v) => v === 'incoming' || v === 'outgoing';

function fitsAll<T>(fields: { [K in keyof T]-?: Check }): Fits<T> {
  const checks = Object.entries(fields) as [string, Check][];
  return (record) => {
    if (typeof record !== 'object' || record === null) return false;
    for (const [key, check] of checks) if (!check((record as Record<string, unknown>)[key])) return false;
    return true;
  };
}

export const connectionFits = fitsAll<Connection>({
  firstName: text,
  lastName: text,
  key: nullable(text),
  url: nullable(text),
  email: nullable(text),
  company: text,
  position: text,
  connectedOn: nullable(matching(ISO_DATE)),
  line: lineNumber,
});

export const invitationFits = fitsAll<Invitation>({
  from: text,
  to: text,
  sentAt: nullable(matching(ISO_DATE_TIME)),
  message: text,
  direction,
  otherKey: nullable(text),
  line: lineNumber,
});

export const endorsementFits = fitsAll<Endorsement>({
  date: nullable(matching(ISO_DATE_TIME)),
  skill: text,
  firstName: text,
  lastName: text,
  key: nullable(text),
  status: text,
  line: lineNumber,
});

export const recommendationFits = fitsAll<Recommendation>({
  firstName: text,
  lastName: text,
  company: text,
  jobTitle: text,
  text,
  date: nullable(matching(ISO_DATE_TIME)),
  status: text,
  line: lineNumber,
});

export const addressBookEntryFits = fitsAll<AddressBookEntry>({
  firstName: text,
  lastName: text,
  fullName: text,
  emails: texts,
  companies: text,
  title: text,
  line: lineNumber,
});
