import { LABELS } from '../plugin-api.js';
import { ascii, type JsonBytes } from './emit/json-bytes.js';
import { ISO_DATE, ISO_DATE_TIME, type ReportContact } from './schema.js';

/** Who the contact is: a report contact, or the connection reportContact() copies these from. */
type Person = Pick<ReportContact, 'url' | 'firstName' | 'lastName' | 'company' | 'position' | 'connectedOn'>;
/** The label and why: a report contact, or the verdict reportContact() copies them from. */
type Judged = Pick<ReportContact, 'label' | 'reasons' | 'score'>;

/**
 * One of audit's contacts written as `JSON.stringify(contactSchema.parse(contact))` would appear in the
 * report (`JSON.stringify(report, null, 2)`: the schema's keys in its order, indented as an item of
 * `contacts`), without zod and without the parsed copy: a zod parse per contact took 0.2 s of a 1.5 s
 * run, and JSON.stringify allocated four bytes for each byte of the report (docs/performance.md). Each
 * field is checked as the schema checks it before it is written; `false` when one does not fit, with
 * part of the contact written: the caller goes back to its mark() and runs zod, for the error or the
 * text. A test holds it to the schema, one broken field at a time, and to JSON.stringify on random contacts.
 *
 * The three parts are read field by field, as reportContact() copies them: a report contact's own
 * (`c, c, c.evidence`), or an analysed contact's connection, verdict and evidence, so that audit makes
 * no report contact at all.
 */
export function writeContactJson(out: JsonBytes, c: Person, v: Judged, evidence: ReportContact['evidence']): boolean {
  if (!isNullableString(c.url)) return false;
  out.raw(URL);
  nullableString(out, c.url);
  if (typeof c.firstName !== 'string' || typeof c.lastName !== 'string' || typeof c.company !== 'string' || typeof c.position !== 'string') return false;
  out.raw(FIRST_NAME);
  out.string(c.firstName);
  out.raw(LAST_NAME);
  out.string(c.lastName);
  out.raw(COMPANY);
  out.string(c.company);
  out.raw(POSITION);
  out.string(c.position);
  if (!(c.connectedOn === null || (typeof c.connectedOn === 'string' && ISO_DATE.test(c.connectedOn)))) return false;
  out.raw(CONNECTED_ON);
  nullableString(out, c.connectedOn);
  if (!(LABELS as readonly unknown[]).includes(v.label)) return false;
  out.raw(LABEL);
  out.string(v.label);
  if (!writeReasons(out, v.reasons)) return false;
  if (v.score !== undefined) {
    if (!isFraction(v.score)) return false;
    out.raw(SCORE);
    out.number(v.score);
  }
  return writeEvidence(out, evidence);
}

function writeReasons(out: JsonBytes, reasons: ReportContact['reasons']): boolean {
  if (!Array.isArray(reasons) || reasons.length === 0) return false;
  for (let i = 0; i < reasons.length; i++) {
    const r = reasons[i];
    if (typeof r !== 'object' || r === null || typeof r.rule !== 'string' || typeof r.detail !== 'string') return false;
    out.raw(i === 0 ? FIRST_REASON : NEXT_REASON);
    out.string(r.rule);
    out.raw(DETAIL);
    out.string(r.detail);
  }
  out.raw(REASONS_END);
  return true;
}

