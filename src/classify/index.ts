import type { Classifier, ClassifierContext, Connection, Evidence, Verdict } from '../plugin-api.js';

export { loadClassifier, listBuiltInRuleSets, checkRuleSetFile } from './registry.js';

/** Classify every connection; `evidence[i]` belongs to `contacts[i]`. Plugin failures surface as ClassifierError. */
export function classifyAll(contacts: Connection[], evidence: Evidence[], classifier: Classifier, ctx: ClassifierContext): Verdict[] {
  if (contacts.length !== evidence.length) {
    throw new RangeError(`classifyAll: ${contacts.length} contacts but ${evidence.length} evidence records`);
  }
  return contacts.map((contact, i) => classifier.classify(contact, evidence[i]!, ctx));
}
