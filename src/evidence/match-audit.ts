import type { Evidence } from './types.js';
import type { FileKind } from '../export/types.js';

/** How a record of another file was joined to a connection. */
export type MatchedBy = Evidence['matchedBy'][string];

/** The files joined to connections; the same names as `FileKind`, and the keys of `Evidence.matchedBy`. */
const MATCHED_FILES = [
  'messages',
  'invitations',
  'endorsementsReceived',
  'endorsementsGiven',
  'recommendationsReceived',
  'recommendationsGiven',
  'contacts',
] as const satisfies readonly FileKind[];
export type MatchedFile = (typeof MATCHED_FILES)[number];

/** What joining one file gave, for the audit ("3 recommendations matched by name; 1 ambiguous name not matched"). */
export interface MatchCounts {
  /** Records looked up. For messages: distinct participants other than the owner, over all conversations. */
  records: number;
  matched: Record<MatchedBy, number>;
  /** The name fits two or more connections and no second field (company, position, date) settled it, or they disagree: not joined. */
  ambiguous: number;
  /**
   * No connection fits, or none could have been its person on its date. Most are simply not connections
   * (unaccepted invitations, address-book entries).
   */
  unmatched: number;
}

export type MatchAudit = Record<MatchedFile, MatchCounts>;

/** The outcome of looking one record up among the connections. */
export type Resolution =
  | { kind: 'match'; index: number; by: MatchedBy }
  /** `candidates`: the connections the name still fits (none when several share an e-mail address instead). */
  | { kind: 'ambiguous'; candidates: readonly number[] }
  | { kind: 'unmatched' };

export function emptyAudit(): MatchAudit {
  const audit = {} as MatchAudit;
  for (const file of MATCHED_FILES) {
    audit[file] = { records: 0, matched: { url: 0, email: 0, 'name+company': 0, 'name+position': 0, 'name+date': 0, name: 0 }, ambiguous: 0, unmatched: 0 };
  }
  return audit;
}

export function tally(counts: MatchCounts, resolution: Resolution): void {
  counts.records++;
  if (resolution.kind === 'match') counts.matched[resolution.by]++;
  else counts[resolution.kind]++;
}

const STRENGTH: Record<MatchedBy, number> = { url: 4, email: 3, 'name+company': 2, 'name+position': 2, 'name+date': 2, name: 1 };

/** Records how `file` was joined to this person; when several records of one file matched, the surest way wins. */
export function noteMatch(evidence: Evidence, file: MatchedFile, by: MatchedBy): void {
  const previous = evidence.matchedBy[file];
  if (previous === undefined || STRENGTH[by] > STRENGTH[previous]) evidence.matchedBy[file] = by;
}
