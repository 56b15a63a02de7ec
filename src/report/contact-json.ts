import { LABELS } from '../plugin-api.js';
import { ISO_DATE, ISO_DATE_TIME, type ReportContact } from './schema.js';

/**
 * `contactSchema.parse(contact)` for the one case that cannot afford zod: audit's 30,000 contacts, where
 * a zod parse per contact took 0.2 s of a 1.5 s run (docs/performance.md). Like parse(), it returns a
 * copy with exactly the schema's keys, in the schema's order, so that the JSON is byte for byte what
 * parse() gives; unlike parse(), it says only whether the contact fits: `undefined` when it does not,
 * and the caller then runs zod on it for the error. A test holds it to the schema, one broken field at a time.
 */
export function contactJson(c: ReportContact): ReportContact | undefined {
  const reasons = reasonsJson(c.reasons);
  const evidence = evidenceJson(c.evidence);
  if (
    !isNullableString(c.url) ||
    typeof c.firstName !== 'string' ||
    typeof c.lastName !== 'string' ||
    typeof c.company !== 'string' ||
    typeof c.position !== 'string' ||
    !(c.connectedOn === null || (typeof c.connectedOn === 'string' && ISO_DATE.test(c.connectedOn))) ||
    !(LABELS as readonly unknown[]).includes(c.label) ||
    reasons === undefined ||
    !(c.score === undefined || isFraction(c.score)) ||
    evidence === undefined
  ) {
    return undefined;
  }
  // Two literals rather than a copy with `score` spread in: the schema puts score before evidence, and
  // the spread (every rule-set contact has a score) took 8 µs a contact and made objects JSON.stringify
  // walked on its slow path: 0.25 s and 0.3 s of writing 30,000 contacts.
  if (c.score === undefined) {
    return {
      url: c.url,
      firstName: c.firstName,
      lastName: c.lastName,
      company: c.company,
      position: c.position,
      connectedOn: c.connectedOn,
      label: c.label,
      reasons,
      evidence,
    };
  }
  return {
    url: c.url,
    firstName: c.firstName,
    lastName: c.lastName,
    company: c.company,
    position: c.position,
    connectedOn: c.connectedOn,
    label: c.label,
    reasons,
    score: c.score,
    evidence,
  };
}

type Reasons = ReportContact['reasons'];
type ReportEvidence = ReportContact['evidence'];

function reasonsJson(reasons: Reasons): Reasons | undefined {
  if (!Array.isArray(reasons) || reasons.length === 0) return undefined;
  const out: { rule: string; detail: string }[] = [];
  for (const r of reasons) {
    if (typeof r !== 'object' || r === null || typeof r.rule !== 'string' || typeof r.detail !== 'string') return undefined;
    out.push({ rule: r.rule, detail: r.detail });
  }
  return out;
}

function evidenceJson(e: ReportEvidence): ReportEvidence | undefined {
  if (typeof e !== 'object' || e === null) return undefined;
  const { messages: m, invitation: i, endorsements: en, recommendations: r } = e;
  if (typeof m !== 'object' || m === null || typeof en !== 'object' || en === null || typeof r !== 'object' || r === null) return undefined;
  if (
    !isCount(m.sent) ||
    !isCount(m.received) ||
    typeof m.twoWay !== 'boolean' ||
    !isCount(m.conversations) ||
    !isCount(m.groupConversations) ||
    !isCount(m.groupMessages) ||
    !isNullableDateTime(m.first) ||
    !isNullableDateTime(m.last) ||
    !(
      i === null ||
      (typeof i === 'object' && (i.direction === 'incoming' || i.direction === 'outgoing') && isNullableDateTime(i.sentAt) && typeof i.withNote === 'boolean')
    ) ||
    !isCount(en.given) ||
    !isCount(en.received) ||
    !isCount(r.given) ||
    !isCount(r.received) ||
    !isNullableString(e.sharedEmployer) ||
    !(e.addressBook === null || e.addressBook === 'email' || e.addressBook === 'name') ||
    typeof e.emailVisible !== 'boolean' ||
    !(e.yearsConnected === null || isCount(e.yearsConnected)) ||
    !isFraction(e.closeness)
  ) {
    return undefined;
  }
  return {
    messages: {
      sent: m.sent,
      received: m.received,
      twoWay: m.twoWay,
      conversations: m.conversations,
      groupConversations: m.groupConversations,
      groupMessages: m.groupMessages,
      first: m.first,
      last: m.last,
    },
    invitation: i === null ? null : { direction: i.direction, sentAt: i.sentAt, withNote: i.withNote },
    endorsements: { given: en.given, received: en.received },
    recommendations: { given: r.given, received: r.received },
    sharedEmployer: e.sharedEmployer,
    addressBook: e.addressBook,
    emailVisible: e.emailVisible,
    yearsConnected: e.yearsConnected,
    closeness: e.closeness,
  };
}

// z.number() refuses NaN and ±Infinity; .int() refuses fractions and unsafe integers.
const isCount = (n: unknown): n is number => Number.isSafeInteger(n) && (n as number) >= 0;
const isFraction = (n: unknown): n is number => typeof n === 'number' && n >= 0 && n <= 1;
const isNullableString = (s: unknown): s is string | null => s === null || typeof s === 'string';
const isNullableDateTime = (s: unknown): s is string | null => s === null || (typeof s === 'string' && ISO_DATE_TIME.test(s));
