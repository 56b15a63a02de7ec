/** Types of measure.mjs, for the TypeScript test. */

/** The parts of netprune the evaluation runs: from src/ in the test, from dist/ in run.mjs. */
export interface Netprune {
  taste: typeof import('../../src/review/taste/index.js');
  loadClassifier: typeof import('../../src/classify/index.js').loadClassifier;
  ownerTerms: typeof import('../../src/evidence/closeness.js').ownerTerms;
  closeness: typeof import('../../src/evidence/closeness.js').closeness;
}

/** Predictions whose confidence lies in [from, the next bin's from): how many, and the share the person agrees with (null when none). */
export interface ReliabilityBin {
  from: number;
  count: number;
  agreement: number | null;
}

export interface TasteResult {
  /** Share of the network this person keeps. */
  keep: number;
  oneByOne: number;
  byCompany: { answers: number; agreement: number };
  withModel: { answers: number; cards: number; batches: number; agreement: number; mistakes: number };
  /** By number of answers: share of the rest predicted at ≥ 0.9, and the share of those the person agrees with. */
  curve: Record<string, { coverage: number; agreement: number | null; reliability: ReliabilityBin[] }>;
}

export interface Measured {
  size: number;
  tastes: Record<string, TasteResult>;
}

export declare const BASELINE_FILE: string;
export declare const SIZES: { report: number; test: number };
export declare const BATCH: { threshold: number; limit: number };
export declare const CURVE: { checkpoints: number[]; confidence: number };
export declare function measure(options: { size: number; seed?: number; netprune: Netprune }): Promise<Measured>;
export declare function regressions(now: Measured, floor: Measured): string[];
export declare function readBaseline(file?: string): Promise<{ $comment?: string; bySize: Record<string, Measured> }>;
export declare function writeBaseline(results: Measured[], file?: string): Promise<unknown>;
