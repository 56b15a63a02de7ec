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
  const fullName = `${firstName} ${lastName}`.trim().toLowerCase();
  const { counts, metAs } = countParticipants(messages, fullName);
  if (fullName !== '') {
    const owner = best(namedAs(messages, metAs, fullName));
    if (owner !== undefined) return { firstName, lastName, key: preferUrlKey(owner, messages), source: 'profile+messages' };
  }
  const top = best(counts);
  // Present in at least half the conversations: anyone else would be a guess.
  if (top !== undefined && messages !== null && counts.get(top)! * 2 >= messages.conversations.length) {
    const [first = '', ...rest] = nameOf(messages, top).split(' ');
    return {
      firstName: firstName || first,
      lastName: lastName || rest.join(' '),
      key: preferUrlKey(top, messages),
      source: 'messages',
    };
  }
  return { firstName, lastName, key: null, source: profile === null ? 'unknown' : 'profile' };
}

/**
 * The number of conversations of each participant who could be in half of them, by key (the summary's
 * own strings): someone first met past the middle cannot, and is not counted. With the keys met at
 * least once under `name` (in lower case). A participant's name is the first one not blank they were
 * met with; names are not kept, nor is anyone met too late: a million people messaged once made an
 * object each (80 MB), then a name and a Map entry each (70 MB), at the top of the read (issue 15).
 */
function countParticipants(messages: MessagesSummary | null, name: string) {
  const counts = new Map<string, number>();
  const metAs = new Set<string>();
  const half = (messages?.conversations.length ?? 0) / 2;
  let at = 0;
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) {
      const count = counts.get(p.key);
      if (count !== undefined) counts.set(p.key, count + 1);
      else if (at <= half) counts.set(p.key, 1);
      if (name !== '' && p.name !== '' && p.name.toLowerCase() === name) metAs.add(p.key);
    }
    at++;
  }
  return { counts, metAs };
}

/** Among `keys`, those whose name is `name` (in lower case), with the number of conversations they are in. */
function namedAs(messages: MessagesSummary | null, keys: ReadonlySet<string>, name: string): Map<string, number> {
  const counts = new Map<string, number>();
  const names = new Map<string, string>();
  if (keys.size === 0) return counts;
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) {
      if (!keys.has(p.key)) continue;
      counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
      if (p.name !== '' && !names.has(p.key)) names.set(p.key, p.name);
    }
  }
  for (const key of counts.keys()) if ((names.get(key) ?? '').toLowerCase() !== name) counts.delete(key);
  return counts;
}

/** The name `key` was first met with, not blank; '' if none. */
function nameOf(messages: MessagesSummary | null, key: string): string {
  for (const conversation of messages?.conversations ?? []) {
    const name = conversation.participants.get(key)?.name;
    if (name !== undefined && name !== '') return name;
  }
  return '';
}

/**
 * Exports of 2021–2022 name recipients without URLs, so the owner appears both as
 * `in/<slug>` (as sender) and `name:<name>` (as recipient). The URL key is the better one.
 */
function preferUrlKey(owner: string, messages: MessagesSummary | null): string {
  if (!owner.startsWith('name:')) return owner;
  const name = owner.slice('name:'.length);
  const withUrl = new Set<string>();
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) if (!p.key.startsWith('name:') && p.name.toLowerCase() === name) withUrl.add(p.key);
  }
  return best(namedAs(messages, withUrl, name)) ?? owner;
}

/**
 * The participant in most conversations, ties going to the first key in code-unit order. One pass,
 * not a sort: a heavy user's messages name some 30,000 people, and only the first of a ranking was
 * ever looked at (sorting them took 20–40 ms; localeCompare, before, 40 more).
 */
function best(counts: ReadonlyMap<string, number>): string | undefined {
  let top: string | undefined;
  let most = 0;
  for (const [key, count] of counts) {
    if (top !== undefined && (count < most || (count === most && key > top))) continue;
    top = key;
    most = count;
  }
  return top;
}
