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
 */
export function contactKeys(connections: readonly Connection[]): string[] {
  const base = connections.map((c) => {
    if (c.key !== null) return c.key;
    const name = personNameKey(c.firstName, c.lastName);
    const who = name === '' ? fold(`${c.firstName} ${c.lastName}`.trim()) : name;
    return `${NAME_PREFIX}${who}|${fold(c.company.trim())}|${c.connectedOn ?? ''}`;
  });
  // Identical rows: number them in file order, the best that can be done.
  const counts = new Map<string, number>();
  for (const key of base) counts.set(key, (counts.get(key) ?? 0) + 1);
  const seen = new Map<string, number>();
  return base.map((key) => {
    if ((counts.get(key) ?? 0) < 2) return key;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}#${n}`;
  });
}
