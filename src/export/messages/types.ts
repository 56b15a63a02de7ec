/**
 * messages.csv is never held in memory: it is streamed once and folded into one
 * aggregate per conversation. Who the owner is is decided after the pass, so
 * aggregates are kept per participant, not per "me / them".
 */

/** A participant of a conversation. `key` is a profile key, or `name:<lower-cased name>` when the row has no URL. */
export interface Participant {
  key: string;
  name: string;
}

export interface SenderStats {
  count: number;
  /** ISO date-times, UTC. */
  first: string;
  last: string;
}

export interface ConversationAggregate {
  id: string;
  title: string;
  /** Keys of everyone who sent or received in this conversation. */
  participants: Map<string, Participant>;
  /** Messages per sender key. */
  bySender: Map<string, SenderStats>;
  /** Distinct recipient keys seen on any single row, at most; > 1 means a group. */
  maxRecipients: number;
  /** The latest message: who sent it and its first characters, tags removed. */
  last: { date: string; senderKey: string; snippet: string } | null;
}

export interface MessagesSummary {
  conversations: ConversationAggregate[];
  /** Rows counted as messages. */
  rows: number;
  /** reason → rows set aside (spam, sponsored, draft, LinkedIn Member, …). */
  skipped: Record<string, number>;
}
