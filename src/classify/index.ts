import type { ClassifierContext, Connection, Evidence, Verdict } from '../plugin-api.js';
import { judgeSameName, type SaidOnce } from './same-name.js';
import type { LoadedClassifier } from './registry.js';
import { createTranslator, type Translator } from '../i18n/translator.js';

export { loadClassifier, listBuiltInRuleSets, checkRuleSetFile, type LoadedClassifier } from './registry.js';

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
 * others share carries what could not be attributed to it (see judgeSameName), said in `t`'s language.
 */
export function classifyAll(
  unjudged: readonly Unjudged[],
  classifier: LoadedClassifier,
  ctx: ClassifierContext,
  t: Translator = createTranslator('en'),
): Contact[] {
  // A plugin's thread takes the contacts in batches; a rule set, one by one.
  const verdicts = classifier.classifyMany?.(unjudged, ctx) ?? unjudged.map(({ connection, evidence }) => classifier.classify(connection, evidence, ctx));
  const said: SaidOnce = new Map();
  return unjudged.map(({ connection, evidence }, i) => ({
    connection,
    evidence,
    verdict: judgeSameName(verdicts[i]!, connection, evidence, classifier, ctx, t, said),
  }));
}
