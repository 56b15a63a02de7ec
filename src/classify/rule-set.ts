import type { Classifier, Label, Verdict } from '../plugin-api.js';
import type { Comparison, Condition, Rule, RuleSet } from './rule-set-schema.js';
import { toSignals, type SignalName, type Signals } from './signals.js';
import { compileTemplate, placeholderValue } from './template.js';

const DEFAULT_SCORE: Record<Label, number> = { known: 1, 'weak-tie': 0.5, stranger: 0 };

type Test = (signals: Signals) => boolean;

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
      const signals = toSignals(evidence, context);
      const rule = rules.find((r) => r.test(signals)) ?? otherwise;
      const detail = rule.fill((key) => placeholderValue(key, contact, evidence, signals), signals);
      return { label: rule.label, reasons: [{ rule: rule.id, detail }], score: rule.score };
    },
  };
}

function compileCondition(condition: Condition): Test {
  const { all, any, not, ...signalTests } = condition;
  const tests: Test[] = Object.entries(signalTests).map(([name, expected]) => compileSignalTest(name as SignalName, expected as boolean | number | Comparison));
  if (all !== undefined) {
    const parts = all.map(compileCondition);
    tests.push((s) => parts.every((t) => t(s)));
  }
  if (any !== undefined) {
    const parts = any.map(compileCondition);
    tests.push((s) => parts.some((t) => t(s)));
  }
  if (not !== undefined) {
    const inner = compileCondition(not);
    tests.push((s) => !inner(s));
  }
  return (s) => tests.every((t) => t(s));
}

/** A null (unknown) signal fails every test, whatever the expected value. */
function compileSignalTest(name: SignalName, expected: boolean | number | Comparison): Test {
  if (typeof expected !== 'object') return (s) => s[name] !== null && s[name] === expected;
  const { gte, gt, lte, lt, eq } = expected;
  return (s) => {
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
