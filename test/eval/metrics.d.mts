/** Types of metrics.mjs, for the TypeScript tests. */

export type Label = 'known' | 'weak-tie' | 'stranger';
export declare const LABELS: readonly Label[];
export declare const DECIMALS: number;

export type Confusion = Record<Label, Record<Label, number>>;

export interface LabelScores {
  /** Contacts whose true label this is. */
  n: number;
  /** Contacts given this label. */
  predicted: number;
  tp: number;
  precision: number | null;
  recall: number | null;
}

export interface Scores {
  total: number;
  correct: number;
  accuracy: number | null;
  labels: Record<Label, LabelScores>;
}

export declare function confusionOf(pairs: Iterable<{ expected: string; actual: string }>): Confusion;
export declare function scoresOf(confusion: Confusion): Scores;
export declare function round(value: number | null): number | null;
export declare function roundScores(scores: Scores): Scores;
export declare function regressions(current: Record<string, Scores>, baseline: Record<string, Scores>): string[];
