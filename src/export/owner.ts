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
  const { candidates, metAs } = scanParticipants(messages, fullName);
  const tallied = tally(messages, new Set([...metAs, ...(candidates ?? [])]));
  if (fullName !== '') {
    const owner = best(tallied, (key, { name }) => metAs.has(key) && name.toLowerCase() === fullName);
    if (owner !== undefined) return { firstName, lastName, key: preferUrlKey(owner, messages), source: 'profile+messages' };
  }
  const counted = candidates === null ? firstHalf(messages) : tallied;
  const top = best(counted, () => true);
  // Present in at least half the conversations: anyone else would be a guess.
  if (top !== undefined && messages !== null && counted.get(top)!.count * 2 >= messages.conversations.length) {
    const [first = '', ...rest] = counted.get(top)!.name.split(' ');
    return {
      firstName: firstName || first,
      lastName: lastName || rest.join(' '),
      key: preferUrlKey(top, messages),
      source: 'messages',
    };
  }
  return { firstName, lastName, key: null, source: profile === null ? 'unknown' : 'profile' };
}

/** Participants' keys a first pass keeps as candidates for "in half the conversations" (Misra–Gries). */
const CANDIDATES = 64;

/**
 * One pass over the participants, keeping no name and nothing per participant: a million people messaged
 * once made an object each (80 MB), then a name and a Map entry each, at the top of the read (issue 15).
 * `candidates`: everyone in half the conversations or more is among them (a heavy-hitters count: anyone
 * in more than a CANDIDATES + 1-th of all participations survives), or null when conversations are too
 * crowded for that to hold. `metAs`: the keys met at least once under `name` (in lower case).
 */
function scanParticipants(messages: MessagesSummary | null, name: string) {
  const counters = new Map<string, number>();
  const metAs = new Set<string>();
  let participations = 0;
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) {
      participations++;
      if (name !== '' && p.name !== '' && p.name.toLowerCase() === name) metAs.add(p.key);
      const count = counters.get(p.key);
      if (count !== undefined) counters.set(p.key, count + 1);
      else if (counters.size < CANDIDATES) counters.set(p.key, 1);
      else for (const [key, left] of counters) left === 1 ? counters.delete(key) : counters.set(key, left - 1);
    }
  }
  const conversations = messages?.conversations.length ?? 0;
  const sure = participations * 2 < (CANDIDATES + 1) * conversations;
  return { candidates: sure ? new Set(counters.keys()) : null, metAs };
}

/** A participant's conversations, and their name: the first one not blank they were met with ('' if none). */
interface Tally {
  count: number;
  name: string;
}

/** The participants with these keys, each tallied. */
function tally(messages: MessagesSummary | null, keys: ReadonlySet<string>): Map<string, Tally> {
  const tallied = new Map<string, Tally>();
  if (keys.size === 0) return tallied;
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) {
      if (!keys.has(p.key)) continue;
      const t = tallied.get(p.key);
      if (t === undefined) tallied.set(p.key, { count: 1, name: p.name });
      else {
        t.count++;
        if (t.name === '') t.name = p.name;
      }
    }
  }
  return tallied;
}

/**
 * Every participant who could be in half the conversations, tallied: those first met in the first half.
 * For conversations too crowded for the heavy-hitters count.
 */
function firstHalf(messages: MessagesSummary | null): Map<string, Tally> {
  const tallied = new Map<string, Tally>();
  const half = (messages?.conversations.length ?? 0) / 2;
  let at = 0;
  for (const conversation of messages?.conversations ?? []) {
    for (const p of conversation.participants.values()) {
      const t = tallied.get(p.key);
      if (t === undefined) {
        if (at <= half) tallied.set(p.key, { count: 1, name: p.name });
      } else {
        t.count++;
        if (t.name === '') t.name = p.name;
      }
    }
    at++;
  }
  return tallied;
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
  return best(tally(messages, withUrl), (_, t) => t.name.toLowerCase() === name) ?? owner;
}

/**
 * The participant in most conversations among those that `fits`, ties going to the first key in
 * code-unit order. One pass, not a sort: a heavy user's messages name some 30,000 people, and only
 * the first of a ranking was ever looked at (sorting them took 20–40 ms; localeCompare, before, 40 more).
 */
function best(tallied: ReadonlyMap<string, Tally>, fits: (key: string, t: Tally) => boolean): string | undefined {
  let top: string | undefined;
  let most = 0;
  for (const [key, t] of tallied) {
    if (top !== undefined && (t.count < most || (t.count === most && key > top))) continue;
    if (fits(key, t)) {
      top = key;
      most = t.count;
    }
  }
  return top;
}
