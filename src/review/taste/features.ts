import { wholeYearsBetween } from '../../evidence/years.js';
import type { TasteContact } from './types.js';
import { titleConceptsAsWritten } from './concepts.js';
import { isRecruiter } from './families.js';
import { asWritten, meaningfulWords } from './words.js';

/**
 * One named feature of a contact. Values lie in [0, 1] so that one regularisation strength suits
 * them all. The phrase explains the feature when it drives a prediction; features that share a
 * phrase (the steps of one count) are explained together.
 */
export interface Feature {
  id: string;
  value: number;
  phrase: string;
}

/** Prefixes of the word features: the vocabulary is bounded over these only. */
export const TITLE = 'position:';
export const COMPANY = 'company:';

// Steps rather than one linear count: tastes have thresholds ("messaged in the last 3 years").
const RECENT_YEARS = [1, 2, 3, 5];
const SILENT_YEARS = [3, 5, 10];
const CONNECTED_YEARS = [1, 3, 5, 10];
/** LinkedIn opened in 2003; the scale runs to 2030 so that this decade's years stay below 1. */
const FIRST_YEAR = 2003;
const LAST_YEAR = 2030;
/** A count of this size or more is worth 1; log-scaled below, since the first messages say the most. */
const COUNT_SCALE = Math.log1p(50);
const count = (n: number): number => Math.min(1, Math.log1p(n) / COUNT_SCALE);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

// Contacts are read, never changed, so their features are worked out once per contact and day:
// a review ranks the same thousands of contacts again after every answer.
const cache = new WeakMap<TasteContact, { today: string; features: Feature[] }>();

export function featuresOf(contact: TasteContact, today: string): Feature[] {
  const cached = cache.get(contact);
  if (cached?.today === today) return cached.features;
  const features = computeFeatures(contact, today);
  cache.set(contact, { today, features });
  return features;
}

function computeFeatures(contact: TasteContact, today: string): Feature[] {
  const { connection, evidence, verdict } = contact;
  const out: Feature[] = [];
  const add = (id: string, phrase: string, value = 1): void => {
    if (value > 0) out.push({ id, value, phrase });
  };

  add(`label:${verdict.label}`, `labelled ${verdict.label}`);
  for (const rule of new Set(verdict.reasons.map((r) => r.rule))) add(`rule:${rule}`, rule.replaceAll('-', ' '));

  const m = evidence.messages;
  const total = m.sent + m.received;
  if (total === 0) add('never-messaged', 'never messaged');
  add('messages', plural(total, 'message'), count(total));
  add('you-wrote', 'you wrote to them', m.sent > 0 ? 1 : 0);
  add('they-wrote', 'they wrote to you', m.received > 0 ? 1 : 0);
  add('two-way', 'wrote to each other', m.twoWay ? 1 : 0);
  add('group', 'in a group conversation together', m.groupConversations > 0 ? 1 : 0);
  const silent = m.last === null ? null : wholeYearsBetween(m.last, today);
  if (silent !== null) {
    const ago = silent === 0 ? 'last message this year' : `last message ${plural(silent, 'year')} ago`;
    for (const years of RECENT_YEARS) if (silent < years) add(`messaged-within-${years}`, ago);
    for (const years of SILENT_YEARS) if (silent >= years) add(`silent-${years}`, `no message in ${silent} years`);
  }

  const connected = evidence.yearsConnected;
  if (connected === null) add('connected-unknown', 'connection date unknown');
  else {
    const since = connected === 0 ? 'connected this year' : `connected ${plural(connected, 'year')} ago`;
    if (connected < CONNECTED_YEARS[0]!) add('connected-recently', since);
    for (const years of CONNECTED_YEARS) if (connected >= years) add(`connected-over-${years}`, since);
  }
  // The year as one number, not one feature per year: "everyone from my first job" is a span of
  // years, and a dozen one-year weights would each rest on a handful of answers.
  const year = connection.connectedOn === null ? null : Number(connection.connectedOn.slice(0, 4));
  if (year !== null) add('connected-year', `connected in ${year}`, Math.min(1, Math.max(0, (year - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR))));

  const invitation = evidence.invitation;
  if (invitation !== null) {
    add(invitation.direction === 'incoming' ? 'invited-you' : 'you-invited', invitation.direction === 'incoming' ? 'they invited you' : 'you invited them');
    add('invitation-note', 'invitation with a note', invitation.withNote ? 1 : 0);
  }
  add('endorsed-them', 'you endorsed them', count(evidence.endorsements.given));
  add('endorsed-you', 'they endorsed you', count(evidence.endorsements.received));
  add('recommended-them', 'you recommended them', evidence.recommendations.given > 0 ? 1 : 0);
  add('recommended-you', 'they recommended you', evidence.recommendations.received > 0 ? 1 : 0);
  add('shared-employer', 'shared employer', evidence.sharedEmployer !== null ? 1 : 0);
  add('address-book', 'in your address book', evidence.addressBook !== null ? 1 : 0);
  add('school', 'same school', evidence.school !== null ? 1 : 0);
  add('close-field', 'close to your field', evidence.closeness);
  // Closeness reads job titles only: of a colleague at one of the owner's employers it says no more than
  // that the titles differ ("Software Engineer" beside a product manager), never "not in your field".
  // One feature all the same, so that what the person taught the model about titles still applies.
  if (evidence.closeness === 0 && connection.position.trim() !== '')
    add('other-field', evidence.sharedEmployer === null ? 'not in your field' : 'job title unlike yours');

  // By concept, so that "Chercheuse" and "Researcher" share one weight; explained by the word as written.
  for (const [concept, written] of titleConceptsAsWritten(connection.position)) add(`${TITLE}${concept}`, written);
  add('recruiter', 'recruiter', isRecruiter(contact) ? 1 : 0);
  const company = asWritten(connection.company);
  for (const word of meaningfulWords(connection.company)) add(`${COMPANY}${word}`, `at ${company.get(word) ?? word}`);
  return out;
}
