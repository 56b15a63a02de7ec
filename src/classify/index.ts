import type { Classifier, ClassifierContext, Connection, Evidence, Verdict } from '../plugin-api.js';

export { loadClassifier, listBuiltInRuleSets, checkRuleSetFile, DEFAULT_RULE_SET, type LoadClassifierOptions } from './registry.js';
export { compileRuleSet } from './rule-set.js';
export { ruleSetSchema, ruleSetJsonSchema, type RuleSet, type Rule, type Condition } from './rule-set-schema.js';
export { SIGNALS, SIGNAL_NAMES, toSignals, type Signals, type SignalName } from './signals.js';
export { EVIDENCE_PLACEHOLDERS } from './template.js';

/** Classify every connection; `evidence[i]` belongs to `contacts[i]`. Plugin failures surface as ClassifierError. */
export function classifyAll(contacts: Connection[], evidence: Evidence[], classifier: Classifier, ctx: ClassifierContext): Verdict[] {
  if (contacts.length !== evidence.length) {
    throw new RangeError(`classifyAll: ${contacts.length} contacts but ${evidence.length} evidence records`);
  }
  return contacts.map((contact, i) => classifier.classify(contact, evidence[i]!, ctx));
}
