import type { Classifier, ClassifierContext, Connection, Evidence, Verdict } from '../plugin-api.js';
import { judgeSameName } from './same-name.js';

export { loadClassifier, listBuiltInRuleSets, checkRuleSetFile } from './registry.js';

/**
 * Classify every connection; `evidence[i]` belongs to `contacts[i]`. Plugin failures surface as ClassifierError.
 * A connection whose name others share carries what could not be attributed to it (see judgeSameName).
 */
export function classifyAll(contacts: Connection[], evidence: Evidence[], classifier: Classifier, ctx: ClassifierContext): Verdict[] {
  if (contacts.length !== evidence.length) {
    throw new RangeError(`classifyAll: ${contacts.length} contacts but ${evidence.length} evidence records`);
  }
  return contacts.map((contact, i) => judgeSameName(classifier.classify(contact, evidence[i]!, ctx), contact, evidence[i]!, classifier, ctx));
}
