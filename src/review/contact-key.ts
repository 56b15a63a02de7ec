import type { Connection } from '../export/records.js';
import { personNameKey } from '../evidence/names.js';
import { fold } from '../evidence/text.js';

const NAME_PREFIX = 'name:';

/** Decisions for people without a profile URL are keyed by name, company and date (see contactKeys). */
export const isNameKey = (key: string): boolean => key.startsWith(NAME_PREFIX);

/**
 * The key each connection's decision is stored under, aligned with `connections`.
 *
 * The profile key (`in/<slug>`) when the export has one, so a newer export finds earlier
 * decisions. Exports before mid-2023 have no URL column: those people are keyed by their folded
 * name, company and connection date (`name:jane doe|acme|2019-03-12`), so that a decision about one
 * Jane Doe never lands on another, in this export or a later one. Files from before kept the name
 * alone, or with the company: `same-person.ts` reads those.
 *
 * Namesakes at one company connected the same day are told apart by what else their rows say, the
 * position, then the e-mail (`…|2019-03-12#sales rep`), never by their order in the file: LinkedIn
 * sorts by date only, so same-day rows come in either order from one export to the next. Rows alike
 * in all of these get a number (`#2`) and cannot be found again in another export (`isCountedKey`).
 */
export function contactKeys(connections: readonly Connection[]): string[] {
  const base = connections.map((c) => {
    if (c.key !== null) return c.key;
    const name = personNameKey(c.firstName, c.lastName);
    const who = name === '' ? fold(`${c.firstName} ${c.lastName}`.trim()) : name;
    return `${NAME_PREFIX}${who}|${fold(c.company.trim())}|${c.connectedOn ?? ''}`;
  });
  const byPosition = telling(base, (key, i) => (isNameKey(key) ? `${key}#${fold(connections[i]?.position.trim() ?? '')}` : key));
  const byEmail = telling(byPosition, (key, i) => (isNameKey(key) && connections[i]?.email ? `${key}#${fold(connections[i].email.trim())}` : key));
  // Rows alike in everything: number them in file order, the best that can be done for this export alone.
  const seen = new Map<string, number>();
  return telling(byEmail, (key) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}#${n}`;
  });
}

/** The keys, with those several connections share made longer by `more`. */
function telling(keys: readonly string[], more: (key: string, index: number) => string): string[] {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return keys.map((key, i) => ((counts.get(key) ?? 0) < 2 ? key : more(key, i)));
}

/** A key numbered by file order (`#2`): it names a row of one export, not a person who can be found in another. */
export const isCountedKey = (key: string): boolean => isNameKey(key) && /#\d+$/.test(key);

/** A name key made among namesakes at one company connected the same day (`#position`, or an older file's `#1`). */
export const isTwinKey = (key: string): boolean => isNameKey(key) && /\|(?:\d{4}-\d{2}-\d{2})?#/.test(key);
