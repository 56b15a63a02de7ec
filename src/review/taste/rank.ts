import { titleKind } from './families.js';
import { demonstrablyKnown } from './knows.js';
import { titleKey } from './words.js';
import type { TasteContact, TasteDecision, TasteModel } from './types.js';

const confidenceOf = (p: number): number => Math.max(p, 1 - p);

/**
 * Least sure first, so each answer teaches the most. Confidences within a percent of each other
 * count as equal, and among those the card whose job title more of the others share, leaning the
 * same way, comes first: its answer settles more cards. Then the given order.
 */
export function rankByUncertainty<C extends TasteContact>(contacts: readonly C[], model: TasteModel): C[] {
  const entries = contacts.map((contact, i) => {
    const keep = model.keepProbability(contact);
    const kind = `${keep >= 0.5 ? 'keep' : 'remove'} ${titleKind(contact)}`;
    return { contact, i, doubt: Math.round(confidenceOf(keep) * 100), kind, shared: 0 };
  });
  const sharing = new Map<string, number>();
  for (const e of entries) sharing.set(e.kind, (sharing.get(e.kind) ?? 0) + 1);
  for (const e of entries) e.shared = sharing.get(e.kind)!;
  return entries.sort((a, b) => a.doubt - b.doubt || b.shared - a.shared || a.i - b.i).map((e) => e.contact);
}

export interface TasteBatch<C> {
  decision: TasteDecision;
  contacts: C[];
}

/**
 * Contacts the model predicts at `threshold` confidence or more, all with one decision, surest
 * first, at most `limit`: one question ("remove these 50?") for many cards. The decision with more
 * such contacts goes first; null when none reaches the threshold. Someone the person demonstrably
 * knows (demonstrablyKnown) joins a remove batch only at KNOWN_REMOVE_CONFIDENCE: a friend on the removal
 * list is netprune's worst mistake, and a batch is accepted without reading every name.
 */
export function confidentBatch<C extends TasteContact>(contacts: readonly C[], model: TasteModel, threshold: number, limit = Infinity): TasteBatch<C> | null {
  const sure: Record<TasteDecision, { contact: C; i: number; confidence: number }[]> = { keep: [], remove: [] };
  contacts.forEach((contact, i) => {
    const p = model.keepProbability(contact);
    const confidence = confidenceOf(p);
    const decision: TasteDecision = p >= 0.5 ? 'keep' : 'remove';
    const needed = decision === 'remove' && demonstrablyKnown(contact) ? Math.max(threshold, KNOWN_REMOVE_CONFIDENCE) : threshold;
    if (confidence >= needed) sure[decision].push({ contact, i, confidence });
  });
  const decision: TasteDecision = sure.keep.length >= sure.remove.length ? 'keep' : 'remove';
  if (sure[decision].length === 0) return null;
  const chosen = sure[decision].sort((a, b) => b.confidence - a.confidence || a.i - b.i).slice(0, limit);
  return { decision, contacts: chosen.map((entry) => entry.contact) };
}

/**
 * Of 100 such removals proposed in a batch, about 2 might be wrong, not 5. Measured by
 * `npm run eval:review`: it asks 6 to 90 more answers of the four simulated people on 3,000
 * contacts (0.99 asked 20 to 217 more). predict holds the same bar (settle.ts).
 */
export const KNOWN_REMOVE_CONFIDENCE = 0.98;

/**
 * The order to ask in before there is a model: one contact from each kind of verdict (label and
 * first reason) in turn, so the first twenty answers cover every kind of evidence and, with luck,
 * both decisions. Within a kind, the title asked least so far comes first, the most common among
 * those: an answer about a common title teaches about many cards, a second one about it less.
 */
export function firstQuestions<C extends TasteContact>(contacts: readonly C[]): C[] {
  const titleOf = contacts.map(titleKey);
  const common = new Map<string, number>();
  for (const title of titleOf) common.set(title, (common.get(title) ?? 0) + 1);
  // kind → title → indices not yet taken, in the given order
  const kinds = new Map<string, Map<string, number[]>>();
  contacts.forEach((contact, i) => {
    const kind = `${contact.verdict.label}\u0000${contact.verdict.reasons[0]?.rule ?? ''}`;
    const titles = kinds.get(kind) ?? new Map<string, number[]>();
    kinds.set(kind, titles);
    const waiting = titles.get(titleOf[i]!);
    if (waiting === undefined) titles.set(titleOf[i]!, [i]);
    else waiting.push(i);
  });
  const ordered = [...kinds].sort(([a], [b]) => byText(a, b)).map(([, titles]) => titles);
  const asked = new Map<string, number>();
  const out: C[] = [];
  while (out.length < contacts.length) {
    for (const titles of ordered) {
      let best: string | undefined;
      for (const title of titles.keys()) if (best === undefined || before(title, best)) best = title;
      if (best === undefined) continue;
      const waiting = titles.get(best)!;
      out.push(contacts[waiting.shift()!]!);
      if (waiting.length === 0) titles.delete(best);
      asked.set(best, (asked.get(best) ?? 0) + 1);
    }
  }
  return out;

  function before(a: string, b: string): boolean {
    const byAsked = (asked.get(a) ?? 0) - (asked.get(b) ?? 0);
    const byCommon = common.get(b)! - common.get(a)!;
    return (byAsked || byCommon || byText(a, b)) < 0;
  }
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
