import type { Connection } from '../export/records.js';
import type { FileReport } from '../export/types.js';
import { contactKeys } from '../review/contact-key.js';
import type { DecisionEntry, DecisionsFile } from '../decisions/index.js';
import type { Translator } from '../i18n/translator.js';
import { describeUnplaced, placeDecisions, type PlacedBy } from '../review/same-person.js';

interface Decided {
  key: string;
  entry: DecisionEntry;
}

export interface DecisionCheck {
  /** People marked `remove`. */
  marked: number;
  /** Marked `remove` and still a connection: what is left to do. */
  pending: (Decided & { index: number; by: PlacedBy })[];
  /** Marked `remove` and no longer a connection. */
  done: Decided[];
  /**
   * Marked `remove`, not found, but Connections.csv has rows that could not be read: they may be among
   * them, so they are not counted done.
   */
  unchecked: Decided[];
  /**
   * Marked `remove`, saved by name, and a connection of that name is here, but its company or connection
   * date differ (a namesake, or a new job), or several fit: not applied, and `say` says why in a language.
   */
  unclear: (Decided & { say: (t: Translator) => string })[];
  /** Marked `keep` and still a connection. */
  kept: (Decided & { index: number })[];
  /** Marked `keep` and no longer a connection: they left, or removed you. None while rows could not be read. */
  keptButGone: Decided[];
}

/** Rows of Connections.csv set aside as unreadable (not the hidden members, who are nobody to find). */
export function unreadConnections(files: readonly FileReport[]): number {
  const connections = files.find((f) => f.kind === 'connections');
  if (connections === undefined) return 0;
  return Object.entries(connections.skipped).reduce((sum, [reason, count]) => (reason === HIDDEN ? sum : sum + count), 0);
}
const HIDDEN = 'hidden member';

/**
 * Which decisions of a review are carried out in an export. A decision is found by its profile key,
 * else by the name, company and connection date it was saved with (`placeDecisions`): a decision
 * about one person never matches a namesake, and one that cannot be told from a namesake is unclear.
 */
export function checkDecisions(file: DecisionsFile, connections: readonly Connection[], unread = 0): DecisionCheck {
  const placement = placeDecisions(file.decisions, connections, contactKeys(connections));
  const indexOf = new Map([...placement.byConnection].map(([i, key]) => [key, i]));
  const unplaced = new Map(placement.unplaced.map((u) => [u.key, u]));
  const check: DecisionCheck = { marked: 0, pending: [], done: [], unchecked: [], unclear: [], kept: [], keptButGone: [] };
  const sorted = Object.entries(file.decisions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, entry] of sorted) {
    if (entry.decision === 'skip') continue;
    const index = indexOf.get(key);
    const unsure = unplaced.get(key);
    if (entry.decision === 'keep') {
      if (index !== undefined) check.kept.push({ key, entry, index });
      else if (unsure === undefined && unread === 0) check.keptButGone.push({ key, entry });
      continue;
    }
    check.marked++;
    if (index !== undefined) check.pending.push({ key, entry, index, by: placement.by.get(key) ?? 'url' });
    else if (unsure !== undefined) check.unclear.push({ key, entry, say: (t) => describeUnplaced(unsure, connections, t) });
    else if (unread > 0) check.unchecked.push({ key, entry });
    else check.done.push({ key, entry });
  }
  return check;
}
