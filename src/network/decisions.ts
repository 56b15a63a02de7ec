import type { Connection } from '../export/records.js';
import { companyKeys } from '../evidence/employer.js';
import type { MatchedBy } from '../evidence/match-audit.js';
import { indexPeople, resolve } from '../evidence/people-index.js';
import { profileKey } from '../export/url.js';
import { isNameKey } from '../review/contact-key.js';
import type { DecisionEntry, DecisionsFile } from '../review/decisions-file.js';

interface Decided {
  key: string;
  entry: DecisionEntry;
}

export interface DecisionCheck {
  /** People marked `remove`. */
  marked: number;
  /** Marked `remove` and still a connection: what is left to do. */
  pending: (Decided & { index: number; by: MatchedBy })[];
  /** Marked `remove` and no longer a connection. */
  done: Decided[];
  /** Marked `remove`, known by name only, and several connections have that name. */
  unclear: Decided[];
  /** Marked `keep` and no longer a connection: they left, or removed you. */
  keptButGone: Decided[];
}

/**
 * Which decisions of a review are carried out in an export. A decision is found by its profile key
 * (its key, or its URL), else by the name it was saved with, settled by its company, through the
 * evidence stage's `resolve`: a decision about one profile never matches a namesake with another.
 */
export function checkDecisions(file: DecisionsFile, connections: readonly Connection[]): DecisionCheck {
  const index = indexPeople(connections);
  const check: DecisionCheck = { marked: 0, pending: [], done: [], unclear: [], keptButGone: [] };
  const sorted = Object.entries(file.decisions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, entry] of sorted) {
    if (entry.decision === 'skip') continue;
    const profile = (isNameKey(key) ? null : profileKey(key)) ?? profileKey(entry.url);
    const found = resolve(index, { key: profile, name: entry.name, companies: companyKeys(entry.company) });
    if (entry.decision === 'keep') {
      if (found.kind === 'unmatched') check.keptButGone.push({ key, entry });
      continue;
    }
    check.marked++;
    if (found.kind === 'match') check.pending.push({ key, entry, index: found.index, by: found.by });
    else if (found.kind === 'ambiguous') check.unclear.push({ key, entry });
    else check.done.push({ key, entry });
  }
  return check;
}
