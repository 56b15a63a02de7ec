import type { Connection } from '../export/records.js';
import type { Evidence } from '../evidence/types.js';
import { SIGNALS, isNumberSignal, isSignalName, type Signals } from './signals.js';
import { suggest } from './issues.js';

/**
 * Reason templates cite the evidence with `{placeholder}`: any signal name, or one of these.
 * `{signal:one|other}` picks a word by a number signal: `{messages} {messages:message|messages}`.
 */
export const EVIDENCE_PLACEHOLDERS = {
  name: 'their full name',
  company: 'their company, from Connections.csv',
  position: 'their position, from Connections.csv',
  connectedOn: 'the day you connected, YYYY-MM-DD',
  firstMessage: 'day of the first 1:1 message, YYYY-MM-DD',
  lastMessage: 'day of the last 1:1 message, YYYY-MM-DD',
  lastMessageFrom: 'who wrote the last 1:1 message: "you" or "them"',
  employer: 'the employer you share, as you wrote it in Positions.csv',
  schoolName: 'the school you share',
  skillsGiven: 'skills you endorsed them for, comma-separated',
  skillsReceived: 'skills they endorsed you for, comma-separated',
  note: 'the invitation note, shortened to 80 characters',
  invitationDate: 'day of the invitation, YYYY-MM-DD',
  invitationFrom: 'who sent the invitation: "you" or "them"',
  addressBookMatch: 'how the address-book entry matched: "e-mail" or "name"',
  closenessTerms: 'the words that made their position close to yours',
} as const;

type EvidencePlaceholder = keyof typeof EVIDENCE_PLACEHOLDERS;
export type PlaceholderValues = Record<string, string>;

const PLACEHOLDER = /\{([^{}]*)\}/g;
const INNER = /^([A-Za-z]+)(?::([^|]*)\|(.*))?$/;
const UNKNOWN = 'unknown';

/** What is wrong with a template, one message per problem; empty when it is fine. */
export function checkTemplate(template: string): string[] {
  const problems: string[] = [];
  for (const [whole, inner] of template.matchAll(PLACEHOLDER)) {
    const match = INNER.exec(inner ?? '');
    const key = match?.[1];
    if (match === null || key === undefined) {
      problems.push(`malformed placeholder ${whole}: use {name} or {name:one|other}`);
    } else if (!isSignalName(key) && !Object.hasOwn(EVIDENCE_PLACEHOLDERS, key)) {
      const hint = suggest(key, [...Object.keys(SIGNALS), ...Object.keys(EVIDENCE_PLACEHOLDERS)]);
      problems.push(`unknown placeholder {${key}}${hint === undefined ? '' : ` (did you mean {${hint}}?)`}`);
    } else if (match[2] !== undefined && !(isSignalName(key) && isNumberSignal(key))) {
      problems.push(`{${key}:…|…} needs a number signal; ${key} is not one`);
    }
  }
  if (/[{}]/.test(template.replace(PLACEHOLDER, ''))) problems.push('unmatched { or }');
  return problems;
}

/** Compile a template that passed checkTemplate into a function that fills it. */
export function compileTemplate(template: string): (values: PlaceholderValues, signals: Signals) => string {
  return (values, signals) =>
    template.replace(PLACEHOLDER, (_whole, inner: string) => {
      const [, key = '', one, other] = INNER.exec(inner) ?? [];
      if (one === undefined || other === undefined) return values[key] ?? UNKNOWN;
      return isSignalName(key) && signals[key] === 1 ? one : other;
    });
}

/** Every placeholder's text for one contact. Unknown values read "unknown". */
export function placeholderValues(contact: Connection, evidence: Evidence, signals: Signals): PlaceholderValues {
  const values: PlaceholderValues = {};
  for (const [key, value] of Object.entries(signals)) {
    values[key] = value === null ? UNKNOWN : typeof value === 'boolean' ? (value ? 'yes' : 'no') : formatNumber(value);
  }
  const { messages, invitation, endorsements } = evidence;
  const evidenceValues: Record<EvidencePlaceholder, string | null> = {
    name: `${contact.firstName} ${contact.lastName}`.trim(),
    company: contact.company,
    position: contact.position,
    connectedOn: contact.connectedOn,
    firstMessage: day(messages.first),
    lastMessage: day(messages.last),
    lastMessageFrom: messages.lastMessage === null ? null : messages.lastMessage.from === 'owner' ? 'you' : 'them',
    employer: evidence.sharedEmployer,
    schoolName: evidence.school,
    skillsGiven: list(endorsements.skillsGiven),
    skillsReceived: list(endorsements.skillsReceived),
    note: invitation === null ? null : shorten(invitation.note, 80),
    invitationDate: day(invitation?.sentAt ?? null),
    invitationFrom: invitation === null ? null : invitation.direction === 'incoming' ? 'them' : 'you',
    addressBookMatch: evidence.addressBook === null ? null : evidence.addressBook === 'email' ? 'e-mail' : 'name',
    closenessTerms: list(evidence.closenessTerms),
  };
  for (const [key, value] of Object.entries(evidenceValues)) values[key] = value ?? UNKNOWN;
  return values;
}

const formatNumber = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const day = (iso: string | null): string | null => (iso === null ? null : iso.slice(0, 10));
const list = (items: string[]): string => (items.length === 0 ? 'none' : items.join(', '));

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
