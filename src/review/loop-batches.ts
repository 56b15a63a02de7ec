import type { Decision } from '../plugin-api.js';
import type { DecisionSource } from '../decisions/index.js';
import { foldName } from '../evidence/names.js';
import type { Colour } from '../util/colour.js';
import type { Translator } from '../i18n/translator.js';
import { safeText } from '../util/terminal-text.js';
import { fullName } from './card.js';
import { askCompanyBatch, askName, askPredictedBatch, type PromptContext } from './prompts.js';
import { companyKey, type ReviewItem } from './queue.js';
import { batchScreen, findScreen, predictedScreen } from './screen-lines.js';
import type { TasteSession } from './taste-session.js';

/** What the keys that act on many contacts need from the loop: who is still to review, and how to answer. */
export interface Batching {
  /** Still to review, in order; `answer` takes the answered ones out. */
  readonly pending: readonly ReviewItem[];
  colour: Colour;
  t: Translator;
  context: PromptContext | undefined;
  /** Saves one answer for all of `items` in one write, undone as one. */
  answer(items: ReviewItem[], decision: Decision, source: DecisionSource): Promise<void>;
}

/**
 * `c`: every remaining contact at the card's company with the card's label (a known colleague should
 * not go with the strangers of the same firm), each shown with their label; `a` takes every label.
 * Returns the notice to show, if any.
 */
export async function companyBatch(item: ReviewItem, { pending, colour, t, context, answer }: Batching): Promise<string | undefined> {
  const key = companyKey(item.connection.company);
  if (key === '') return t('review.company.none', { name: fullName(item) });
  const everyone = pending.filter((p) => companyKey(p.connection.company) === key);
  let group = everyone.filter((p) => p.verdict.label === item.verdict.label);
  const company = safeText(item.connection.company.trim());
  for (;;) {
    const choice = await askCompanyBatch(batchScreen(colour, company, group, t, everyone.length - group.length, item.verdict.label), context);
    if (choice === 'widen') group = everyone;
    else if (choice === 'cancel') return t('review.company.cancelledNotice');
    else {
      await answer(group, choice, 'company');
      return undefined;
    }
  }
}

/**
 * `b`: the contacts the taste model is at least 95 % sure about, all with one decision, a page at a
 * time: `y` takes the page shown, `a` all of it, `n` the next page; each taking is one answer to undo.
 */
export async function predictedBatch(taste: TasteSession, { pending, colour, t, context, answer }: Batching): Promise<string | undefined> {
  if (!taste.ready) return t('review.batch.notReady', { missing: taste.missing(t) });
  const proposal = taste.batch(pending);
  if (proposal === null) return t('review.batch.noneSure');
  const batch = proposal.contacts;
  let start = 0;
  while (batch.length > 0) {
    if (start >= batch.length) start = 0;
    const screen = predictedScreen(colour, proposal.decision, batch, start, (item) => taste.predict(item), t);
    const { answer: choice, size } = await askPredictedBatch(screen, context);
    if (choice === 'cancel') return undefined;
    if (choice === 'next') {
      start += size;
      continue;
    }
    const taken = choice === 'all' ? batch.splice(0) : batch.splice(start, size);
    await answer(taken, proposal.decision, 'predicted');
  }
  return undefined;
}

/** `/`: the first person still to review whose name holds what was typed (case and accents aside). */
export async function findPerson({ pending, colour, t, context }: Batching): Promise<{ person?: ReviewItem; notice?: string }> {
  const matching = (typed: string) => {
    const wanted = foldName(typed);
    return wanted === '' ? [] : pending.filter((p) => foldName(`${p.connection.firstName} ${p.connection.lastName}`).includes(wanted));
  };
  const typed = await askName(findScreen(colour, matching, t), context);
  if (typed === null) return {};
  const [person, ...others] = matching(typed);
  if (person === undefined) return { notice: t('review.find.noMatch', { typed: safeText(typed) }) };
  if (others.length === 0) return { person };
  return { person, notice: t('review.find.several', { count: others.length + 1, typed: safeText(typed) }) };
}
