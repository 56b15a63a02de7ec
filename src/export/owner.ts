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

/**
 * Exports of 2021–2022 name recipients without URLs, so the owner appears both as
 * `in/<slug>` (as sender) and `name:<name>` (as recipient). The URL key is the better one.
 */
function preferUrlKey(owner: Ranked, ranked: readonly Ranked[]): string {
  if (!owner.key.startsWith('name:')) return owner.key;
  const name = owner.key.slice('name:'.length);
  return best(ranked, (p) => !p.key.startsWith('name:') && p.name.toLowerCase() === name)?.key ?? owner.key;
}

/** Each participant, with the number of conversations they are in. */
function countParticipants(messages: MessagesSummary | null): Ranked[] {
  const counts = new Map<string, Ranked>();
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) {
      const entry = counts.get(p.key);
      if (entry === undefined) counts.set(p.key, { key: p.key, name: p.name, conversations: 1 });
      else {
        entry.conversations++;
        if (entry.name === '') entry.name = p.name;
      }
    }
  }
  return [...counts.values()];
}

/**
 * The participant in most conversations among those that `fits`, ties going to the first key in
 * code-unit order. One pass, not a sort: a heavy user's messages name some 30,000 people, and only
 * the first of a ranking was ever looked at (sorting them took 20–40 ms; localeCompare, before, 40 more).
 */
function best(ranked: readonly Ranked[], fits: (p: Ranked) => boolean): Ranked | undefined {
  let top: Ranked | undefined;
  for (const p of ranked) {
    if (top !== undefined && (p.conversations < top.conversations || (p.conversations === top.conversations && p.key > top.key))) continue;
    if (fits(p)) top = p;
  }
  return top;
}
