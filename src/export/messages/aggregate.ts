import { TextCache, textOf } from './bytes.js';
import { StringColumn } from '../files/string-column.js';
import { IdTable } from './id-table.js';
import { Snippets } from './snippets.js';
import { StringPages } from './string-pages.js';
import { PagedFloat64, PagedInt32 } from '../../util/typed-arrays.js';
import { runtime } from '../../launch/runtime.js';
import { isoOf } from './message-date.js';
import type { ConversationAggregate, Conversations, MessagesSummary, Participant, SenderStats } from './types.js';

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

/**
 * Most distinct conversations read from one messages.csv. Each costs a hundred-odd bytes until the
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

/** Conversations past which the aggregates alone hold a large heap to the end: ten times a heavy real inbox. */
const LARGE_HEAP = 250_000;

/** A sender's numbers in MessageAggregator's `stats`: how many there are, and where each is. */
const STATS = 3;
const COUNT = 0;
const FIRST = 1;
const LAST = 2;

/** Past this many participants a conversation finds them through a Map rather than its list. */
const LISTED_PARTICIPANTS = 16;

/**
 * Folds message rows into one aggregate per conversation, so memory grows with the
 * number of conversations, never with the number of messages (and those are capped).
 *
 * The aggregates are columns, not objects: a million distinct conversations made a million objects,
 * each with two Maps, a stats object per sender and ISO date strings, about a kilobyte each (1.5 GB
 * for audit, issue 15). Here a conversation is an index into a few arrays, and each of its participants
 * an entry in a list of participations (its key, its name, its messages and their first and last
 * dates as messageDate() numbers), chained per conversation in the order they were met.
 */
export class MessageAggregator {
  // One entry per conversation.
  private readonly ids = new IdTable();
  /** Titles, for the conversations that have one (group chats, mostly). */
  private readonly titles = new Map<number, string>();
  /** Set in any order while the file is read: a conversation's rows need not come together. */
  private readonly snippets = new Snippets();
  /**
   * The participation that sent the latest message, plus one (0 before any). Its last date is the
   * conversation's: no column of latest dates (8 MB for a million conversations, issue 15).
   */
  private readonly lastSenders = new PagedInt32();
  private readonly maxRecipients = new PagedInt32();
  private readonly heads = new PagedInt32();
  private readonly tails = new PagedInt32();
  private readonly sizes = new PagedInt32();
  // One entry per participant of a conversation.
  private readonly keys = new StringPages();
  /** End to end, not a string each: a million strangers' names held 53 bytes apiece of heap as an array of strings (issue 15). */
  private readonly names = new StringColumn();
  /**
   * Each participation's row among the senders, plus one; 0 for one that never sent. Half the
   * participations of a million one-message conversations never send: a count and two dates for
   * each of them were 20 MB (issue 15).
   */
  private readonly sent = new PagedInt32();
  private readonly nexts = new PagedInt32();
  /**
   * Three numbers per participation that sent: its messages and their first and last dates, side by
   * side. Rows in random order reach a sender's at random: in three columns that was three cache
   * misses a row, and three more for the latest message's date.
   */
  private readonly stats = new PagedFloat64();
  private senders = 0;
  /** key → participation, for conversations with more than LISTED_PARTICIPANTS. */
  private readonly crowded = new Map<number, Map<string, number>>();

  /** The previous row's. A conversation's rows come together in the files seen so far, so this often saves hashing the id. */
  private recent = -1;
  /**
   * The latest message's bytes in `recent`, until they are made into its snippet. The rows of a
   * conversation come in date order, so nearly every row is the latest: its text is only pointed at,
   * and made into the snippet once the conversation's rows move on (a copy, so that no slice keeps a
   * decoded chunk alive).
   */
  private pendingContent: string | null = null;
  private pendingEscaped = false;
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
  open(conversationId: string): number {
    const ids = this.ids;
    if (this.recent >= 0 && ids.is(this.recent, conversationId)) return this.recent;
    let conversation = ids.find(conversationId);
    if (conversation < 0) {
      if (ids.size >= this.maxConversations) throw new TooManyConversations(this.maxConversations);
      conversation = ids.add(conversationId);
      if (conversation === LARGE_HEAP) runtime().largeHeap();
      if (conversation >= this.sizes.capacity) {
        const size = conversation + 1;
        for (const column of [this.lastSenders, this.maxRecipients, this.heads, this.tails, this.sizes]) column.reserve(size);
      }
      this.heads.set(conversation, -1);
      this.tails.set(conversation, -1);
    }
    this.enter(conversation);
    return conversation;
  }

