import type { Connection } from '../export/records.js';
import type { Evidence } from '../evidence/types.js';
import { wholeYearsBetween } from '../evidence/years.js';
import type { ClassifierContext } from '../plugin-api.js';

interface SignalSpec {
  type: 'number' | 'boolean';
  description: string;
}

/**
 * The flat facts a rule-set condition can test, one line each. This table is the single source for the
 * rule-set schema, the JSON Schema, `rules check` and the README: add signals, never change one's meaning.
 */
export const SIGNALS = {
  messages: { type: 'number', description: '1:1 messages, both directions' },
  messagesSent: { type: 'number', description: '1:1 messages you sent them' },
  messagesReceived: { type: 'number', description: '1:1 messages they sent you' },
  twoWay: { type: 'boolean', description: 'both of you wrote in the same 1:1 conversation' },
  oneWay: { type: 'boolean', description: '1:1 messages exist, but never both ways (one side wrote, the other never answered)' },
  conversations: { type: 'number', description: '1:1 conversations with them' },
  groupConversations: { type: 'number', description: 'group conversations you both belong to' },
  groupMessages: { type: 'number', description: 'messages they wrote in those group conversations' },
  yearsSinceLastMessage: { type: 'number', description: 'whole years from the last 1:1 message to today; null if none' },
  invitation: { type: 'boolean', description: 'an invitation between you is in Invitations.csv (it covers only the last ~10 months)' },
  invitationIncoming: { type: 'boolean', description: 'they invited you' },
  invitationOutgoing: { type: 'boolean', description: 'you invited them' },
  invitationWithNote: { type: 'boolean', description: 'the invitation carries a personal note' },
  endorsements: { type: 'number', description: 'endorsements, both directions' },
  endorsementsGiven: { type: 'number', description: 'skills you endorsed them for' },
  endorsementsReceived: { type: 'number', description: 'skills they endorsed you for' },
  recommendations: { type: 'number', description: 'recommendations, both directions' },
  recommendationsGiven: { type: 'number', description: 'recommendations you wrote for them' },
  recommendationsReceived: { type: 'number', description: 'recommendations they wrote for you' },
  sharedEmployer: { type: 'boolean', description: 'they work or worked at one of your employers (Positions.csv)' },
  addressBook: { type: 'boolean', description: 'they are in your imported address book (Contacts.csv)' },
  emailVisible: { type: 'boolean', description: 'the export shows their e-mail address (they allowed it)' },
  yearsConnected: { type: 'number', description: 'whole years since you connected; null if the date is unknown' },
  closeness: { type: 'number', description: 'how close their position is to your headline, positions and skills, 0 to 1' },
  school: { type: 'boolean', description: 'one of your schools (Education.csv) appears in their company or position' },
} as const satisfies Record<string, SignalSpec>;

export type SignalName = keyof typeof SIGNALS;
export type NumberSignal = { [K in SignalName]: (typeof SIGNALS)[K]['type'] extends 'number' ? K : never }[SignalName];
export type BooleanSignal = Exclude<SignalName, NumberSignal>;

/** One contact's signals. null means unknown, and satisfies no test. */
export type Signals = { [K in NumberSignal]: number | null } & { [K in BooleanSignal]: boolean | null };

export const SIGNAL_NAMES = Object.keys(SIGNALS) as SignalName[];

export const isSignalName = (name: string): name is SignalName => Object.hasOwn(SIGNALS, name);

export const isNumberSignal = (name: SignalName): name is NumberSignal => SIGNALS[name].type === 'number';

/**
 * One contact's signals, exactly as rule sets test them: exported so that a plugin computes `oneWay`
 * or `yearsSinceLastMessage` as the rules do. The contact is taken for signals to come that read it.
 */
export function signalsOf(_contact: Connection, evidence: Evidence, ctx: ClassifierContext): Signals {
  return toSignals(evidence, ctx);
}

export function toSignals(evidence: Evidence, ctx: ClassifierContext): Signals {
  const { messages, invitation, endorsements, recommendations } = evidence;
  const total = messages.sent + messages.received;
  return {
    messages: total,
    messagesSent: messages.sent,
    messagesReceived: messages.received,
    twoWay: messages.twoWay,
    oneWay: total > 0 && !messages.twoWay,
    conversations: messages.conversations,
    groupConversations: messages.groupConversations,
    groupMessages: messages.groupMessages,
    yearsSinceLastMessage: messages.last === null ? null : wholeYearsBetween(messages.last, ctx.today),
    invitation: invitation !== null,
    invitationIncoming: invitation?.direction === 'incoming',
    invitationOutgoing: invitation?.direction === 'outgoing',
    invitationWithNote: invitation?.withNote ?? false,
    endorsements: endorsements.given + endorsements.received,
    endorsementsGiven: endorsements.given,
    endorsementsReceived: endorsements.received,
    recommendations: recommendations.given + recommendations.received,
    recommendationsGiven: recommendations.given,
    recommendationsReceived: recommendations.received,
    sharedEmployer: evidence.sharedEmployer !== null,
    addressBook: evidence.addressBook !== null,
    emailVisible: evidence.emailVisible,
    yearsConnected: evidence.yearsConnected,
    closeness: evidence.closeness,
    school: evidence.school !== null,
  };
}
