import type { MessagesSummary } from './messages/types.js';
import type { Profile } from './records.js';
import type { Owner } from './types.js';
import { profileKey } from './url.js';

/**
 * Who "me" is. messages.csv has no direction column since 2021, so the owner is the
 * participant present in most conversations, checked against the name in Profile.csv.
 * `--me <url>` overrides both.
 */
export function findOwner(profile: Profile | null, messages: MessagesSummary | null, me?: string): Owner {
  const firstName = profile?.firstName ?? '';
  const lastName = profile?.lastName ?? '';
  if (me !== undefined) {
    return { firstName, lastName, key: profileKey(me) ?? `name:${me.trim().toLowerCase()}`, source: 'flag' };
  }
  const ranked = countParticipants(messages);
  const fullName = `${firstName} ${lastName}`.trim().toLowerCase();
  if (fullName !== '') {
    const named = best(ranked, (p) => p.name.toLowerCase() === fullName);
    if (named !== undefined) return { firstName, lastName, key: preferUrlKey(named, ranked), source: 'profile+messages' };
  }
  const top = best(ranked, () => true);
  // Present in at least half the conversations: anyone else would be a guess.
  if (top !== undefined && messages !== null && top.conversations * 2 >= messages.conversations.length) {
    const [first = '', ...rest] = top.name.split(' ');
    return {
      firstName: firstName || first,
      lastName: lastName || rest.join(' '),
      key: preferUrlKey(top, ranked),
      source: 'messages',
    };
  }
  return { firstName, lastName, key: null, source: profile === null ? 'unknown' : 'profile' };
}

interface Ranked {
  key: string;
  name: string;
  conversations: number;
}

/** Each participant, with the number of conversations they are in: columns, not an object each (a million people messaged once made 80 MB of them). */
class Ranking {
  readonly keys: string[] = [];
  readonly names: string[] = [];
  counts: number[] = [];

  at(i: number): Ranked {
    return { key: this.keys[i]!, name: this.names[i]!, conversations: this.counts[i]! };
  }
}

/**
 * Exports of 2021–2022 name recipients without URLs, so the owner appears both as
 * `in/<slug>` (as sender) and `name:<name>` (as recipient). The URL key is the better one.
 */
function preferUrlKey(owner: Ranked, ranked: Ranking): string {
  if (!owner.key.startsWith('name:')) return owner.key;
  const name = owner.key.slice('name:'.length);
  return best(ranked, (p) => !p.key.startsWith('name:') && p.name.toLowerCase() === name)?.key ?? owner.key;
}

function countParticipants(messages: MessagesSummary | null): Ranking {
  const ranking = new Ranking();
  const index = new Map<string, number>();
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) {
      const i = index.get(p.key);
      if (i === undefined) {
        index.set(p.key, ranking.keys.length);
        ranking.keys.push(p.key);
        ranking.names.push(p.name);
        ranking.counts.push(1);
      } else {
        ranking.counts[i]!++;
        if (ranking.names[i] === '') ranking.names[i] = p.name;
      }
    }
  }
  return ranking;
}

/**
 * The participant in most conversations among those that `fits`, ties going to the first key in
 * code-unit order. One pass, not a sort: a heavy user's messages name some 30,000 people, and only
 * the first of a ranking was ever looked at (sorting them took 20–40 ms; localeCompare, before, 40 more).
 */
function best(ranked: Ranking, fits: (p: Ranked) => boolean): Ranked | undefined {
  let top: Ranked | undefined;
  const { keys, counts } = ranked;
  for (let i = 0; i < keys.length; i++) {
    if (top !== undefined && (counts[i]! < top.conversations || (counts[i] === top.conversations && keys[i]! > top.key))) continue;
    const p = ranked.at(i);
    if (fits(p)) top = p;
  }
  return top;
}
