import type { ConversationAggregate, MessagesSummary, SenderStats } from '../export/messages/types.js';
import type { Owner } from '../export/types.js';
import { noteMatch, tally, type MatchCounts, type MatchedBy } from './match-audit.js';
import { nameKey } from './names.js';
import { NAME_KEY_PREFIX, makeOwnerTest, participantName } from './owner.js';
import { resolve, type PeopleIndex } from './people-index.js';
import type { Evidence } from './types.js';

/** One participant key, looked up once for the whole file. */
interface Seen {
  index: number | null;
  by: MatchedBy | null;
  name: string;
}

/** The messages of one person (possibly under several participant keys) in one conversation. */
interface Person {
  index: number | null;
  count: number;
  first: string | null;
  last: string | null;
}

const earlier = (a: string | null, b: string | null): string | null => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null): string | null => (a === null || (b !== null && b > a) ? b : a);

function addStats(person: Person, stats: SenderStats | undefined): void {
  if (stats === undefined) return;
  person.count += stats.count;
  person.first = earlier(person.first, stats.first);
  person.last = later(person.last, stats.last);
}

/**
 * Joins messages.csv, one conversation at a time. A conversation is a group when it has a title,
 * a row with several recipients, or more than one person besides the owner; groups are counted
 * apart and never add to `sent`/`received`. `counts` tallies distinct participant keys.
 */
export function joinMessages(
  summary: MessagesSummary | null,
  owner: Owner,
  people: PeopleIndex,
  evidence: Evidence[],
  counts: MatchCounts,
): void {
  if (summary === null) return;
  const isOwner = makeOwnerTest(owner);
  const seen = new Map<string, Seen>();
  const lookUp = (key: string, conversation: ConversationAggregate): Seen => {
    let found = seen.get(key);
    if (found === undefined) {
      const name = participantName(key, conversation.participants.get(key));
      const profileKey = key.startsWith(NAME_KEY_PREFIX) ? null : key;
      const resolution = resolve(people, { key: profileKey, name });
      tally(counts, resolution);
      found = resolution.kind === 'match'
        ? { index: resolution.index, by: resolution.by, name: nameKey(name) }
        : { index: null, by: null, name: nameKey(name) };
      seen.set(key, found);
    }
    return found;
  };

  for (const conversation of summary.conversations) {
    const ownerStats: Person = { index: null, count: 0, first: null, last: null };
    const others = new Map<string, Person>();
    const unresolved: [key: string, seen: Seen][] = [];
    for (const [key, participant] of conversation.participants) {
      if (isOwner(key, participant)) {
        addStats(ownerStats, conversation.bySender.get(key));
        continue;
      }
      const found = lookUp(key, conversation);
      if (found.index === null) {
        unresolved.push([key, found]);
        continue;
      }
      const target = evidence[found.index];
      if (target !== undefined && found.by !== null) noteMatch(target, 'messages', found.by);
      const id = `#${found.index}`;
      let person = others.get(id);
      if (person === undefined) others.set(id, (person = { index: found.index, count: 0, first: null, last: null }));
      addStats(person, conversation.bySender.get(key));
    }
    // Rows without URLs give the same person a `name:` key too; fold it into the matched person of that name.
    for (const [key, found] of unresolved) {
      const sameName = [...others.values()].find((p) => found.name !== '' && p.index !== null && people.nameKeys[p.index] === found.name);
      const id = sameName !== undefined ? `#${sameName.index}` : `?${found.name === '' ? key : found.name}`;
      let person = others.get(id);
      if (person === undefined) others.set(id, (person = { index: null, count: 0, first: null, last: null }));
      addStats(person, conversation.bySender.get(key));
    }
    if (others.size === 0) continue;

    const group = conversation.title.trim() !== '' || conversation.maxRecipients > 1 || others.size > 1;
    for (const person of others.values()) {
      const target = person.index === null ? undefined : evidence[person.index];
      if (target === undefined) continue;
      const m = target.messages;
      if (group) {
        m.groupConversations++;
        m.groupMessages += person.count;
        continue;
      }
      m.conversations++;
      m.sent += ownerStats.count;
      m.received += person.count;
      m.twoWay = m.sent > 0 && m.received > 0;
      m.first = earlier(earlier(m.first, ownerStats.first), person.first);
      m.last = later(later(m.last, ownerStats.last), person.last);
      const last = conversation.last;
      if (last !== null && (m.lastMessage === null || last.date > m.lastMessage.date)) {
        const from = isOwner(last.senderKey, conversation.participants.get(last.senderKey)) ? 'owner' : 'contact';
        m.lastMessage = { date: last.date, from, snippet: last.snippet };
      }
    }
  }
}
