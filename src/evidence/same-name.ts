import { copyEvidence } from './blank.js';
import type { PeopleIndex } from './people-index.js';
import type { Evidence, SameName } from './types.js';

type Count = Exclude<keyof SameName, 'namesakes' | 'ifTheirs'>;

interface Unsettled {
  candidates: readonly number[];
  /** The counts as entries, made once: a record is added to every candidate (dozens, for a common name). */
  counts: readonly (readonly [Count, number])[];
  /** Adds the record to an evidence, as joining it would have. */
  addTo: (evidence: Evidence) => void;
}

/**
 * The records whose name fits several connections and that nothing settled. None of those connections
 * is credited with them; each is told what they hold (`Evidence.sameName`), with the evidence it would
 * have were they its own (`sameName.ifTheirs`), so that the classifier can tell "nothing" from "perhaps".
 */
export class Unattributed {
  private readonly records: Unsettled[] = [];

  add(candidates: readonly number[], counts: Partial<Record<Count, number>>, addTo: Unsettled['addTo']): void {
    if (candidates.length > 1) this.records.push({ candidates, counts: Object.entries(counts) as [Count, number][], addTo });
  }

  /** Once every file is joined: `ifTheirs` starts from all the connection's own evidence. */
  attach(evidence: Evidence[], people: PeopleIndex): void {
    const byConnection = new Map<number, Unsettled[]>();
    for (const record of this.records) {
      for (const i of record.candidates) {
        const list = byConnection.get(i);
        if (list === undefined) byConnection.set(i, [record]);
        else list.push(record);
      }
    }
    for (const [i, records] of byConnection) {
      const own = evidence[i];
      if (own === undefined) continue;
      const sameName: SameName = {
        namesakes: people.byName.get(people.nameKeys[i] ?? '')?.length ?? 0,
        messages: 0,
        conversations: 0,
        groupConversations: 0,
        invitations: 0,
        endorsements: 0,
        recommendations: 0,
        addressBook: 0,
        ifTheirs: copyEvidence(own),
      };
      for (const { counts, addTo } of records) {
        for (const [count, n] of counts) sameName[count] += n;
        addTo(sameName.ifTheirs);
      }
      own.sameName = sameName;
    }
  }
}
