import type { DecisionEntry } from '../decisions/index.js';
import type { Translator } from '../i18n/translator.js';
import { trainTaste, type NotEnough, type TasteContact, type TasteExample, type TasteModel } from './taste/index.js';

/**
 * The person's own keep and remove answers, as the taste model learns from them: every source but
 * a batch the model proposed (a model trained on its own guesses only grows surer of its mistakes).
 * One example per key, in the contacts' order, so the same decisions give the same model.
 */
export function tasteExamples<C extends TasteContact & { key: string }>(
  contacts: readonly C[],
  decisionOf: (key: string) => DecisionEntry | undefined,
): TasteExample<C>[] {
  const seen = new Set<string>();
  const examples: TasteExample<C>[] = [];
  for (const contact of contacts) {
    if (seen.has(contact.key)) continue;
    seen.add(contact.key);
    const entry = decisionOf(contact.key);
    if (entry === undefined || entry.decision === 'skip' || entry.source === 'predicted') continue;
    examples.push({ contact, decision: entry.decision });
  }
  return examples;
}

export function learnTaste<C extends TasteContact & { key: string }>(
  contacts: readonly C[],
  decisionOf: (key: string) => DecisionEntry | undefined,
  today: string,
): TasteModel | NotEnough {
  return trainTaste(tasteExamples(contacts, decisionOf), { today, network: contacts });
}

/** "7 more decisions (13 of 20)", "at least one remove among them": what the model still needs, for a sentence. */
export function stillNeeded(t: Translator, { notEnough }: NotEnough): string {
  const more = notEnough.need - notEnough.have;
  const counted = more > 0 ? t('review.stillNeeded.more', { count: more, have: notEnough.have, need: notEnough.need }) : '';
  const wanted = new Set(notEnough.missing);
  const missing =
    wanted.size === 0
      ? ''
      : t(wanted.size > 1 ? 'review.stillNeeded.keepAndRemove' : wanted.has('keep') ? 'review.stillNeeded.keep' : 'review.stillNeeded.remove');
  return counted !== '' && missing !== '' ? t('review.stillNeeded.with', { more: counted, missing }) : counted || missing;
}
