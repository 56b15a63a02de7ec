import type { Connection } from '../export/records.js';
import type { Evidence } from '../evidence/types.js';
import { SIGNALS, isNumberSignal, isSignalName, type Signals } from './signals.js';
import { suggest } from './issues.js';
import { dayOf } from '../util/iso-date.js';
import { ENGLISH_FOR_JSON, createTranslator, type Message } from '../i18n/translator.js';
import type { Language } from '../i18n/language.js';
import { wholePlural } from '../i18n/whole-numbers.js';

/**
 * Reason templates cite the evidence with `{placeholder}`: any signal name, or one of these.
 * `{signal:one|other}` picks a word by a number signal: `{messages} {messages:message|messages}`.
 * `{{` and `}}` write literal braces.
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

const KEY = /^[A-Za-z]+$/;

/**
 * How a reason writes what it cites in one language: its words for yes, no, unknown…, its numbers and
 * days, and which counts take the singular word of `{count:one|other}` (French: 0 and 1).
 */
export interface ReasonWords {
  readonly yes: string;
  readonly no: string;
  readonly unknown: string;
  readonly none: string;
  readonly you: string;
  readonly them: string;
  readonly email: string;
  readonly name: string;
  number(n: number): string;
  /** A `YYYY-MM-DD` day. */
  day(day: string): string;
  isOne(n: number): boolean;
}

/** English reasons write what they always wrote: plain integers and `YYYY-MM-DD` days, which scripts may read. */
const ENGLISH: ReasonWords = {
  yes: 'yes',
  no: 'no',
  unknown: 'unknown',
  none: 'none',
  you: 'you',
  them: 'them',
  email: 'e-mail',
  name: 'name',
  number: (n) => (Number.isInteger(n) ? String(n) : n.toFixed(2)),
  day: (day) => day,
  isOne: (n) => n === 1,
};

/** The words of reasons in a language; the French ones come from the catalogue (`reason.value.*`). */
export function reasonWords(language: Language): ReasonWords {
  if (language === 'en') return ENGLISH;
  const t = createTranslator(language);
  // Made on first use, as the translator's are (i18n/whole-numbers.ts): whole numbers need neither.
  let plurals: Intl.PluralRules | undefined;
  let decimals: Intl.NumberFormat | undefined;
  return {
    yes: t('reason.value.yes'),
    no: t('reason.value.no'),
    unknown: t('reason.value.unknown'),
    none: t('reason.value.none'),
    you: t('reason.value.you'),
    them: t('reason.value.them'),
    email: t('reason.value.email'),
    name: t('reason.value.name'),
    number: (n) =>
      Number.isInteger(n) ? t.number(n) : (decimals ??= new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 })).format(n),
    day: (day) => t.date(day),
    isOne: (n) => (wholePlural(language, n) ?? (plurals ??= new Intl.PluralRules(language)).select(n)) === 'one',
  };
}

interface Placeholder {
  key: string;
  /** `{key:one|other}`: the words to pick between by the number signal `key`. */
  choice?: { one: string; other: string };
}

interface ParsedTemplate {
  /** Literal text around the placeholders: one more than there are placeholders. */
  literals: string[];
  placeholders: Placeholder[];
  problems: Message[];
}

/**
 * The one reading of a template, for `rules check` and for classifying alike: text, `{{` and `}}` for
 * literal braces, `{key}`, and `{key:one|other}`. Every problem is listed; one is never half-read.
 */
function parseTemplate(template: string): ParsedTemplate {
  const literals: string[] = [];
  const placeholders: Placeholder[] = [];
  const problems: Message[] = [];
  let text = '';
  let i = 0;
  while (i < template.length) {
    const ch = template[i]!;
    const next = template[i + 1];
    if ((ch === '{' && next === '{') || (ch === '}' && next === '}')) {
      text += ch;
      i += 2;
    } else if (ch === '}') {
      problems.push({ key: 'issue.unmatchedBrace', values: { brace: '}', position: i + 1, twice: '}}' } });
      i++;
    } else if (ch === '{') {
      const close = template.indexOf('}', i + 1);
      const open = template.indexOf('{', i + 1);
      if (close === -1 || (open !== -1 && open < close)) {
        problems.push({ key: 'issue.unmatchedBrace', values: { brace: '{', position: i + 1, twice: '{{' } });
        i++;
        continue;
      }
      const whole = template.slice(i, close + 1);
      const placeholder = readPlaceholder(whole);
      if ('problem' in placeholder) problems.push(placeholder.problem);
      else {
        problems.push(...checkPlaceholder(placeholder));
        literals.push(text);
        placeholders.push(placeholder);
        text = '';
      }
      i = close + 1;
    } else {
      text += ch;
      i++;
    }
  }
  literals.push(text);
  return { literals, placeholders, problems };
}

/** `{key}` or `{key:one|other}` → a placeholder, or what is wrong with it. */
function readPlaceholder(whole: string): Placeholder | { problem: Message } {
  const inner = whole.slice(1, -1);
  const colon = inner.indexOf(':');
  const key = colon === -1 ? inner : inner.slice(0, colon);
  if (!KEY.test(key)) return { problem: { key: 'issue.placeholderName', values: { placeholder: whole, simple: '{name}', choice: '{name:one|other}' } } };
  if (colon === -1) return { key };
  const words = inner.slice(colon + 1).split('|');
  if (words.length !== 2)
    return { problem: { key: 'issue.placeholderWords', values: { placeholder: whole, choice: `{${key}:one|other}`, found: words.length } } };
  return { key, choice: { one: words[0]!, other: words[1]! } };
}

