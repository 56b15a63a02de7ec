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

/**
 * One conversation, as read back from the summary. The summary stores conversations in columns
 * (aggregate.ts): each one read back is a new object, made when it is reached.
 */
export interface ConversationAggregate {
  id: string;
  title: string;
  /** Keys of everyone who sent or received in this conversation, in the order they were first met. */
  participants: ReadonlyMap<string, Participant>;
  /** Messages per sender key. */
  bySender: ReadonlyMap<string, SenderStats>;
  /** Distinct recipient keys seen on any single row, at most; > 1 means a group. */
  maxRecipients: number;
  /** The latest message: who sent it and its first characters, tags removed. */
  last: { date: string; senderKey: string; snippet: string } | null;
}

/** Conversations in the order they were first met, each made when the iteration reaches it. */
export interface Conversations extends Iterable<ConversationAggregate> {
  readonly length: number;
}

export interface MessagesSummary {
  conversations: Conversations;
  /** Rows counted as messages. */
  rows: number;
  /** reason → rows set aside (spam, sponsored, draft, LinkedIn Member, …). */
  skipped: Record<string, number>;
}