  /** The previous row's conversation if it has this id (a byte string), else -1: what open() finds without hashing. */
  recentWith(conversationId: string): number {
    return this.recent >= 0 && this.ids.is(this.recent, conversationId) ? this.recent : -1;
  }

  /** Conversations opened so far. */
  get size(): number {
    return this.ids.size;
  }

  /** The rows move on to `conversation`, an index open() gave: what open() does once it has found it. */
  enter(conversation: number): void {
    if (conversation === this.recent) return;
    this.leave();
    this.lists.length = 0;
    this.recent = conversation;
  }

  /** Whether the conversation still has no title: only then does a row's title count. */
  untitled(conversation: number): boolean {
    return !this.titles.has(conversation);
  }

  /**
   * Keeps the values of `row`, never `row` itself: the caller fills the same object for every row.
   * Returns the sender's participation, for addFrom() to count the rows alike.
   */
  add(conversation: number, row: MessageRow): number {
    const { sender, recipients } = row;
    const from = this.participation(conversation, sender);
    const recent = conversation === this.recent;
    if (!recent || !this.lists.includes(recipients)) {
      for (const recipient of recipients) this.participation(conversation, recipient);
      if (recipients.length > this.maxRecipients.get(conversation)) this.maxRecipients.set(conversation, recipients.length);
      if (recent && this.lists.length < REMEMBERED_LISTS) this.lists.push(recipients);
    }
    this.addFrom(conversation, from, row);
    return from;
  }

  /**
   * A row of a kind add() has met (row-kinds.ts): the same conversation, sender and recipients, so
   * no one is added, and `from` is the sender's participation add() returned. `row.sender` and
   * `row.recipients` are not read.
   */
  addFrom(conversation: number, from: number, row: MessageRow): void {
    this.rows++;
    if (row.title !== '' && !this.titles.has(conversation)) this.titles.set(conversation, this.strings.get(row.title));
    const date = row.date;
    const recent = conversation === this.recent;
    const { stats, sent } = this;
    // Read before this row moves the last date of the participation it names.
    const lastSender = this.lastSenders.get(conversation);
    const latest = lastSender === 0 ? -1 : stats.get(STATS * (sent.get(lastSender - 1) - 1) + LAST);
    const senderRow = sent.get(from) - 1;
    if (senderRow < 0) {
      const added = this.senders++;
      const at = STATS * added;
      if (at + STATS > stats.capacity) stats.reserve(at + STATS);
      sent.set(from, added + 1);
      stats.set(at + COUNT, 1);
      stats.set(at + FIRST, date);
      stats.set(at + LAST, date);
    } else {
      const at = STATS * senderRow;
      stats.set(at + COUNT, stats.get(at + COUNT) + 1);
      if (date < stats.get(at + FIRST)) stats.set(at + FIRST, date);
      if (date > stats.get(at + LAST)) stats.set(at + LAST, date);
    }
    if (date > latest) {
      this.lastSenders.set(conversation, from + 1);
      if (recent) {
        this.pendingContent = row.content;
        this.pendingEscaped = row.contentEscaped;
      } else this.snippets.set(conversation, snippetOf(row.content, row.contentEscaped));
    }
  }

  summary(): MessagesSummary {
    this.leave();
    this.ids.seal();
    const conversations = new ConversationTable(this.columns(), this.ids);
    return { conversations, rows: this.rows, skipped: { ...this.skipped } };
  }

  /** What the table reads: the columns, as they stand when the file is read. */
  columns() {
    const { snippets, titles, lastSenders, maxRecipients, heads, keys, names, sent, stats, nexts } = this;
    return { titles, snippets, lastSenders, maxRecipients, heads, keys, names, sent, stats, nexts };
  }

  /** The participation of `person` in `conversation`, added the first time. Keys come from ParticipantKeys, and are shared; names are byte strings, slices of the row. */
  private participation(conversation: number, person: Participant): number {
    const key = person.key;
    const { heads, nexts, keys } = this;
    const size = this.sizes.get(conversation);
    if (size > LISTED_PARTICIPANTS) {
      const found = this.crowded.get(conversation)?.get(key);
      if (found !== undefined) return found;
    } else {
      for (let p = heads.get(conversation); p >= 0; p = nexts.get(p)) if (keys.at(p) === key) return p;
    }
    const p = keys.length;
    keys.push(key);
    this.names.push(this.strings.get(person.name));
    if (p >= nexts.capacity) for (const column of [this.sent, nexts]) column.reserve(p + 1);
    nexts.set(p, -1);
    if (heads.get(conversation) < 0) heads.set(conversation, p);
    else nexts.set(this.tails.get(conversation), p);
    this.tails.set(conversation, p);
    this.sizes.set(conversation, size + 1);
    if (size + 1 > LISTED_PARTICIPANTS) {
      let byKey = this.crowded.get(conversation);
      if (byKey === undefined) {
        byKey = new Map();
        for (let q = heads.get(conversation); q >= 0; q = nexts.get(q)) byKey.set(keys.at(q), q);
        this.crowded.set(conversation, byKey);
      } else byKey.set(key, p);
    }
    return p;
  }

