import { COMPANY, type Feature, TITLE } from './features.js';
import type { Row } from './logistic.js';

/**
 * The vocabulary of one fit: which feature ids get a weight (those the answers had) and how far
 * each weight may reach (its prior). A company word needs two answers: most companies are one
 * contact's, and a weight learnt from one answer would only repeat it. Only the most frequent
 * words are kept, so a 30,000-line export cannot grow the model (and its cubic fit) without bound.
 */
const MAX_WORDS = 120;
const MIN_COMPANY_ANSWERS = 2;

/**
 * L2 strengths, as inverse prior variances. Evidence and job-title words get N(0, 4²): a person's
 * taste is a rule, not a coin toss, and a person who drops every recruiter needs one word to
 * outweigh a conversation; over-confidence is the calibration's job (calibrate.ts). Company names
 * are mostly one contact each, so their words get N(0, 2²). The intercept is barely held.
 */
const PRECISION = { intercept: 1e-2, evidence: 1 / 16, title: 1 / 16, company: 1 / 4 } as const;

export interface Encoder {
  penalties: Float64Array;
  encode(features: readonly Feature[]): Row;
  /** Feature id → index, for explanations. */
  indexOf: ReadonlyMap<string, number>;
}

const isWord = (id: string): boolean => id.startsWith(TITLE) || id.startsWith(COMPANY);
const precisionOf = (id: string): number => (id.startsWith(TITLE) ? PRECISION.title : isWord(id) ? PRECISION.company : PRECISION.evidence);
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildEncoder(answers: readonly (readonly Feature[])[]): Encoder {
  const seen = new Map<string, number>();
  for (const features of answers) for (const f of features) seen.set(f.id, (seen.get(f.id) ?? 0) + 1);
  const words = [...seen]
    .filter(([id, n]) => id.startsWith(TITLE) || (id.startsWith(COMPANY) && n >= MIN_COMPANY_ANSWERS))
    .sort(([a, n], [b, m]) => m - n || byText(a, b))
    .slice(0, MAX_WORDS)
    .map(([id]) => id);
  const others = [...seen.keys()].filter((id) => !isWord(id));
  // Sorted, so the order the answers came in cannot change which index a feature gets.
  const ids = [...others, ...words].sort(byText);
  const indexOf = new Map(ids.map((id, i) => [id, i + 1]));
  return {
    penalties: Float64Array.from([PRECISION.intercept, ...ids.map(precisionOf)]),
    indexOf,
    encode(features) {
      const row: Row = { index: [0], value: [1] };
      for (const f of features) {
        const index = indexOf.get(f.id);
        if (index === undefined) continue;
        row.index.push(index);
        row.value.push(f.value);
      }
      return row;
    },
  };
}
