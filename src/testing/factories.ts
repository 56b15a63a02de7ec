import { blankEvidence } from '../evidence/blank.js';
import type { ClassifierContext, Connection, Evidence } from '../plugin-api.js';

type Invitation = NonNullable<Evidence['invitation']>;

/** What a test says of a contact's evidence: only what the case is about; the rest is "no trace at all". */
export interface EvidenceOverrides extends Partial<Omit<Evidence, 'messages' | 'invitation' | 'endorsements' | 'recommendations'>> {
  messages?: Partial<Evidence['messages']>;
  invitation?: Partial<Invitation> | null;
  endorsements?: Partial<Evidence['endorsements']>;
  recommendations?: Partial<Evidence['recommendations']>;
}

/** The day of the last 1:1 message when a case has messages but does not say when. */
const DEFAULT_LAST_MESSAGE = '2025-03-02T09:30:00Z';

/**
 * Evidence for a test: a connection nobody ever talked to, with what the case gives merged in. Unless
 * given, `twoWay` is "both sides wrote", `conversations` is 1 when there are messages, `first`/`last`
 * are 2025-03-02 when there are messages, and an invitation's `withNote` follows its `note`.
 */
export function makeEvidence(overrides: EvidenceOverrides = {}): Evidence {
  const { messages = {}, invitation = null, endorsements = {}, recommendations = {}, ...rest } = overrides;
  const sent = messages.sent ?? 0;
  const received = messages.received ?? 0;
  const any = sent + received > 0;
  const blank = blankEvidence();
  return {
    ...blank,
    messages: {
      ...blank.messages,
      sent,
      received,
      twoWay: sent > 0 && received > 0,
      conversations: any ? 1 : 0,
      first: any ? DEFAULT_LAST_MESSAGE : null,
      last: any ? DEFAULT_LAST_MESSAGE : null,
      ...messages,
    },
    invitation:
      invitation === null ? null : { direction: 'incoming', sentAt: '2025-01-10T08:00:00Z', note: '', withNote: (invitation.note ?? '') !== '', ...invitation },
    endorsements: { ...blank.endorsements, ...endorsements },
    recommendations: { ...blank.recommendations, ...recommendations },
    // Blank evidence knows no connection date; a test's contact is connected three years by default.
    yearsConnected: 3,
    ...rest,
  };
}

/** A connection for a test: Jane Doe, Product Designer at Fabrikam, connected 2022-04-18, with what the case gives. */
export function makeConnection(overrides: Partial<Connection> = {}): Connection {
  return {
    firstName: 'Jane',
    lastName: 'Doe',
    key: 'in/jane-doe',
    url: 'https://www.linkedin.com/in/jane-doe',
    email: null,
    company: 'Fabrikam',
    position: 'Product Designer',
    connectedOn: '2022-04-18',
    line: 5,
    ...overrides,
  };
}

/** The context for a test: an owner who is a backend engineer, today 2025-06-01, no earlier decisions. */
export function makeContext(overrides: Partial<ClassifierContext> = {}): ClassifierContext {
  return {
    owner: { firstName: 'Alex', lastName: 'Kim', headline: 'Backend engineer', positions: [], skills: ['TypeScript'] },
    today: '2025-06-01',
    decisions: new Map(),
    ...overrides,
  };
}
