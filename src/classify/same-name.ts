import type { SameName } from '../evidence/types.js';
import { fold } from '../evidence/text.js';
import type { Classifier, ClassifierContext, Connection, Evidence, Verdict } from '../plugin-api.js';
import { createTranslator, type Translator } from '../i18n/translator.js';

const ENGLISH = createTranslator('en');

/** The rule id of the reason that says what could not be attributed to a connection because of a namesake. */
const SAME_NAME_RULE = 'same-name';

/**
 * A verdict, told what could not be attributed (`evidence.sameName`). Every rule set and plugin goes
 * through here. `stranger` stands only if the connection is a stranger with those records counted as
 * theirs too; otherwise "nothing links you" would be false, and the honest label is weak-tie: something
 * may, and only the owner can tell which namesake it was. `said` keeps the sentences made in one run.
 */
export function judgeSameName(
  verdict: Verdict,
  contact: Connection,
  evidence: Evidence,
  classifier: Classifier,
  context: ClassifierContext,
  t: Translator = ENGLISH,
  said: SaidOnce = new Map(),
): Verdict {
  const same = evidence.sameName;
  if (same === null || saysSameName(verdict)) return verdict;
  const sentence = describeSameName(`${contact.firstName} ${contact.lastName}`.trim(), same, t, said);
  const detail = sentence.sentence;
  if (verdict.label !== 'stranger') return { ...verdict, reasons: [...verdict.reasons, { rule: SAME_NAME_RULE, detail }] };
  const ifTheirs = classifier.classify(contact, same.ifTheirs, context);
  if (ifTheirs.label !== 'stranger')
    return { label: 'weak-tie', reasons: [{ rule: SAME_NAME_RULE, detail }], ...(verdict.score === undefined ? {} : { score: 0.5 }) };
  const still = ifTheirs.reasons[0]?.detail;
  return {
    ...verdict,
    reasons: [...verdict.reasons, { rule: SAME_NAME_RULE, detail: still === undefined ? detail : stillSentence(sentence, still, t) }],
  };
}

/** The verdict already says what a namesake leaves unattributed (a plugin may say it itself). */
function saysSameName(verdict: Verdict): boolean {
  for (const reason of verdict.reasons) if (reason.rule === SAME_NAME_RULE) return true;
  return false;
}

/**
 * "… and still: <the reason the records would not change>", made once per sentence and reason: strangers who
 * share a name and counts share both, and a translation per stranger was 20,000 more strings kept to the end.
 */
function stillSentence(said: SaidSentence, still: string, t: Translator): string {
  said.still ??= new Map();
  let sentence = said.still.get(still);
  if (sentence === undefined) said.still.set(still, (sentence = t('reason.sameNameStill', { detail: said.sentence, still })));
  return sentence;
}

/** "14 messages and 1 endorsement": what `sameName` holds, for a sentence. */
export function listSameName(same: SameName, t: Translator = ENGLISH): string {
  const parts = [
    same.messages > 0 && t('reason.sameName.messages', { count: same.messages }),
    same.groupConversations > 0 && t('reason.sameName.groupConversations', { count: same.groupConversations }),
    same.invitations > 0 && t('reason.sameName.invitations', { count: same.invitations }),
    same.endorsements > 0 && t('reason.sameName.endorsements', { count: same.endorsements }),
    same.recommendations > 0 && t('reason.sameName.recommendations', { count: same.recommendations }),
    same.addressBook > 0 && t('reason.sameName.addressBook', { count: same.addressBook }),
  ].filter((part) => part !== false);
  // Not Intl.ListFormat: English reasons keep the comma-less "a, b and c" they have always had.
  return parts.length > 1
    ? t('reason.sameName.and', { first: parts.slice(0, -1).join(', '), last: parts.at(-1)! })
    : (parts[0] ?? t('reason.sameName.records'));
}

/**
 * "14 messages with an Eva Petit, but 2 connections share this name …", made once per name and counts:
 * on the benchmark's export 28,765 of 30,000 connections share a name, with 1,600 names among them, and
 * a sentence made for each was a third of the classification and 30,000 more strings kept to the end.
 */
function describeSameName(name: string, same: SameName, t: Translator, said: SaidOnce): SaidSentence {
  let made = said.get(name);
  if (made === undefined) said.set(name, (made = []));
  const found = made.find((m) => saysTheSame(m.same, same));
  if (found !== undefined) return found;
  const values = { records: listSameName(same, t), name, namesakes: same.namesakes };
  const sentence = /^[aeiou]/.test(fold(name)) ? t('reason.sameNameVowel', values) : t('reason.sameName', values);
  const fresh: SaidSentence = { same, sentence };
  made.push(fresh);
  return fresh;
}

/** A sentence said in one run, for the counts it says, and what it became for a stranger still, by their reason. */
interface SaidSentence {
  same: SameName;
  sentence: string;
  still?: Map<string, string>;
}

/** The sentences said in one run, by name: namesakes share their name and, most often, what could not be attributed. */
export type SaidOnce = Map<string, SaidSentence[]>;

/** Whether two records make the same sentence: the fields listSameName() and describeSameName() read. */
const saysTheSame = (a: SameName, b: SameName): boolean =>
  a.namesakes === b.namesakes &&
  a.messages === b.messages &&
  a.groupConversations === b.groupConversations &&
  a.invitations === b.invitations &&
  a.endorsements === b.endorsements &&
  a.recommendations === b.recommendations &&
  a.addressBook === b.addressBook;