function checkPlaceholder({ key, choice }: Placeholder): Message[] {
  if (!isSignalName(key) && !Object.hasOwn(EVIDENCE_PLACEHOLDERS, key)) {
    const near = suggest(key, [...Object.keys(SIGNALS), ...Object.keys(EVIDENCE_PLACEHOLDERS)]);
    const placeholder = `{${key}}`;
    return [
      near === undefined
        ? { key: 'issue.unknownPlaceholder', values: { placeholder } }
        : { key: 'issue.unknownPlaceholderNear', values: { placeholder, near: `{${near}}` } },
    ];
  }
  if (choice !== undefined && !(isSignalName(key) && isNumberSignal(key)))
    return [{ key: 'issue.choiceNeedsNumber', values: { placeholder: `{${key}:…|…}`, name: key } }];
  return [];
}

/** What is wrong with a template, one Message per problem; empty when it is fine. */
export function checkTemplate(template: string): Message[] {
  return parseTemplate(template).problems;
}

/** A placeholder's text for the contact being described; "unknown" for a name that is not one. */
export type PlaceholderValue = (key: string) => string;

/**
 * Compile a template that passed checkTemplate into a function that fills it, asking `value` only for
 * the placeholders the template uses: a rule set classifying 30,000 contacts cites a few of them, and
 * working out all 40 for every contact was most of the time classification took.
 */
export function compileTemplate(template: string, isOne = ENGLISH.isOne): (value: PlaceholderValue, signals: Signals) => string {
  const { literals, placeholders, problems } = parseTemplate(template);
  // The schema checked every template before any is compiled: this is a programming error, not the user's.
  if (problems.length > 0) throw new Error(`compileTemplate: unchecked template: ${problems.map((p) => ENGLISH_FOR_JSON.message(p)).join('; ')}`);
  const isOneOf = (n: Signals[keyof Signals]) => typeof n === 'number' && isOne(n);
  // A reason without placeholders is one string for every contact it is given to, not a copy each.
  const [only = ''] = literals;
  if (placeholders.length === 0) return () => only;
  return (value, signals) => {
    // Joined, not appended: the text is kept in the verdict, and `+=` would keep it as a tree of pieces.
    const parts: string[] = [literals[0] ?? ''];
    for (let i = 0; i < placeholders.length; i++) {
      const { key, choice } = placeholders[i]!;
      parts.push(choice === undefined ? value(key) : isSignalName(key) && isOneOf(signals[key]) ? choice.one : choice.other, literals[i + 1] ?? '');
    }
    return parts.join('');
  };
}

/** One placeholder's text for one contact, in the language of `words`. Unknown values read "unknown". */
export function placeholderValue(key: string, contact: Connection, evidence: Evidence, signals: Signals, words: ReasonWords = ENGLISH): string {
  if (Object.hasOwn(EVIDENCE_VALUES, key)) return EVIDENCE_VALUES[key as EvidencePlaceholder](contact, evidence, words) ?? words.unknown;
  if (!isSignalName(key)) return words.unknown;
  const value = signals[key];
  return value === null ? words.unknown : typeof value === 'boolean' ? (value ? words.yes : words.no) : words.number(value);
}

/** Every placeholder's text for one contact. */
export function placeholderValues(contact: Connection, evidence: Evidence, signals: Signals, words: ReasonWords = ENGLISH): PlaceholderValues {
  const values: PlaceholderValues = {};
  for (const key of [...Object.keys(signals), ...Object.keys(EVIDENCE_VALUES)]) values[key] = placeholderValue(key, contact, evidence, signals, words);
  return values;
}

type EvidenceValue = (contact: Connection, evidence: Evidence, words: ReasonWords) => string | null;

const EVIDENCE_VALUES: Record<EvidencePlaceholder, EvidenceValue> = {
  name: (contact) => `${contact.firstName} ${contact.lastName}`.trim(),
  company: (contact) => contact.company,
  position: (contact) => contact.position,
  connectedOn: (contact, _, w) => day(contact.connectedOn, w),
  firstMessage: (_, { messages }, w) => day(messages.first, w),
  lastMessage: (_, { messages }, w) => day(messages.last, w),
  lastMessageFrom: (_, { messages }, w) => (messages.lastMessage === null ? null : messages.lastMessage.from === 'owner' ? w.you : w.them),
  employer: (_, evidence) => evidence.sharedEmployer,
  schoolName: (_, evidence) => evidence.school,
  skillsGiven: (_, { endorsements }, w) => list(endorsements.skillsGiven, w),
  skillsReceived: (_, { endorsements }, w) => list(endorsements.skillsReceived, w),
  note: (_, { invitation }) => (invitation === null ? null : shorten(invitation.note, 80)),
  invitationDate: (_, { invitation }, w) => day(invitation?.sentAt ?? null, w),
  invitationFrom: (_, { invitation }, w) => (invitation === null ? null : invitation.direction === 'incoming' ? w.them : w.you),
  addressBookMatch: (_, evidence, w) => (evidence.addressBook === null ? null : evidence.addressBook === 'email' ? w.email : w.name),
  closenessTerms: (_, evidence, w) => list(evidence.closenessTerms, w),
};

const day = (iso: string | null, w: ReasonWords): string | null => (iso === null ? null : w.day(dayOf(iso)));
const list = (items: string[], w: ReasonWords): string => (items.length === 0 ? w.none : items.join(', '));

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
