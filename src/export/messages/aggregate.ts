import { copyOf, TextCache, textOf } from './bytes.js';
import { isoOf } from './message-date.js';
import type { ConversationAggregate, MessagesSummary, Participant, SenderStats } from './types.js';

const SNIPPET_LENGTH = 160;
/** The part of a message a snippet can come from: tags and entities shrink, so a few times the snippet. */
const SNIPPET_SOURCE = SNIPPET_LENGTH * 4;
/** Bytes enough for SNIPPET_SOURCE characters of any text: a UTF-16 code unit takes at most 3 bytes of UTF-8 (or of a doubled quote). */
const SNIPPET_SOURCE_BYTES = SNIPPET_SOURCE * 3 + 3;
/** Enough recipient lists for a group chat where everyone writes; past it, participants are simply looked up. */
const REMEMBERED_LISTS = 8;

/**
 * One message row, reduced to what the aggregates need. `date` is a messageDate() number; the strings
 * are byte strings (bytes.ts), but for the participants' keys.
 */
export interface MessageRow {
  title: string;
  sender: Participant;
  recipients: Participant[];
  date: number;
  content: string;
  /** `content` as the file writes it, doubled quotes not undone yet: only the last message's are ever undone. */
  contentEscaped: boolean;
}

interface SenderCount {
  count: number;
  first: number;
  last: number;
}

/**
 * A conversation while the file is read; summary() turns it into a ConversationAggregate. Dates are
 * messageDate() numbers until then. The rows of a conversation come in date order, so nearly every row
 * is the latest: its text is only pointed at, and made into the snippet once the conversation's rows
 * move on (a copy, so that no slice keeps a decoded chunk alive).
 */
export interface OpenConversation {
  /** The CONVERSATION ID as a byte string, as rows name it. */
  readonly key: string;
  readonly id: string;
  title: string;
  participants: Map<string, Participant>;
  bySender: Map<string, SenderCount>;
  maxRecipients: number;
  /** -1 until a row is added. */
  lastDate: number;
  lastSenderKey: string;
  /** The latest message's bytes, until they are made into `snippet`. */
  lastContent: string | null;
  lastContentEscaped: boolean;
  snippet: string;
}

/**
 * Most distinct conversations read from one messages.csv. Each costs about a kilobyte until the
 * evidence is built; heavy real inboxes hold tens of thousands. Past this the file is not a real
 * export, and memory would run out before it ends.
 */
export const MAX_CONVERSATIONS = 2_000_000;