  /** The rows move on from `recent`: its latest message becomes its snippet. */
  private leave(): void {
    if (this.pendingContent === null) return;
    this.snippets.set(this.recent, snippetOf(this.pendingContent, this.pendingEscaped));
    this.pendingContent = null;
  }
}

function snippetOf(content: string, escaped: boolean): string {
  // A doubled quote is two bytes for one character, no more than a character of three bytes.
  const raw = content.slice(0, SNIPPET_SOURCE_BYTES);
  return snippet(textOf(escaped ? raw.replaceAll('""', '"') : raw));
}

type Columns = ReturnType<MessageAggregator['columns']>;

/** The conversations of a summary, read back one object at a time from the aggregator's columns. */
class ConversationTable implements Conversations {
  readonly length: number;

  constructor(
    private readonly c: Columns,
    private ids: IdTable | null,
  ) {
    this.length = ids?.size ?? 0;
  }

  *[Symbol.iterator](): Iterator<ConversationAggregate> {
    for (let i = 0; i < this.length; i++) yield new StoredConversation(this.c, this, i);
  }

  idOf(i: number): string {
    if (this.ids === null) throw new Error('the conversation ids of this export were let go (letGoOfConversationIds)');
    return this.ids.text(i);
  }

  letGoOfIds(): void {
    this.ids = null;
  }
}

/**
 * Lets go of the conversation ids of `summary`, when this module made it: after the fold nothing reads
 * them but `ConversationAggregate.id`, which then throws. A million ids are about 50 MB of arrays
 * (issue 15). For a caller that owns the export and hands out no conversation: analyse().
 */
export function letGoOfConversationIds(summary: MessagesSummary | null): void {
  if (summary?.conversations instanceof ConversationTable) summary.conversations.letGoOfIds();
}

/**
 * One conversation of the columns; its id, Maps and dates are made when first asked for (export-date.ts only
 * wants the last date, and nothing in netprune reads the id).
 */
class StoredConversation implements ConversationAggregate {
  readonly title: string;
  readonly maxRecipients: number;
  private people: Map<string, Participant> | undefined;
  private senders: Map<string, SenderStats> | undefined;

  constructor(
    private readonly c: Columns,
    private readonly table: ConversationTable,
    private readonly i: number,
  ) {
    this.title = c.titles.get(i) ?? '';
    this.maxRecipients = c.maxRecipients.get(i);
  }

  get id(): string {
    return this.table.idOf(this.i);
  }

  get participants(): ReadonlyMap<string, Participant> {
    if (this.people === undefined) {
      this.people = new Map();
      const { heads, nexts, keys, names } = this.c;
      for (let p = heads.get(this.i); p >= 0; p = nexts.get(p)) {
        const key = keys.at(p);
        this.people.set(key, { key, name: names.at(p)! });
      }
    }
    return this.people;
  }

  get bySender(): ReadonlyMap<string, SenderStats> {
    if (this.senders === undefined) {
      this.senders = new Map();
      const { heads, nexts, keys, sent, stats } = this.c;
      for (let p = heads.get(this.i); p >= 0; p = nexts.get(p)) {
        // A participant who never sent has no count: bySender leaves them out.
        const at = STATS * (sent.get(p) - 1);
        if (at >= 0) this.senders.set(keys.at(p), { count: stats.get(at + COUNT), first: isoOf(stats.get(at + FIRST)), last: isoOf(stats.get(at + LAST)) });
      }
    }
    return this.senders;
  }

  get last(): ConversationAggregate['last'] {
    const sender = this.c.lastSenders.get(this.i) - 1;
    if (sender < 0) return null;
    return {
      date: isoOf(this.c.stats.get(STATS * (this.c.sent.get(sender) - 1) + LAST)),
      senderKey: this.c.keys.at(sender),
      snippet: this.c.snippets.at(this.i),
    };
  }
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
