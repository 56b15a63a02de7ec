/**
 * The classifier contract: what a rule set compiles to and what a user plugin default-exports.
 * Documented in the README ("Writing a classifier"). Keep it stable.
 */
import type { Connection, Position } from './export/records.js';
import type { Evidence } from './evidence/types.js';

export type { Evidence } from './evidence/types.js';
export type { Connection } from './export/records.js';

export const LABELS = ['known', 'weak-tie', 'stranger'] as const;
export type Label = (typeof LABELS)[number];

export type Decision = 'keep' | 'remove' | 'skip';

/** One reason for a label: which rule fired, and a sentence citing the evidence. */
export interface Reason {
  rule: string;
  detail: string;
}

export interface Verdict {
  label: Label;
  reasons: Reason[];
  /** Optional strength, 0 (stranger) to 1 (certainly known). */
  score?: number;
}

export interface ClassifierContext {
  owner: {
    firstName: string;
    lastName: string;
    headline: string;
    positions: Position[];
    skills: string[];
  };
  /** The day the classification runs, `YYYY-MM-DD`. Use it instead of the clock so results are reproducible. */
  today: string;
  /** Earlier review decisions, by profile key. */
  decisions: ReadonlyMap<string, Decision>;
}

export interface Classifier {
  /** Short id, shown in reports: `coffee-test`, `my-team`. */
  id: string;
  description: string;
  /**
   * Pure: no I/O, no prompts, no clock. Called once per connection, and once more with
   * `evidence.sameName.ifTheirs` when it says stranger to a connection with a namesake's possible records.
   */
  classify(contact: Connection, evidence: Evidence, context: ClassifierContext): Verdict;
}

/** Identity helper that gives a plugin author type checking: `export default defineClassifier({ … })`. */
export const defineClassifier = (classifier: Classifier): Classifier => classifier;
