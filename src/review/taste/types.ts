import type { Connection } from '../../export/records.js';
import type { Evidence } from '../../evidence/types.js';
import type { Verdict } from '../../plugin-api.js';

/** What the taste model reads about one contact; a review item (`ReviewItem`, queue.ts) is one. Read, never changed. */
export interface TasteContact {
  connection: Connection;
  evidence: Evidence;
  verdict: Verdict;
}

/** The two answers the model learns from; a skip teaches nothing and is left out by the caller. */
export type TasteDecision = 'keep' | 'remove';

export interface TasteExample<C extends TasteContact = TasteContact> {
  contact: C;
  decision: TasteDecision;
}

export interface TasteOptions {
  /** `YYYY-MM-DD`: the day recency is counted from (the run's `today`; the library never reads the clock). */
  today: string;
  /**
   * Every contact of the export, read for the words of the owner's field its titles use (families.ts);
   * without it, only the answered contacts are. Never trained on.
   */
  network?: readonly TasteContact[];
  /** Answers needed before the model is trusted; default 20, and both decisions must be among them. */
  minAnswers?: number;
}

export interface TastePrediction {
  decision: TasteDecision;
  /** Calibrated probability that the person would answer `decision`: 0.5 to 1. */
  confidence: number;
  /**
   * The two or three features that pushed hardest toward `decision`, as short phrases ("shared
   * employer", "recruiter"). They quote job-title and company words and rule ids: print them
   * through the sanitiser of the medium, like any text from the export.
   */
  because: string[];
}

export interface TasteModel {
  predict(contact: TasteContact): TastePrediction;
  /** Calibrated probability of `keep`; what ranking and batching sort by, without building explanations. */
  keepProbability(contact: TasteContact): number;
  /** How many answers it learnt from. */
  readonly answers: number;
  /** The calibration temperature (≥ 1): logits are divided by it, 1 means the raw model was not over-confident. */
  readonly temperature: number;
}

/** Too few answers to learn from: `have` of `need`, and the decisions not seen yet. */
export interface NotEnough {
  notEnough: { have: number; need: number; missing: TasteDecision[] };
}
