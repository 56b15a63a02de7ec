import type { SameName } from '../evidence/types.js';
import { fold } from '../evidence/text.js';
import type { Classifier, ClassifierContext, Connection, Evidence, Verdict } from '../plugin-api.js';

/** The rule id of the reason that says what could not be attributed to a connection because of a namesake. */
const SAME_NAME_RULE = 'same-name';

/**
 * A verdict, told what could not be attributed (`evidence.sameName`). Every rule set and plugin goes
 * through here. `stranger` stands only if the connection is a stranger with those records counted as
 * theirs too; otherwise "nothing links you" would be false, and the honest label is weak-tie: something
 * may, and only the owner can tell which namesake it was.
 */
export function judgeSameName(verdict: Verdict, contact: Connection, evidence: Evidence, classifier: Classifier, context: ClassifierContext): Verdict {
  const same = evidence.sameName;
  if (same === null || verdict.reasons.some((r) => r.rule === SAME_NAME_RULE)) return verdict;
  const detail = describeSameName(`${contact.firstName} ${contact.lastName}`.trim(), same);
  if (verdict.label !== 'stranger') return { ...verdict, reasons: [...verdict.reasons, { rule: SAME_NAME_RULE, detail }] };
  const ifTheirs = classifier.classify(contact, same.ifTheirs, context);
  if (ifTheirs.label !== 'stranger')
    return { label: 'weak-tie', reasons: [{ rule: SAME_NAME_RULE, detail }], ...(verdict.score === undefined ? {} : { score: 0.5 }) };
  const still = ifTheirs.reasons[0]?.detail;
  return {
    ...verdict,
    reasons: [...verdict.reasons, { rule: SAME_NAME_RULE, detail: still === undefined ? detail : `${detail}; were they theirs, still a stranger: ${still}` }],
  };
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "14 messages and 1 endorsement": what `sameName` holds, for a sentence. */
export function listSameName(same: SameName): string {
  const parts = [
    same.messages > 0 && plural(same.messages, 'message', 'messages'),
    same.groupConversations > 0 && plural(same.groupConversations, 'group conversation', 'group conversations'),
    same.invitations > 0 && plural(same.invitations, 'invitation', 'invitations'),
    same.endorsements > 0 && plural(same.endorsements, 'endorsement', 'endorsements'),
    same.recommendations > 0 && plural(same.recommendations, 'recommendation', 'recommendations'),
    same.addressBook > 0 && plural(same.addressBook, 'address-book entry', 'address-book entries'),
  ].filter((part) => part !== false);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? 'records');
}

/** "14 messages with an Eva Petit, but 2 connections share this name …" */
function describeSameName(name: string, same: SameName): string {
  const article = /^[aeiou]/.test(fold(name)) ? 'an' : 'a';
  return `${listSameName(same)} with ${article} ${name}, but ${same.namesakes} connections share this name and nothing in the export tells which: counted for none of them`;
}
