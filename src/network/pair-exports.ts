import type { Connection } from '../export/records.js';
import { normalizeCompany } from '../evidence/employer.js';
import type { MatchedBy } from '../evidence/match-audit.js';
import { nameKey } from '../evidence/names.js';
import { indexPeople, resolve } from '../evidence/people-index.js';

export interface Pairing {
  /** [older index, newer index, how they were matched]. */
  pairs: [older: number, newer: number, by: MatchedBy | 'name+date'][];
  /** Older connections with no partner: removed. Newer ones with none: added. */
  removed: number[];
  added: number[];
}

/**
 * The same people in two exports of one account. Each newer connection is looked up among the
 * older ones with the evidence stage's `resolve`: by profile key, then e-mail, then name (settled
 * by company), never by name across two different profile keys. Exports from before mid-2023 have
 * no URLs, so the name is the fallback; a name match must also agree on `Connected On` when both
 * exports give it, and a name several older connections share is settled by that date, then by
 * company and position together.
 */
export function pairConnections(older: readonly Connection[], newer: readonly Connection[]): Pairing {
  const index = indexPeople(older);
  const taken = new Set<number>();
  const pairs: Pairing['pairs'] = [];
  const added: number[] = [];
  newer.forEach((c, n) => {
    const name = `${c.firstName.trim()} ${c.lastName.trim()}`;
    const company = normalizeCompany(c.company);
    const found = resolve(index, {
      key: c.key,
      emails: c.email === null || c.email.trim() === '' ? [] : [c.email],
      name,
      companies: new Set(company === '' ? [] : [company]),
    });
    const sameDay = (o: number) => c.connectedOn === null || older[o]?.connectedOn == null || older[o]?.connectedOn === c.connectedOn;
    let match: [number, MatchedBy | 'name+date'] | null = null;
    if (found.kind === 'match' && !taken.has(found.index) && (found.by === 'url' || found.by === 'email' || sameDay(found.index)))
      match = [found.index, found.by];
    else if (found.kind !== 'match' || found.by !== 'url') {
      const dated = (index.byName.get(nameKey(name)) ?? []).filter(
        (o) => !taken.has(o) && older[o]?.connectedOn === c.connectedOn && c.connectedOn !== null && (c.key === null || older[o]?.key === null),
      );
      // Namesakes at one company connected the same day: told apart by position, as their decisions are (contact-key.ts).
      const samePosition = dated.filter((o) => older[o]?.company.trim() === c.company.trim() && older[o]?.position.trim() === c.position.trim());
      if (dated.length === 1) match = [dated[0]!, 'name+date'];
      else if (samePosition.length === 1) match = [samePosition[0]!, 'name+date'];
    }
    if (match === null) added.push(n);
    else {
      taken.add(match[0]);
      pairs.push([match[0], n, match[1]]);
    }
  });
  const removed = older.map((_, o) => o).filter((o) => !taken.has(o));
  return { pairs, removed, added };
}
