import type { Connection } from '../export/records.js';
import type { Evidence } from '../evidence/types.js';
import type { Decision, Label, Verdict } from '../plugin-api.js';
import { fold } from '../evidence/text.js';
import { REVIEW_ORDER } from '../util/labels.js';
import type { Only, Order } from './queue-choices.js';

/** One contact to review: its decision key (see contact-key.ts) and what the pipeline found. */
export interface ReviewItem {
  key: string;
  connection: Connection;
  verdict: Verdict;
  evidence: Evidence;
}

export interface QueueOptions {
  /** Which labels to review; without it, strangers then weak ties (the prune list). */
  only?: Only;
  order?: Order;
  /** Include contacts already kept or removed. */
  redo?: boolean;
}

const LABEL_RANK: Record<Label, number> = { stranger: 0, 'weak-tie': 1, known: 2 };

/** The labels a review covers, in the order they come. */
export function labelsFor(only: Only | undefined): Label[] {
  if (only === undefined) return REVIEW_ORDER.filter((label) => label !== 'known');
  return only === 'all' ? [...REVIEW_ORDER] : [only];
}

/** The contacts a review covers, whatever their decision: the denominator of the progress line. */
export function scopeOf(items: readonly ReviewItem[], only?: Only): ReviewItem[] {
  const labels = labelsFor(only);
  const seen = new Set<string>();
  // A connection listed twice (it happens in re-saved files) is one decision, asked once.
  return items.filter((item) => labels.includes(item.verdict.label) && !seen.has(item.key) && seen.add(item.key) !== undefined);
}

/**
 * The order contacts are asked in: undecided ones first (strangers, then weak ties, each in
 * `order`), then those skipped earlier in the same order. Kept or removed ones come only
 * with `redo`, among the undecided.
 */
export function buildQueue(items: readonly ReviewItem[], decisions: ReadonlyMap<string, Decision>, options: QueueOptions = {}): ReviewItem[] {
  const compare = comparator(options.order ?? 'oldest');
  const tier = (item: ReviewItem): number | null => {
    const decision = decisions.get(item.key);
    if (decision === undefined) return 0;
    if (decision === 'skip') return 1;
    return options.redo ? 0 : null;
  };
  return scopeOf(items, options.only)
    .map((item) => ({ item, tier: tier(item) }))
    .filter((entry): entry is { item: ReviewItem; tier: number } => entry.tier !== null)
    .sort((a, b) => a.tier - b.tier || LABEL_RANK[a.item.verdict.label] - LABEL_RANK[b.item.verdict.label] || compare(a.item, b.item))
    .map((entry) => entry.item);
}

type Compare = (a: ReviewItem, b: ReviewItem) => number;

const nameOf = (item: ReviewItem) => fold(`${item.connection.firstName} ${item.connection.lastName}`.trim());
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
// Unknown connection dates go last in either direction.
const byDate =
  (direction: 1 | -1): Compare =>
  (a, b) => {
    const x = a.connection.connectedOn;
    const y = b.connection.connectedOn;
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return direction * text(x, y);
  };
const byName: Compare = (a, b) => text(nameOf(a), nameOf(b));
// Empty companies go last, so a batch of one employer is reviewed side by side.
const byCompany: Compare = (a, b) => {
  const x = fold(a.connection.company.trim());
  const y = fold(b.connection.company.trim());
  return x === y ? 0 : x === '' ? 1 : y === '' ? -1 : text(x, y);
};

function comparator(order: Order): Compare {
  const chain =
    (...steps: Compare[]): Compare =>
    (a, b) =>
      steps.reduce((result, step) => result || step(a, b), 0) || a.connection.line - b.connection.line;
  switch (order) {
    case 'oldest':
    case 'unsure':
      return chain(byDate(1), byName);
    case 'newest':
      return chain(byDate(-1), byName);
    case 'name':
      return chain(byName, byDate(1));
    case 'company':
      return chain(byCompany, byDate(1), byName);
  }
}

/** Companies compare folded, so "ACME" and "Acme " are one company; empty is none. */
export const companyKey = (company: string): string => fold(company.trim());