/** Thrown by MessageAggregator.open() past its cap; read-messages.ts names the file and line. */
export class TooManyConversations extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} conversations`);
  }
}

/**
 * Folds message rows into one aggregate per conversation, so memory grows with the
 * number of conversations, never with the number of messages (and those are capped).
 */
export class MessageAggregator {
  private readonly conversations = new Map<string, OpenConversation>();
  /** The previous row's. A conversation's rows come together in the files seen so far, so this often saves hashing the id. */
  private recent: OpenConversation | null = null;
  /**
   * The recipient lists added to `recent`. RowParticipants hands out the same list for rows alike, so a
   * repeat adds no one. One array, emptied in place: their names are slices of chunks, and an array
   * dropped into the old generation would keep those chunks alive until the next full GC.
   */
  private readonly lists: Participant[][] = [];
  /** Titles and names, decoded once however many conversations carry them. */
  private readonly strings = new TextCache();
  private rows = 0;
  private readonly skipped: Record<string, number> = {};

  constructor(private readonly maxConversations = MAX_CONVERSATIONS) {}

  skip(reason: string): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }

  /** The conversation with this id (a byte string), created empty the first time. */
  open(conversationId: string): OpenConversation {
    const recent = this.recent;
    if (recent !== null && recent.key === conversationId) return recent;
    if (recent !== null) leave(recent);
    this.lists.length = 0;
    let conversation = this.conversations.get(conversationId);
    if (conversation === undefined) {
      if (this.conversations.size >= this.maxConversations) throw new TooManyConversations(this.maxConversations);
      const key = copyOf(conversationId);
      conversation = {
        key,
        id: textOf(conversationId),
        title: '',
        participants: new Map(),
        bySender: new Map(),
        maxRecipients: 0,
        lastDate: -1,
        lastSenderKey: '',
        lastContent: null,
        lastContentEscaped: false,
        snippet: '',
      };
      this.conversations.set(key, conversation);
    }
    this.recent = conversation;
    return conversation;
  }

  /** Keeps the values of `row`, never `row` itself: the caller fills the same object for every row. */
  add(conversation: OpenConversation, row: MessageRow): void {
    this.rows++;
    if (conversation.title === '' && row.title !== '') conversation.title = this.strings.get(row.title);
    const { sender, recipients, date } = row;
    this.addParticipant(conversation, sender);
    const recent = conversation === this.recent;
    if (!recent || !this.lists.includes(recipients)) {
      for (const recipient of recipients) this.addParticipant(conversation, recipient);
      if (recipients.length > conversation.maxRecipients) conversation.maxRecipients = recipients.length;
      if (recent && this.lists.length < REMEMBERED_LISTS) this.lists.push(recipients);
    }

    const stats = conversation.bySender.get(sender.key);
    if (stats === undefined) {
      conversation.bySender.set(sender.key, { count: 1, first: date, last: date });
    } else {
      stats.count++;
      if (date < stats.first) stats.first = date;
      if (date > stats.last) stats.last = date;
    }
    if (date > conversation.lastDate) {
      conversation.lastDate = date;
      conversation.lastSenderKey = sender.key;
      conversation.lastContent = row.content;
      conversation.lastContentEscaped = row.contentEscaped;
    }
  }

  summary(): MessagesSummary {
    const conversations: ConversationAggregate[] = [];
    // A conversation's dates, written once each: a sender's first and last are often the same, and the latest is someone's last.
    const dates = new Map<number, string>();
    const iso = (n: number) => {
      let text = dates.get(n);
      if (text === undefined) dates.set(n, (text = isoOf(n)));
      return text;
    };
    for (const c of this.conversations.values()) {
      leave(c);
      dates.clear();
      // The same Map, its counts replaced by their public form: a new Map per conversation would be old-generation garbage until the next full GC.
      const bySender = c.bySender as Map<string, SenderCount | SenderStats>;
      for (const [key, s] of c.bySender) bySender.set(key, { count: s.count, first: iso(s.first), last: iso(s.last) });
      const last = c.lastDate < 0 ? null : { date: iso(c.lastDate), senderKey: c.lastSenderKey, snippet: c.snippet };
      conversations.push({
        id: c.id,
        title: c.title,
        participants: c.participants,
        bySender: bySender as Map<string, SenderStats>,
        maxRecipients: c.maxRecipients,
        last,
      });
    }
    return { conversations, rows: this.rows, skipped: { ...this.skipped } };
  }

  /** Keys come from ParticipantKeys, and are shared; names are byte strings, slices of the row. */
  private addParticipant(conversation: OpenConversation, person: Participant): void {
    if (!conversation.participants.has(person.key)) {
      conversation.participants.set(person.key, { key: person.key, name: this.strings.get(person.name) });
    }
  }
}

function leave(conversation: OpenConversation): void {
  if (conversation.lastContent === null) return;
  // A doubled quote is two bytes for one character, no more than a character of three bytes.
  const raw = conversation.lastContent.slice(0, SNIPPET_SOURCE_BYTES);
  conversation.snippet = snippet(textOf(conversation.lastContentEscaped ? raw.replaceAll('""', '"') : raw));
  conversation.lastContent = null;
}

/** The first words of a message, with HTML tags and entities reduced to text. */
export function snippet(content: string): string {
  const text = content
    .slice(0, SNIPPET_SOURCE)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&(rsquo|lsquo|#39|apos);/g, "'")
    .replace(/&(quot|ldquo|rdquo);/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
}
