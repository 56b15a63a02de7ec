import type { Participant } from '../export/messages/types.js';
import type { Owner } from '../export/types.js';
import { tally, type MatchCounts, type MatchedBy } from './match-audit.js';
import { nameKey, splitNameList } from './names.js';
import { NAME_KEY_PREFIX, makeOwnerTest } from './owner.js';
import { resolve, type PeopleIndex } from './people-index.js';

/** One person behind a messages participant key. */
export interface Entry {
  owner: boolean;
  /** The connection, when joined. */
  index: number | null;
  by: MatchedBy | null;
  /** `nameKey` of an unjoined person, to fold them into a joined person of the same name. */
  name: string;
  /** The connections an unjoined person's name fits equally well (two or more), else none. */
  candidates: readonly number[];
}

/** The name a participant goes by: its display name, else the name inside a `name:` key. */
export function participantName(key: string, participant: Participant | undefined): string {
  if (participant !== undefined && participant.name.trim() !== '') return participant.name;
  return key.startsWith(NAME_KEY_PREFIX) ? key.slice(NAME_KEY_PREFIX.length) : '';
}

/**
 * Turns a participant key into the people behind it, once per key for the whole file: the owner,
 * a joined connection, or someone unjoined. A `name:` participant is usually one person, but
 * when rows had no recipient URLs it is the whole TO field, which may list several names
 * (`Sam Lee,Kim Park, PhD,Dana Ng`); each listed name is then one entry. `counts` tallies each
 * distinct person who is not the owner. A stranger's `name` is the nameKey of the name they go by in
 * the conversation at hand (`participants`), which the bare names of that conversation fold into.
 */
export function makeParticipantLookup(
  owner: Owner,
  people: PeopleIndex,
  counts: MatchCounts,
): (key: string, participants: ReadonlyMap<string, Participant>) => readonly Entry[] {
  const isOwner = makeOwnerTest(owner);
  const cache = new Map<string, readonly Entry[]>();
  // Someone who is neither the owner nor a connection (nor a name several connections share) is only
  // remembered as met, so that `counts` takes them once; their Entry is made again when met, its nameKey
  // from the name they go by in that conversation. A million people messaged once each kept a nameKey
  // string and a Map entry apiece to the end of the evidence (issue 15); a Set entry is all that is left.
  const strangers = new Set<string>();
  const strangerEntry = (key: string, participants: ReadonlyMap<string, Participant>): Entry => ({
    owner: false,
    index: null,
    by: null,
    name: nameKey(participantName(key, participants.get(key))),
    candidates: NONE,
  });
  const entryFor = (profileKey: string | null, key: string, name: string): Entry => {
    if (isOwner(key, name)) return { owner: true, index: null, by: null, name: '', candidates: NONE };
    const resolution = resolve(people, { key: profileKey, name });
    tally(counts, resolution);
    if (resolution.kind === 'match') return { owner: false, index: resolution.index, by: resolution.by, name: '', candidates: NONE };
    return { owner: false, index: null, by: null, name: nameKey(name), candidates: resolution.kind === 'ambiguous' ? resolution.candidates : NONE };
  };
  return (key, participants) => {
    if (strangers.has(key)) return [strangerEntry(key, participants)];
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const name = participantName(key, participants.get(key));
    let entries: readonly Entry[];
    if (key.startsWith(NAME_KEY_PREFIX)) {
      const names = splitNameList(name);
      entries = names.length > 1 ? names.map((n) => entryFor(null, `${NAME_KEY_PREFIX}${n}`, n)) : [entryFor(null, key, name)];
    } else entries = [entryFor(key, key, name)];
    const only = entries.length === 1 ? entries[0]! : undefined;
    if (only !== undefined && !only.owner && only.index === null && only.candidates.length === 0) strangers.add(key);
    else cache.set(key, entries);
    return entries;
  };
}

const NONE: readonly number[] = [];
