/**
 * The classifier contract: what a rule set compiles to and what a user plugin default-exports.
 * Documented in the README ("Writing a classifier"). Keep it stable.
 */
import type { Connection, Position } from './export/records.js';
import type { Evidence } from './evidence/types.js';

export type { Evidence } from './evidence/types.js';
export type { Connection } from './export/records.js';

/**
 * The version of this contract. A plugin may declare the one it was written for (`apiVersion: 1`);
 * a netprune that changes the contract incompatibly raises it and refuses plugins of another.
 */
export const PLUGIN_API_VERSION = 1;

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
  /**
   * Earlier review decisions (the decisions file beside the export, or --state), in every command. The
   * key of a contact is `decisionKey(contact)`: the profile key, or for an export without URLs a key
   * made of the name, company and connection date.
   */
  decisions: ReadonlyMap<string, Decision>;
}

export interface Classifier {
  /** Short id, shown in reports: `coffee-test`, `my-team`. */
  id: string;
  description: string;
  /** The contract the plugin was written for; PLUGIN_API_VERSION when absent. */
  apiVersion?: typeof PLUGIN_API_VERSION;
  /**
   * Pure: no I/O, no prompts, no clock. Its inputs are frozen copies, and a plugin runs in a thread of its
   * own, where console output goes to netprune's stderr. Called once per connection, and once more with
   * `evidence.sameName.ifTheirs` when it says stranger to a connection with a namesake's possible records.
   */
  classify(contact: Connection, evidence: Evidence, context: ClassifierContext): Verdict;
}

/** Identity helper that gives a plugin author type checking: `export default defineClassifier({ … })`. */
export const defineClassifier = (classifier: Classifier): Classifier => classifier;
