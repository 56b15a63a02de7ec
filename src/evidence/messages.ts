import type { MessagesSummary, SenderStats } from '../export/messages/types.js';
import type { Owner } from '../export/types.js';
import { noteMatch, type MatchCounts } from './match-audit.js';
import { makeParticipantLookup, type Entry } from './participants.js';
import type { PeopleIndex } from './people-index.js';
import type { Evidence } from './types.js';

/** The messages of one person (possibly under several participant keys) in one conversation. */
interface Person {
  /** The connection index when joined; otherwise the person's name key (or participant key when nameless). */
  id: number | string;
  index: number | null;
  count: number;
  first: string | null;
  last: string | null;
}

const earlier = (a: string | null, b: string | null): string | null => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null): string | null => (a === null || (b !== null && b > a) ? b : a);

function personOf(others: Person[], id: number | string): Person {
  for (const p of others) if (p.id === id) return p;
  const person: Person = { id, index: typeof id === 'number' ? id : null, count: 0, first: null, last: null };
  others.push(person);
  return person;
}

function addStats(person: Person, stats: SenderStats | undefined): void {
  if (stats === undefined) return;
  person.count += stats.count;
  person.first = earlier(person.first, stats.first);
  person.last = later(person.last, stats.last);
}

/**
 * Joins messages.csv, one conversation at a time. A conversation is a group when it has a title,
 * a row with several recipients, or more than one person besides the owner; groups are counted
 * apart and never add to `sent`/`received`. `counts` tallies distinct people, not messages.
 */
export function joinMessages(summary: MessagesSummary | null, owner: Owner, people: PeopleIndex, evidence: Evidence[], counts: MatchCounts): void {
  if (summary === null) return;
  const lookUp = makeParticipantLookup(owner, people, counts);
  // Reused for every conversation: 100,000 conversations should not mean 100,000 of each.
  const mine: Person = { id: '', index: null, count: 0, first: null, last: null };
  const others: Person[] = [];
  const unjoined: [key: string, entry: Entry, alone: boolean][] = [];

  for (const conversation of summary.conversations) {
    mine.count = 0;
    mine.first = mine.last = null;
    others.length = 0;
    unjoined.length = 0;
    for (const key of conversation.participants.keys()) {
      const entries = lookUp(key, conversation.participants);
      // A key that stands for a list of names never sends: its stats belong to nobody.
      const stats = entries.length === 1 ? conversation.bySender.get(key) : undefined;
      for (const entry of entries) {
        if (entry.owner) addStats(mine, stats);
        else if (entry.index === null) unjoined.push([key, entry, entries.length === 1]);
        else {
          const target = evidence[entry.index];
          if (target !== undefined && entry.by !== null) noteMatch(target, 'messages', entry.by);
          addStats(personOf(others, entry.index), stats);
        }
      }
    }
    // Rows without URLs give a joined person a `name:` key too: fold it into the joined person of that name.
    for (const [key, entry, alone] of unjoined) {
      const sameName = entry.name === '' ? undefined : others.find((p) => p.index !== null && people.nameKeys[p.index] === entry.name);
      const person = sameName ?? personOf(others, entry.name === '' ? key : entry.name);
      if (alone) addStats(person, conversation.bySender.get(key));
    }
    if (others.length === 0) continue;

    const group = conversation.title.trim() !== '' || conversation.maxRecipients > 1 || others.length > 1;
    for (const person of others) {
      const target = person.index === null ? undefined : evidence[person.index];
      if (target === undefined) continue;
      const m = target.messages;
      if (group) {
        m.groupConversations++;
        m.groupMessages += person.count;
        continue;
      }
      m.conversations++;
      m.sent += mine.count;
      m.received += person.count;
      // Two-way means a conversation: both wrote in the same thread, not one unanswered note each, years apart.
      m.twoWay ||= mine.count > 0 && person.count > 0;
      m.first = earlier(earlier(m.first, mine.first), person.first);
      m.last = later(later(m.last, mine.last), person.last);
      const last = conversation.last;
      if (last !== null && (m.lastMessage === null || last.date > m.lastMessage.date)) {
        const fromOwner = lookUp(last.senderKey, conversation.participants)[0]?.owner === true;
        m.lastMessage = { date: last.date, from: fromOwner ? 'owner' : 'contact', snippet: last.snippet };
      }
    }
  }
}
