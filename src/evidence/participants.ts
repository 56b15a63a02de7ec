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
 * distinct person who is not the owner.
 */
export function makeParticipantLookup(
  owner: Owner,
  people: PeopleIndex,
  counts: MatchCounts,
): (key: string, participants: ReadonlyMap<string, Participant>) => readonly Entry[] {
  const isOwner = makeOwnerTest(owner);
  // Someone who is neither the owner nor a connection is kept as their nameKey alone, and made an
  // Entry again when met: a million people messaged once each made a million cached Entries (160 MB).
  const cache = new Map<string, readonly Entry[] | string>();
  const entryFor = (profileKey: string | null, key: string, name: string): Entry => {
    if (isOwner(key, name)) return { owner: true, index: null, by: null, name: '', candidates: NONE };
    const resolution = resolve(people, { key: profileKey, name });
    tally(counts, resolution);
    if (resolution.kind === 'match') return { owner: false, index: resolution.index, by: resolution.by, name: '', candidates: NONE };
    return { owner: false, index: null, by: null, name: nameKey(name), candidates: resolution.kind === 'ambiguous' ? resolution.candidates : NONE };
  };
  return (key, participants) => {
    const cached = cache.get(key);
    if (typeof cached === 'string') return [{ owner: false, index: null, by: null, name: cached, candidates: NONE }];
    if (cached !== undefined) return cached;
    const name = participantName(key, participants.get(key));
    let entries: readonly Entry[];
    if (key.startsWith(NAME_KEY_PREFIX)) {
      const names = splitNameList(name);
      entries = names.length > 1 ? names.map((n) => entryFor(null, `${NAME_KEY_PREFIX}${n}`, n)) : [entryFor(null, key, name)];
    } else entries = [entryFor(key, key, name)];
    const only = entries.length === 1 ? entries[0]! : undefined;
    cache.set(key, only !== undefined && !only.owner && only.index === null && only.candidates.length === 0 ? only.name : entries);
    return entries;
  };
}

const NONE: readonly number[] = [];
