import type { LinkedInExport } from '../export/types.js';
import { indexEmployers } from '../evidence/employer.js';
import { nameKey } from '../evidence/names.js';
import { fold } from '../evidence/text.js';
import { findOutsiders, type Outsider } from './outsiders.js';
import { tierOf, weighOutsider, type Tier, type Weighed } from './weigh.js';

interface Suggestion {
  outsider: Outsider;
  weighed: Weighed;
  tier: Tier;
}

export interface Suggestions {
  /** Strongest evidence first; on a tie, the most recent trace, then by name. */
  list: Suggestion[];
  leftOut: {
    /** People known only from the address book, with nothing professional there (a phone's "Mamie", "Plombier Dupuis"). */
    notProfessional: number;
    /** Address-book entries with a company but a single name and no e-mail: nobody to look up. */
    singleName: number;
    /** Records whose name fits several connections: probably one of them. */
    ambiguous: number;
  };
}

/** People the export shows the owner knows, who are not among the connections. Pure. */
export function suggestPeople(exp: LinkedInExport): Suggestions {
  const outsiders = findOutsiders(exp);
  const employers = indexEmployers(exp.positions);
  let singleName = 0;
  let notProfessional = 0;
  const list: Suggestion[] = [];
  for (const outsider of outsiders.list) {
    const weighed = weighOutsider(outsider, employers, exp.invitations);
    if (weighed.strength === 0) {
      if (weighed.notes.every((n) => n.id === 'address-book') && weighed.notes.length > 0) notProfessional++;
      continue;
    }
    const onlyAddressBook = weighed.signals.every((s) => s.id === 'address-book');
    if (onlyAddressBook && outsider.addressBook?.withEmail !== true && nameKey(outsider.name).split(' ').length < 2) {
      singleName++;
      continue;
    }
    list.push({ outsider, weighed, tier: tierOf(weighed.strength) });
  }
  list.sort(
    (a, b) =>
      b.weighed.strength - a.weighed.strength ||
      (b.weighed.lastSeen ?? '').localeCompare(a.weighed.lastSeen ?? '') ||
      compare(fold(a.outsider.name), fold(b.outsider.name)),
  );
  return { list, leftOut: { notProfessional, singleName, ambiguous: outsiders.ambiguous } };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
