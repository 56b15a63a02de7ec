import type { Classifier, Label, Verdict } from '../plugin-api.js';
import type { Comparison, Condition, Rule, RuleSet, TextTest } from './rule-set-schema.js';
import { signalsOf, type SignalName, type Signals } from './signals.js';
import { compileAnyOf, isTextName, textWordsOf, type TextName } from './texts.js';
import { compileTemplate, placeholderValue } from './template.js';

const DEFAULT_SCORE: Record<Label, number> = { known: 1, 'weak-tie': 0.5, stranger: 0 };

/** What a condition reads of one contact: the signals, and the texts' words, made only if asked. */
interface Facts {
  signals: Signals;
  textWords: (name: TextName) => readonly string[] | null;
}

type Test = (facts: Facts) => boolean;

/** Compile a validated rule set into a Classifier. Pure: the first rule whose `when` holds decides. */
export function compileRuleSet(id: string, ruleSet: RuleSet): Classifier {
  const compile = (rule: Omit<Rule, 'when'>, when?: Condition) => ({
    id: rule.id,
    label: rule.label,
    score: rule.score ?? DEFAULT_SCORE[rule.label],
    test: when === undefined ? () => true : compileCondition(when),
    fill: compileTemplate(rule.reason),
  });
  const rules = ruleSet.rules.map((rule) => compile(rule, rule.when));
  const otherwise = compile(ruleSet.otherwise);
  return {
    id,
    description: ruleSet.description,
    classify(contact, evidence, context): Verdict {
      const signals = signalsOf(contact, evidence, context);
      const facts: Facts = { signals, textWords: textWordsOf(contact, evidence) };
      const rule = rules.find((r) => r.test(facts)) ?? otherwise;
      const detail = rule.fill((key) => placeholderValue(key, contact, evidence, signals), signals);
      return { label: rule.label, reasons: [{ rule: rule.id, detail }], score: rule.score };
    },
  };
}

function compileCondition(condition: Condition): Test {
  const { all, any, not, ...leaves } = condition;
  const tests: Test[] = Object.entries(leaves).map(([name, expected]) =>
    isTextName(name) ? compileTextTest(name, expected as TextTest) : compileSignalTest(name as SignalName, expected as boolean | number | Comparison),
  );
  if (all !== undefined) {
    const parts = all.map(compileCondition);
    tests.push((f) => parts.every((t) => t(f)));
  }
  if (any !== undefined) {
    const parts = any.map(compileCondition);
    tests.push((f) => parts.some((t) => t(f)));
  }
  if (not !== undefined) {
    const inner = compileCondition(not);
    tests.push((f) => !inner(f));
  }
  return (f) => tests.every((t) => t(f));
}

/** An unknown text (no invitation, so no note) matches nothing. */
function compileTextTest(name: TextName, test: TextTest): Test {
  const matches = compileAnyOf(test.anyOf);
  return (f) => matches(f.textWords(name));
}

/** A null (unknown) signal fails every test, whatever the expected value. */
function compileSignalTest(name: SignalName, expected: boolean | number | Comparison): Test {
  if (typeof expected !== 'object') return ({ signals: s }) => s[name] !== null && s[name] === expected;
  // Parameters were bound (compose.ts) before anything is compiled: every bound is a number by now.
  const { gte, gt, lte, lt, eq } = expected as { [K in keyof Comparison]?: number };
  return ({ signals: s }) => {
    const v = s[name];
    if (typeof v !== 'number') return false;
    return (
      (gte === undefined || v >= gte) &&
      (gt === undefined || v > gt) &&
      (lte === undefined || v <= lte) &&
      (lt === undefined || v < lt) &&
      (eq === undefined || v === eq)
    );
  };
}
