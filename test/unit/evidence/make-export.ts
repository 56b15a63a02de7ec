/**
 * Small hand-built exports for the evidence tests. Every name here is invented.
 * The owner is Alex Kim (`in/alex-kim`) unless a test overrides it.
 */
import type { ConversationAggregate, MessagesSummary, Participant, SenderStats } from '../../../src/export/messages/types.js';
import type { Connection } from '../../../src/export/records.js';
import type { LinkedInExport, Owner } from '../../../src/export/types.js';

export const OWNER: Owner = { firstName: 'Alex', lastName: 'Kim', key: 'in/alex-kim', source: 'profile+messages' };
export const ME: Participant = { key: 'in/alex-kim', name: 'Alex Kim' };

export function makeExport(overrides: Partial<LinkedInExport> = {}): LinkedInExport {
  return {
    source: { path: '/tmp/export', type: 'folder' },
    exportDate: { date: null, from: null },
    files: [],
    missing: [],
    ignored: [],
    owner: OWNER,
    profile: null,
    connections: [],
    messages: null,
    invitations: [],
    endorsementsReceived: [],
    endorsementsGiven: [],
    recommendationsReceived: [],
    recommendationsGiven: [],
    addressBook: [],
    positions: [],
    skills: [],
    education: [],
    ...overrides,
  };
}

let line = 1;

/** A connection named `first last`, with a profile key made from the name unless given (null for old exports). */
export function makeConnection(first: string, last: string, overrides: Partial<Connection> = {}): Connection {
  const slug = `${first}-${last}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    firstName: first,
    lastName: last,
    key: `in/${slug}`,
    url: `https://www.linkedin.com/in/${slug}`,
    email: null,
    company: '',
    position: '',
    connectedOn: '2020-01-15',
    line: ++line,
    ...overrides,
  };
}

/** The messages participant for a connection (by key), or a `name:` participant when `byName`. */
export function who(c: Pick<Connection, 'firstName' | 'lastName' | 'key'>, byName = false): Participant {
  const name = `${c.firstName} ${c.lastName}`;
  return byName || c.key === null ? { key: `name:${name.toLowerCase()}`, name } : { key: c.key, name };
}

export interface Message {
  from: Participant;
  to: Participant[];
  date: string;
  text?: string;
}

/** Folds messages into one conversation aggregate, as the messages reader does. */
export function conversation(id: string, messages: Message[], title = ''): ConversationAggregate {
  const participants = new Map<string, Participant>();
  const bySender = new Map<string, SenderStats>();
  let maxRecipients = 0;
  let last: ConversationAggregate['last'] = null;
  for (const m of messages) {
    for (const p of [m.from, ...m.to]) if (!participants.has(p.key)) participants.set(p.key, p);
    maxRecipients = Math.max(maxRecipients, m.to.length);
    const stats = bySender.get(m.from.key);
    if (stats === undefined) bySender.set(m.from.key, { count: 1, first: m.date, last: m.date });
    else {
      stats.count++;
      if (m.date < stats.first) stats.first = m.date;
      if (m.date > stats.last) stats.last = m.date;
    }
    if (last === null || m.date >= last.date) last = { date: m.date, senderKey: m.from.key, snippet: m.text ?? 'hello' };
  }
  return { id, title, participants, bySender, maxRecipients, last };
}

export function summary(...conversations: ConversationAggregate[]): MessagesSummary {
  const rows = conversations.reduce((n, c) => n + [...c.bySender.values()].reduce((k, s) => k + s.count, 0), 0);
  return { conversations, rows, skipped: {} };
}

/** An ISO date-time on day `day` of January 2024, for message dates that only need an order. */
export const jan = (day: number, hour = 9): string => `2024-01-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;
