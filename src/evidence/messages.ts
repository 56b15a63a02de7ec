import type { ConversationAggregate, MessagesSummary, SenderStats } from '../export/messages/types.js';
import type { Owner } from '../export/types.js';
import { isGroupConversation } from './conversation-kind.js';
import { noteMatch, type MatchCounts } from './match-audit.js';
import { NAME_KEY_PREFIX } from './owner.js';
import { makeParticipantLookup, type Entry } from './participants.js';
import type { PeopleIndex } from './people-index.js';
import type { Unattributed } from './same-name.js';
import type { Evidence } from './types.js';

interface Stats {
  count: number;
  first: string | null;
  last: string | null;
}

/** The messages of one person (possibly under several participant keys) in one conversation. */
interface Person extends Stats {
  /** The connection index when joined; otherwise the profile key, or `name:<nameKey>` for a bare name. */
  id: number | string;
  index: number | null;
  /** `nameKey` of a person who is not joined, to fold a bare name into the person with a URL and that name. */
  name: string;
  /** The connections the name of a person who is not joined fits equally well (two or more), else none. */
  candidates: readonly number[];
}

type LastMessage = NonNullable<Evidence['messages']['lastMessage']>;
type BareName = [key: string, entry: Entry, stats: SenderStats | undefined];

const earlier = (a: string | null, b: string | null): string | null => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null): string | null => (a === null || (b !== null && b > a) ? b : a);

function personOf(others: Person[], id: number | string, entry: Pick<Entry, 'name' | 'candidates'>): Person {
  for (const p of others) if (p.id === id) return p;
  const person: Person = { id, index: typeof id === 'number' ? id : null, name: entry.name, candidates: entry.candidates, count: 0, first: null, last: null };
  others.push(person);
  return person;
}

function addStats(person: Stats, stats: SenderStats | undefined): void {
  if (stats === undefined) return;
  person.count += stats.count;
  person.first = earlier(person.first, stats.first);
  person.last = later(person.last, stats.last);
}

const JOINED = { name: '', candidates: [] } as const;

/**
 * The people of one conversation besides the owner, each once. Rows without URLs give a person a
 * `name:` key beside their profile key (2021–2022 files have sender URLs but no recipient URLs), so a
 * bare name folds into the joined connection of that name, else into the one other participant with
 * a URL and that name.
 */
function peopleOf(
  conversation: ConversationAggregate,
  lookUp: ReturnType<typeof makeParticipantLookup>,
  people: PeopleIndex,
  evidence: Evidence[],
  mine: Stats,
  others: Person[],
  bareNames: BareName[],
): void {
  bareNames.length = 0;
  for (const key of conversation.participants.keys()) {
    const entries = lookUp(key, conversation.participants);
    // A key that stands for a list of names never sends: its stats belong to nobody.
    const stats = entries.length === 1 ? conversation.bySender.get(key) : undefined;
    for (const entry of entries) {
      if (entry.owner) addStats(mine, stats);
      else if (entry.index !== null) {
        const target = evidence[entry.index];
        if (target !== undefined && entry.by !== null) noteMatch(target, 'messages', entry.by);
        addStats(personOf(others, entry.index, JOINED), stats);
      } else if (key.startsWith(NAME_KEY_PREFIX)) bareNames.push([key, entry, stats]);
      else addStats(personOf(others, key, entry), stats);
    }
  }
  for (const [key, entry, stats] of bareNames) {
    const named = (p: Person) => (p.index !== null ? people.nameKeys[p.index] === entry.name : p.name === entry.name);
    const withUrl = entry.name === '' ? [] : others.filter((p) => named(p) && !String(p.id).startsWith(NAME_KEY_PREFIX));
    const same = withUrl.length === 1 ? withUrl[0] : undefined;
    addStats(same ?? personOf(others, entry.name === '' ? key : `${NAME_KEY_PREFIX}${entry.name}`, entry), stats);
  }
}

/** Adds one conversation with `person` to an evidence: a group apart, a 1:1 conversation to the counts. */
function addConversation(target: Evidence, group: boolean, mine: Stats, person: Stats, last: LastMessage | null): void {
  const m = target.messages;
  if (group) {
    m.groupConversations++;
    m.groupMessages += person.count;
    return;
  }
  m.conversations++;
  m.sent += mine.count;
  m.received += person.count;
  // Two-way means a conversation: both wrote in the same thread, not one unanswered note each, years apart.
  m.twoWay ||= mine.count > 0 && person.count > 0;
  m.first = earlier(earlier(m.first, mine.first), person.first);
  m.last = later(later(m.last, mine.last), person.last);
  if (last !== null && (m.lastMessage === null || last.date > m.lastMessage.date)) m.lastMessage = last;
}

/**
 * Joins messages.csv, one conversation at a time. A conversation with the owner and one other
 * person is 1:1, whatever its title; with more it is a group, counted apart, never adding to
 * `sent`/`received`. A person whose name several connections share is credited to none of them:
 * `unattributed` keeps the conversation for each. `counts` tallies distinct people, not messages.
 */
export function joinMessages(
  summary: MessagesSummary | null,
  owner: Owner,
  people: PeopleIndex,
  evidence: Evidence[],
  counts: MatchCounts,
  unattributed: Unattributed,
): void {
  if (summary === null) return;
  const lookUp = makeParticipantLookup(owner, people, counts);
  // Reused for every conversation: 100,000 conversations should not mean 100,000 of each.
  const mine: Stats = { count: 0, first: null, last: null };
  const others: Person[] = [];
  const bareNames: BareName[] = [];
  const lastOf = (conversation: ConversationAggregate): LastMessage | null => {
    const last = conversation.last;
    if (last === null) return null;
    const from = lookUp(last.senderKey, conversation.participants)[0]?.owner === true ? 'owner' : 'contact';
    return { date: last.date, from, snippet: last.snippet };
  };

  for (const conversation of summary.conversations) {
    mine.count = 0;
    mine.first = mine.last = null;
    others.length = 0;
    peopleOf(conversation, lookUp, people, evidence, mine, others, bareNames);
    if (others.length === 0) continue;

    const group = isGroupConversation(others.length);
    // Only a 1:1 conversation can be someone's latest message.
    const lastMessage = group ? null : lastOf(conversation);
    for (const person of others) {
      const target = person.index === null ? undefined : evidence[person.index];
      if (target !== undefined) addConversation(target, group, mine, person, lastMessage);
      else if (person.candidates.length > 1) {
        const [me, them] = [{ ...mine }, { count: person.count, first: person.first, last: person.last }];
        const count = group ? { groupConversations: 1 } : { messages: me.count + them.count, conversations: 1 };
        unattributed.add(person.candidates, count, (e) => addConversation(e, group, me, them, lastMessage));
      }
    }
  }
}
