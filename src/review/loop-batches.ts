import type { Decision } from '../plugin-api.js';
import type { DecisionSource } from '../decisions/index.js';
import { foldName } from '../evidence/names.js';
import type { Colour } from '../util/colour.js';
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
  context: PromptContext | undefined;
  /** Saves one answer for all of `items` in one write, undone as one. */
  answer(items: ReviewItem[], decision: Decision, source: DecisionSource): Promise<void>;
}

/**
 * `c`: every remaining contact at the card's company with the card's label (a known colleague should
 * not go with the strangers of the same firm), each shown with their label; `a` takes every label.
 * Returns the notice to show, if any.
 */
export async function companyBatch(item: ReviewItem, { pending, colour, context, answer }: Batching): Promise<string | undefined> {
  const key = companyKey(item.connection.company);
  if (key === '') return `${fullName(item)} has no company in the export.`;
  const everyone = pending.filter((p) => companyKey(p.connection.company) === key);
  let group = everyone.filter((p) => p.verdict.label === item.verdict.label);
  const company = safeText(item.connection.company.trim());
  for (;;) {
    const choice = await askCompanyBatch(batchScreen(colour, company, group, everyone.length - group.length, item.verdict.label), context);
    if (choice === 'widen') group = everyone;
    else if (choice === 'cancel') return 'Company batch cancelled; nothing changed.';
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
export async function predictedBatch(taste: TasteSession, { pending, colour, context, answer }: Batching): Promise<string | undefined> {
  if (!taste.ready) return `netprune proposes batches once it knows your taste: it needs ${taste.missing}.`;
  const proposal = taste.batch(pending);
  if (proposal === null) return 'netprune is not yet 95 % sure about anyone left: answer a few more cards.';
  const batch = proposal.contacts;
  let start = 0;
  while (batch.length > 0) {
    if (start >= batch.length) start = 0;
    const screen = predictedScreen(colour, proposal.decision, batch, start, (item) => taste.predict(item));
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
export async function findPerson({ pending, colour, context }: Batching): Promise<{ person?: ReviewItem; notice?: string }> {
  const matching = (typed: string) => {
    const wanted = foldName(typed);
    return wanted === '' ? [] : pending.filter((p) => foldName(`${p.connection.firstName} ${p.connection.lastName}`).includes(wanted));
  };
  const typed = await askName(findScreen(colour, matching), context);
  if (typed === null) return {};
  const [person, ...others] = matching(typed);
  if (person === undefined) return { notice: `No one still to review is named like "${safeText(typed)}".` };
  if (others.length === 0) return { person };
  return { person, notice: `${others.length + 1} people still to review match "${safeText(typed)}": this is the first; type more of the name for another.` };
}
