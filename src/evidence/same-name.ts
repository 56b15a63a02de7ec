import { copyEvidence } from './blank.js';
import type { PeopleIndex } from './people-index.js';
import type { Evidence, SameName } from './types.js';

type Count = Exclude<keyof SameName, 'namesakes' | 'ifTheirs'>;

/** The counts in a fixed order: `Unsettled.counts[k]` is `COUNTS[k]`'s. */
const COUNTS = [
  'messages',
  'conversations',
  'groupConversations',
  'invitations',
  'endorsements',
  'recommendations',
  'addressBook',
] as const satisfies readonly Count[];

interface Unsettled {
  candidates: readonly number[];
  /**
   * The counts, one number per `COUNTS` entry, made once: a record is added to every candidate (dozens, for a
   * common name), and adding fixed places took a third to a half of the time that adding them by name did.
   */
  counts: readonly number[];
  /** Adds the record to an evidence, as joining it would have. */
  addTo: (evidence: Evidence) => void;
}

/** One of a kind, the count most records carry (an endorsement, an invitation, an address-book entry): one array for all. */
const ONE_OF = new Map(COUNTS.map((count, k) => [count, Object.freeze(COUNTS.map((_, j) => (j === k ? 1 : 0)))]));

function countsOf(counts: Partial<Record<Count, number>>): readonly number[] {
  const present = Object.keys(counts) as Count[];
  const [only] = present;
  if (present.length === 1 && only !== undefined && counts[only] === 1) return ONE_OF.get(only)!;
  return COUNTS.map((count) => counts[count] ?? 0);
}

/**
 * The records whose name fits several connections and that nothing settled. None of those connections
 * is credited with them; each is told what they hold (`Evidence.sameName`), with the evidence it would
 * have were they its own (`sameName.ifTheirs`), so that the classifier can tell "nothing" from "perhaps".
 */
export class Unattributed {
  private readonly records: Unsettled[] = [];

  add(candidates: readonly number[], counts: Partial<Record<Count, number>>, addTo: Unsettled['addTo']): void {
    if (candidates.length > 1) this.records.push({ candidates, counts: countsOf(counts), addTo });
  }

  /** Once every file is joined: `ifTheirs` starts from all the connection's own evidence. */
  attach(evidence: Evidence[], people: PeopleIndex): void {
    // By connection index in an array, not a Map: the benchmark's 140,000 record-candidate pairs were most of attach().
    const byConnection: (Unsettled[] | undefined)[] = new Array(evidence.length);
    for (const record of this.records) {
      for (const i of record.candidates) {
        const list = byConnection[i];
        if (list === undefined) byConnection[i] = [record];
        else list.push(record);
      }
    }
    for (let i = 0; i < byConnection.length; i++) {
      const records = byConnection[i];
      const own = evidence[i];
      if (records === undefined || own === undefined) continue;
      own.sameName = new PossibleRecords(people.byName.get(people.nameKeys[i] ?? '')?.length ?? 0, own, records);
    }
  }
}

/**
 * A `SameName` whose `ifTheirs` is made each time it is read, from the connection's evidence and the records,
 * instead of a copy of that evidence kept for every connection with a namesake: on a large export almost all
 * of them have one, and the copies were about 15 MB of the run's peak memory (docs/performance.md). A rule set
 * reads it once, for a stranger; a plugin's thread gets it by structured clone, which reads it like any
 * property, as do JSON, spreads and `Object.keys`: it is an own enumerable property, in the interface's order.
 */
class PossibleRecords implements SameName {
  readonly namesakes: number;
  messages = 0;
  conversations = 0;
  groupConversations = 0;
  invitations = 0;
  endorsements = 0;
  recommendations = 0;
  addressBook = 0;
  declare readonly ifTheirs: Evidence;
  readonly #own: Evidence;
  readonly #records: readonly Unsettled[];

  constructor(namesakes: number, own: Evidence, records: readonly Unsettled[]) {
    this.namesakes = namesakes;
    this.#own = own;
    this.#records = records;
    for (const { counts } of records) {
      this.messages += counts[0]!;
      this.conversations += counts[1]!;
      this.groupConversations += counts[2]!;
      this.invitations += counts[3]!;
      this.endorsements += counts[4]!;
      this.recommendations += counts[5]!;
      this.addressBook += counts[6]!;
    }
    Object.defineProperty(this, 'ifTheirs', { get: PossibleRecords.#made, enumerable: true });
  }

  /** The getter of every `ifTheirs`: one function for all, so that the objects share one hidden class. */
  static readonly #made = function made(this: PossibleRecords): Evidence {
    const ifTheirs = copyEvidence(this.#own);
    for (const { addTo } of this.#records) addTo(ifTheirs);
    return ifTheirs;
  };
}
