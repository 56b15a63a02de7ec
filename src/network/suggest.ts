import type { LinkedInExport } from '../export/types.js';
import { indexEmployers } from '../evidence/employer.js';
import { nameKey } from '../evidence/names.js';
import { fold } from '../evidence/text.js';
import { indexPeople } from '../evidence/people-index.js';
import { tableOutsiders, type Outsider } from './outsiders.js';
import { tierOf, weighOutsider, type Tier, type Weighed } from './weigh.js';

interface Suggestion {
  outsider: Outsider;
  weighed: Weighed;
  tier: Tier;
}

/** The suggestions in order: `at(i)` makes the i-th (0: the first) each time it is asked for. */
interface SuggestionList {
  readonly length: number;
  at(index: number): Suggestion;
}

export interface Suggestions {
  /** Strongest evidence first; on a tie, the most recent trace, then by name, then in the order first met. */
  list: SuggestionList;
  byTier: Record<Tier, number>;
  leftOut: {
    /** People known only from the address book, with nothing professional there (a phone's "Mamie", "Plombier Dupuis"). */
    notProfessional: number;
    /** Address-book entries with a company but a single name and no e-mail: nobody to look up. */
    singleName: number;
    /** Records whose name fits several connections: probably one of them. */
    ambiguous: number;
  };
}

/**
 * People the export shows the owner knows, who are not among the connections. Pure. Each outsider
 * is an object only while it is weighed, and only what orders a suggestion is kept (its row,
 * strength and last trace): a suggestion is made again when it is listed, so that memory does not
 * grow with the people listed (issue 15).
 */
export function suggestPeople(exp: LinkedInExport): Suggestions {
  const { table, ambiguous } = tableOutsiders(exp, indexPeople(exp.connections));
  const employers = indexEmployers(exp.positions);
  const invitations = exp.invitations;
  let singleName = 0;
  let notProfessional = 0;
  const byTier = { strong: 0, good: 0, some: 0 };
  const rows: number[] = [];
  const strengths: number[] = [];
  const lastSeen: (string | null)[] = [];
  for (const row of table.rows()) {
    const outsider = table.outsider(row);
    const weighed = weighOutsider(outsider, employers, invitations);
    if (weighed.strength === 0) {
      if (weighed.notes.every((n) => n.id === 'address-book') && weighed.notes.length > 0) notProfessional++;
      continue;
    }
    const onlyAddressBook = weighed.signals.every((s) => s.id === 'address-book');
    if (onlyAddressBook && outsider.addressBook?.withEmail !== true && nameKey(outsider.name).split(' ').length < 2) {
      singleName++;
      continue;
    }
    rows.push(row);
    strengths.push(weighed.strength);
    lastSeen.push(weighed.lastSeen);
    byTier[tierOf(weighed.strength)]++;
  }
  // A stable sort of the kept ones, in the order met: ties beyond the name keep that order.
  const order = rows.map((_, i) => i);
  order.sort(
    (a, b) =>
      strengths[b]! - strengths[a]! || (lastSeen[b] ?? '').localeCompare(lastSeen[a] ?? '') || compare(fold(table.name(rows[a]!)), fold(table.name(rows[b]!))),
  );
  const ranked = Int32Array.from(order, (i) => rows[i]!);
  const at = (index: number): Suggestion => {
    const outsider = table.outsider(ranked[index]!);
    const weighed = weighOutsider(outsider, employers, invitations);
    return { outsider, weighed, tier: tierOf(weighed.strength) };
  };
  return { list: { length: ranked.length, at }, byTier, leftOut: { notProfessional, singleName, ambiguous } };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
