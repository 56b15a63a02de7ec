import { titleKey } from './words.js';
import type { TasteContact, TasteDecision, TasteModel } from './types.js';

const confidenceOf = (p: number): number => Math.max(p, 1 - p);

/**
 * Least sure first, so each answer teaches the most. Confidences within a percent of each other
 * count as equal, and among those the card whose answer would settle the most others comes first:
 * the others leaning the same way whose job titles hold no word the person has not yet answered
 * that way, besides this card's words (familiar.ts holds such cards back until then). "Technical
 * Recruiter" settles "Recruiter" and "IT Recruiter" too, where asking about the most common single
 * title would settle that title only. Then the card whose exact title more others share, then the
 * given order.
 */
export function rankByUncertainty<C extends TasteContact>(contacts: readonly C[], model: TasteModel): C[] {
  const entries = contacts.map((contact, i) => {
    const keep = model.keepProbability(contact);
    const lean = keep >= 0.5 ? 'keep' : 'remove';
    const title = titleKey(contact);
    const unfamiliar = model.unfamiliarTitleWords(contact);
    const doubt = Math.round(confidenceOf(keep) * 100);
    return { contact, i, doubt, lean, title, kind: `${lean} ${title}`, unfamiliar, shared: 0, settles: 0 };
  });
  const sharing = new Map<string, number>();
  for (const e of entries) sharing.set(e.kind, (sharing.get(e.kind) ?? 0) + 1);
  // Cards held back for want of the same words are counted together: a few dozen groups, not thousands of cards.
  const waiting = new Map<string, { lean: string; words: string[]; count: number }>();
  for (const e of entries) {
    if (e.unfamiliar.length === 0) continue;
    const key = `${e.lean} ${e.unfamiliar.join(' ')}`;
    const group = waiting.get(key) ?? { lean: e.lean, words: e.unfamiliar, count: 0 };
    group.count++;
    waiting.set(key, group);
  }
  const settling = new Map<string, number>();
  for (const e of entries) {
    e.shared = sharing.get(e.kind)!;
    let settles = settling.get(e.kind);
    if (settles === undefined) {
      const words = new Set(e.title.split(' '));
      settles = 0;
      for (const group of waiting.values()) if (group.lean === e.lean && group.words.every((w) => words.has(w))) settles += group.count;
      settling.set(e.kind, settles);
    }
    e.settles = settles;
  }
  return entries.sort((a, b) => a.doubt - b.doubt || b.settles - a.settles || b.shared - a.shared || a.i - b.i).map((e) => e.contact);
}

export interface TasteBatch<C> {
  decision: TasteDecision;
  contacts: C[];
}

/**
 * Contacts the model predicts at `threshold` confidence or more, all with one decision, surest
 * first, at most `limit`: one question ("remove these 50?") for many cards. The decision with more
 * such contacts goes first; null when none reaches the threshold.
 */
export function confidentBatch<C extends TasteContact>(contacts: readonly C[], model: TasteModel, threshold: number, limit = Infinity): TasteBatch<C> | null {
  const sure: Record<TasteDecision, { contact: C; i: number; confidence: number }[]> = { keep: [], remove: [] };
  contacts.forEach((contact, i) => {
    const p = model.keepProbability(contact);
    const confidence = confidenceOf(p);
    if (confidence >= threshold) sure[p >= 0.5 ? 'keep' : 'remove'].push({ contact, i, confidence });
  });
  const decision: TasteDecision = sure.keep.length >= sure.remove.length ? 'keep' : 'remove';
  if (sure[decision].length === 0) return null;
  const chosen = sure[decision].sort((a, b) => b.confidence - a.confidence || a.i - b.i).slice(0, limit);
  return { decision, contacts: chosen.map((entry) => entry.contact) };
}

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