function writeEvidence(out: JsonBytes, e: ReportContact['evidence']): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const { messages: m, invitation: i, endorsements: en, recommendations: r } = e;
  if (typeof m !== 'object' || m === null || typeof en !== 'object' || en === null || typeof r !== 'object' || r === null) return false;
  if (!isCount(m.sent) || !isCount(m.received) || typeof m.twoWay !== 'boolean' || !isCount(m.conversations)) return false;
  if (!isCount(m.groupConversations) || !isCount(m.groupMessages) || !isNullableDateTime(m.first) || !isNullableDateTime(m.last)) return false;
  out.raw(MESSAGES_SENT);
  out.number(m.sent);
  out.raw(COUNT_RECEIVED);
  out.number(m.received);
  out.raw(TWO_WAY);
  out.raw(m.twoWay ? TRUE : FALSE);
  out.raw(CONVERSATIONS);
  out.number(m.conversations);
  out.raw(GROUP_CONVERSATIONS);
  out.number(m.groupConversations);
  out.raw(GROUP_MESSAGES);
  out.number(m.groupMessages);
  out.raw(FIRST);
  nullableString(out, m.first);
  out.raw(LAST);
  nullableString(out, m.last);
  out.raw(INVITATION);
  if (i === null) out.raw(NULL);
  else {
    if (
      typeof i !== 'object' ||
      !(i.direction === 'incoming' || i.direction === 'outgoing') ||
      !isNullableDateTime(i.sentAt) ||
      typeof i.withNote !== 'boolean'
    ) {
      return false;
    }
    out.raw(DIRECTION);
    out.string(i.direction);
    out.raw(SENT_AT);
    nullableString(out, i.sentAt);
    out.raw(WITH_NOTE);
    out.raw(i.withNote ? TRUE : FALSE);
    out.raw(INVITATION_END);
  }
  if (!isCount(en.given) || !isCount(en.received) || !isCount(r.given) || !isCount(r.received)) return false;
  out.raw(ENDORSEMENTS_GIVEN);
  out.number(en.given);
  out.raw(COUNT_RECEIVED);
  out.number(en.received);
  out.raw(RECOMMENDATIONS_GIVEN);
  out.number(r.given);
  out.raw(COUNT_RECEIVED);
  out.number(r.received);
  if (!isNullableString(e.sharedEmployer) || !(e.addressBook === null || e.addressBook === 'email' || e.addressBook === 'name')) return false;
  if (typeof e.emailVisible !== 'boolean' || !(e.yearsConnected === null || isCount(e.yearsConnected)) || !isFraction(e.closeness)) return false;
  out.raw(SHARED_EMPLOYER);
  nullableString(out, e.sharedEmployer);
  out.raw(ADDRESS_BOOK);
  nullableString(out, e.addressBook);
  out.raw(EMAIL_VISIBLE);
  out.raw(e.emailVisible ? TRUE : FALSE);
  out.raw(YEARS_CONNECTED);
  if (e.yearsConnected === null) out.raw(NULL);
  else out.number(e.yearsConnected);
  out.raw(CLOSENESS);
  out.number(e.closeness);
  out.raw(END);
  return true;
}

const nullableString = (out: JsonBytes, s: string | null): void => (s === null ? out.raw(NULL) : out.string(s));

// The report's text around the values, as JSON.stringify(report, null, 2) indents an item of `contacts`.
const URL = ascii('    {\n      "url": ');
const FIRST_NAME = ascii(',\n      "firstName": ');
const LAST_NAME = ascii(',\n      "lastName": ');
const COMPANY = ascii(',\n      "company": ');
const POSITION = ascii(',\n      "position": ');
const CONNECTED_ON = ascii(',\n      "connectedOn": ');
const LABEL = ascii(',\n      "label": ');
const FIRST_REASON = ascii(',\n      "reasons": [\n        {\n          "rule": ');
const NEXT_REASON = ascii('\n        },\n        {\n          "rule": ');
const DETAIL = ascii(',\n          "detail": ');
const REASONS_END = ascii('\n        }\n      ]');
const SCORE = ascii(',\n      "score": ');
const MESSAGES_SENT = ascii(',\n      "evidence": {\n        "messages": {\n          "sent": ');
const TWO_WAY = ascii(',\n          "twoWay": ');
const CONVERSATIONS = ascii(',\n          "conversations": ');
const GROUP_CONVERSATIONS = ascii(',\n          "groupConversations": ');
const GROUP_MESSAGES = ascii(',\n          "groupMessages": ');
const FIRST = ascii(',\n          "first": ');
const LAST = ascii(',\n          "last": ');
const INVITATION = ascii('\n        },\n        "invitation": ');
const DIRECTION = ascii('{\n          "direction": ');
const SENT_AT = ascii(',\n          "sentAt": ');
const WITH_NOTE = ascii(',\n          "withNote": ');
const INVITATION_END = ascii('\n        }');
const ENDORSEMENTS_GIVEN = ascii(',\n        "endorsements": {\n          "given": ');
const COUNT_RECEIVED = ascii(',\n          "received": ');
const RECOMMENDATIONS_GIVEN = ascii('\n        },\n        "recommendations": {\n          "given": ');
const SHARED_EMPLOYER = ascii('\n        },\n        "sharedEmployer": ');
const ADDRESS_BOOK = ascii(',\n        "addressBook": ');
const EMAIL_VISIBLE = ascii(',\n        "emailVisible": ');
const YEARS_CONNECTED = ascii(',\n        "yearsConnected": ');
const CLOSENESS = ascii(',\n        "closeness": ');
const END = ascii('\n      }\n    }');
const NULL = ascii('null');
const TRUE = ascii('true');
const FALSE = ascii('false');

// z.number() refuses NaN and ±Infinity; .int() refuses fractions and unsafe integers.
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isFraction = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 1;
const isNullableString = (s: unknown): s is string | null => s === null || typeof s === 'string';
const isNullableDateTime = (s: unknown): s is string | null => s === null || (typeof s === 'string' && ISO_DATE_TIME.test(s));
