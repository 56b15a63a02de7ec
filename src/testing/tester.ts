import type { Classifier, ClassifierContext, Connection, Label, Verdict } from '../plugin-api.js';
import { makeConnection, makeContext, makeEvidence, type EvidenceOverrides } from './factories.js';

/** One row of a classifier's table: what the export says of someone, and what the classifier must answer. */
export interface ClassifierCase {
  name: string;
  contact?: Partial<Connection>;
  evidence?: EvidenceOverrides;
  context?: Partial<ClassifierContext>;
  label: Label;
  /** The rule of the first reason. */
  rule?: string;
  /** The first reason's sentence: exactly (a string) or in part (a RegExp). */
  detail?: string | RegExp;
}

/** The `describe` and `it` of the test runner: vitest's, node:test's, jest's or mocha's all fit. */
export interface TestRunner {
  describe: (name: string, body: () => void) => unknown;
  it: (name: string, body: () => Promise<void>) => unknown;
}

/**
 * Runs a table of cases against a classifier, one test each, in the style of ESLint's RuleTester:
 *
 *   import { describe, it } from 'node:test'; // or 'vitest'
 *   testClassifier(myClassifier, [{ name: 'a recruiter', contact: { position: 'Recruiter' }, label: 'stranger' }], { describe, it });
 *
 * The classifier gets frozen inputs, as netprune gives them: a plugin that writes to them fails here too.
 * `classifier` may be a promise, such as `loadClassifier({ rules: './my-rules.json' })`.
 */
export function testClassifier(classifier: Classifier | Promise<Classifier>, cases: readonly ClassifierCase[], { describe, it }: TestRunner): void {
  describe(`classifier ${'id' in classifier ? classifier.id : ''}`.trimEnd(), () => {
    for (const c of cases) {
      it(`${c.name} → ${c.label}${c.rule === undefined ? '' : ` (${c.rule})`}`, async () => {
        const problem = checkCase(await classifier, c);
        if (problem !== null) throw new Error(problem);
      });
    }
  });
}

/** What is wrong with the classifier's answer to one case, or null. Throws what classify throws. */
export function checkCase(classifier: Classifier, c: ClassifierCase): string | null {
  const verdict: Verdict = classifier.classify(deepFreeze(makeConnection(c.contact)), deepFreeze(makeEvidence(c.evidence)), deepFreeze(makeContext(c.context)));
  const reason = verdict.reasons[0];
  const got = `${verdict.label} (${reason?.rule ?? 'no reason'}: "${reason?.detail ?? ''}")`;
  if (verdict.label !== c.label) return `${c.name}: expected ${c.label}, got ${got}`;
  if (c.rule !== undefined && reason?.rule !== c.rule) return `${c.name}: expected rule ${c.rule}, got ${got}`;
  const detail = reason?.detail ?? '';
  if (typeof c.detail === 'string' && detail !== c.detail) return `${c.name}: expected the reason "${c.detail}", got ${got}`;
  if (c.detail instanceof RegExp && !c.detail.test(detail)) return `${c.name}: expected a reason matching ${c.detail}, got ${got}`;
  return null;
}

/**
 * Inputs frozen as the plugin host freezes them (classify/plugin-worker-source.ts), Maps included:
 * `Object.freeze` alone leaves a Map's `set` working, so a classifier that writes to
 * `context.decisions` would pass here and throw in a real run.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [key, child] of value) {
      deepFreeze(key);
      deepFreeze(child);
    }
    const refuse = (): never => {
      throw new TypeError('the classifier context is read-only');
    };
    Object.assign(value, { set: refuse, delete: refuse, clear: refuse });
  }
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}
