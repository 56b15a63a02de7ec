import { detach } from './detach.js';
import type { ConversationAggregate, MessagesSummary, Participant } from './types.js';

const SNIPPET_LENGTH = 160;

/** One message row, reduced to what the aggregates need. */
export interface MessageRow {
  title: string;
  sender: Participant;
  recipients: Participant[];
  date: string;
  content: string;
}

/**
 * Folds message rows into one aggregate per conversation, so memory grows with the
 * number of conversations, never with the number of messages.
 */
export class MessageAggregator {
  private readonly conversations = new Map<string, ConversationAggregate>();
  /** The previous row's. A conversation's rows come together in the files seen so far, so this often saves hashing the id. */
  private recent: ConversationAggregate | null = null;
  private rows = 0;
  private readonly skipped: Record<string, number> = {};

  skip(reason: string): void {
    this.skipped[reason] = (this.skipped[reason] ?? 0) + 1;
  }

  /** The conversation with this id, created empty the first time. */
  open(conversationId: string): ConversationAggregate {
    if (this.recent !== null && this.recent.id === conversationId) return this.recent;
    let conversation = this.conversations.get(conversationId);
    if (conversation === undefined) {
      const id = detach(conversationId);
      conversation = { id, title: '', participants: new Map(), bySender: new Map(), maxRecipients: 0, last: null };
      this.conversations.set(id, conversation);
    }
    this.recent = conversation;
    return conversation;
  }

  add(conversation: ConversationAggregate, row: MessageRow): void {
    this.rows++;
    if (conversation.title === '' && row.title !== '') conversation.title = detach(row.title);
    addParticipant(conversation, row.sender);
    for (const recipient of row.recipients) addParticipant(conversation, recipient);
    conversation.maxRecipients = Math.max(conversation.maxRecipients, row.recipients.length);

    const stats = conversation.bySender.get(row.sender.key);
    if (stats === undefined) {
      conversation.bySender.set(row.sender.key, { count: 1, first: row.date, last: row.date });
    } else {
      stats.count++;
      if (row.date < stats.first) stats.first = row.date;
      if (row.date > stats.last) stats.last = row.date;
    }
    if (conversation.last === null || row.date > conversation.last.date) {
      conversation.last = { date: row.date, senderKey: row.sender.key, snippet: snippet(row.content) };
    }
  }

  summary(): MessagesSummary {
    return { conversations: [...this.conversations.values()], rows: this.rows, skipped: { ...this.skipped } };
  }
}

function addParticipant(conversation: ConversationAggregate, person: Participant): void {
  if (!conversation.participants.has(person.key)) {
    conversation.participants.set(person.key, { key: detach(person.key), name: detach(person.name) });
  }
}

/** The first words of a message, with HTML tags and entities reduced to text. */
export function snippet(content: string): string {
  const text = content
    .slice(0, SNIPPET_LENGTH * 4)
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&(rsquo|lsquo|#39|apos);/g, "'")
    .replace(/&(quot|ldquo|rdquo);/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return detach(text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text);
}
