import { LABELS } from '../plugin-api.js';
import type { Key, Translator } from '../i18n/translator.js';
import { safeText } from '../util/terminal-text.js';

/**
 * The taste model's reasons (`because`) in the text's language. The model writes stable English
 * phrases, which predict's JSON keeps (src/review/taste/features.ts); the text outputs say them from
 * the catalogue. A phrase that is none of these is the person's data (a word of a job title) or a
 * rule id, shown as it is.
 */
const FIXED: Readonly<Record<string, Key>> = {
  'never messaged': 'taste.neverMessaged',
  'you wrote to them': 'taste.youWrote',
  'they wrote to you': 'taste.theyWrote',
  'wrote to each other': 'taste.twoWay',
  'in a group conversation together': 'taste.group',
  'last message this year': 'taste.lastMessageThisYear',
  'connection date unknown': 'taste.connectedUnknown',
  'connected this year': 'taste.connectedThisYear',
  'they invited you': 'taste.theyInvited',
  'you invited them': 'taste.youInvited',
  'invitation with a note': 'taste.invitationNote',
  'you endorsed them': 'taste.youEndorsed',
  'they endorsed you': 'taste.theyEndorsed',
  'you recommended them': 'taste.youRecommended',
  'they recommended you': 'taste.theyRecommended',
  'shared employer': 'taste.sharedEmployer',
  'in your address book': 'taste.addressBook',
  'same school': 'taste.school',
  'close to your field': 'taste.closeField',
  'not in your field': 'taste.otherField',
  'in your field': 'taste.inField',
  'job title unlike yours': 'taste.otherTitle',
  recruiter: 'taste.recruiter',
  'like most of your answers': 'taste.likeMost',
};

type Counted = 'taste.messages' | 'taste.lastMessageAgo' | 'taste.silent' | 'taste.connectedAgo';
const COUNTED: readonly [RegExp, Counted][] = [
  [/^(\d+) messages?$/, 'taste.messages'],
  [/^last message (\d+) years? ago$/, 'taste.lastMessageAgo'],
  [/^no message in (\d+) years?$/, 'taste.silent'],
  [/^connected (\d+) years? ago$/, 'taste.connectedAgo'],
];

/**
 * `rules`: the rule ids that may be behind a phrase (the model says `no-trace` as "no trace"); such a
 * phrase is shown as its id, which no language changes, as explain shows it.
 */
function becauseText(t: Translator, phrase: string, rules: readonly string[] = []): string {
  const rule = rules.find((id) => id.replaceAll('-', ' ') === phrase);
  if (rule !== undefined) return t('taste.rule', { rule: safeText(rule) });
  const fixed = FIXED[phrase];
  if (fixed !== undefined) return t(fixed as 'taste.likeMost');
  for (const [pattern, key] of COUNTED) {
    const found = pattern.exec(phrase);
    if (found !== null) return t(key, { count: Number(found[1]) });
  }
  const label = /^labelled (.+)$/.exec(phrase)?.[1];
  if (label !== undefined && (LABELS as readonly string[]).includes(label))
    return t('taste.labelled', { label: t(`label.${label as (typeof LABELS)[number]}`) });
  const year = /^connected in (\d{4})$/.exec(phrase)?.[1];
  if (year !== undefined) return t('taste.connectedIn', { year });
  const company = /^at (.+)$/.exec(phrase)?.[1];
  if (company !== undefined) return t('taste.atCompany', { word: safeText(company) });
  return safeText(phrase);
}

/** Every reason of a prediction, in the language, separated as the card and the lists show them. */
export const becauseList = (t: Translator, because: readonly string[], rules: readonly string[] = []): string =>
  because.map((phrase) => becauseText(t, phrase, rules)).join(t('taste.separator'));

/** The rule ids behind a contact's label: what `becauseText` may meet among the model's phrases. */
export const rulesOf = (contact: { verdict: { reasons: readonly { rule: string }[] } }): string[] => contact.verdict.reasons.map((r) => r.rule);
