import type { Connection } from '../export/records.js';
import { personNameKey } from '../evidence/names.js';
import { fold } from '../evidence/text.js';

const NAME_PREFIX = 'name:';

/** Decisions for people without a profile URL are keyed by name; a newer export may not match them. */
export const isNameKey = (key: string): boolean => key.startsWith(NAME_PREFIX);

/**
 * The key each connection's decision is stored under, aligned with `connections`.
 *
 * The profile key (`in/<slug>`) when the export has one, so a newer export finds earlier
 * decisions. Exports before mid-2023 have no URL column: those people are keyed by their
 * folded name (`name:jane doe`), then by company and connection date when two share a name.
 */
export function contactKeys(connections: readonly Connection[]): string[] {
  const base = connections.map((c) => {
    if (c.key !== null) return c.key;
    const name = personNameKey(c.firstName, c.lastName);
    return NAME_PREFIX + (name === '' ? fold(`${c.firstName} ${c.lastName}`.trim()) : name);
  });
  const refine = (keys: string[], part: (c: Connection) => string): string[] => {
    const counts = countOf(keys);
    return keys.map((key, i) => (isNameKey(key) && (counts.get(key) ?? 0) > 1 ? `${key}|${part(connections[i]!)}` : key));
  };
  const byCompany = refine(base, (c) => fold(c.company.trim()));
  const byDate = refine(byCompany, (c) => c.connectedOn ?? '');
  // Identical rows: number them in file order, the best that can be done.
  const counts = countOf(byDate);
  const seen = new Map<string, number>();
  return byDate.map((key) => {
    if ((counts.get(key) ?? 0) < 2) return key;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return `${key}#${n}`;
  });
}

function countOf(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}
