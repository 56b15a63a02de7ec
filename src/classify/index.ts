import type { Classifier, ClassifierContext, Connection, Evidence, Verdict } from '../plugin-api.js';
import { judgeSameName } from './same-name.js';

export { loadClassifier, listBuiltInRuleSets, checkRuleSetFile } from './registry.js';

/** A connection with what the export says of them: what the classifier judges. */
export interface Unjudged {
  readonly connection: Connection;
  readonly evidence: Evidence;
}

/** One connection, what the export says of them and the classifier's verdict: what every command renders. */
export interface Contact extends Unjudged {
  readonly verdict: Verdict;
}

/**
 * Classify every connection. Plugin failures surface as ClassifierError. A connection whose name
 * others share carries what could not be attributed to it (see judgeSameName).
 */
export function classifyAll(unjudged: readonly Unjudged[], classifier: Classifier, ctx: ClassifierContext): Contact[] {
  return unjudged.map(({ connection, evidence }) => ({
    connection,
    evidence,
    verdict: judgeSameName(classifier.classify(connection, evidence, ctx), connection, evidence, classifier, ctx),
  }));
}
