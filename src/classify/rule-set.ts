import type { Classifier, Label, Verdict } from '../plugin-api.js';
import type { Comparison, Condition, Rule, RuleSet, TextTest } from './rule-set-schema.js';
import { signalsOf, type SignalName, type Signals } from './signals.js';
import { compileAnyOf, isTextName, textWordsOf, type TextName } from './texts.js';
import { compileTemplate, placeholderValue, reasonWords } from './template.js';
import type { Reason } from './rule-set-schema.js';
import type { Translator } from '../i18n/translator.js';
import { frenchTypography } from '../i18n/typography.js';

const DEFAULT_SCORE: Record<Label, number> = { known: 1, 'weak-tie': 0.5, stranger: 0 };

/** What a condition reads of one contact: the signals, and the texts' words, made only if asked. */
interface Facts {
  signals: Signals;
  textWords: (name: TextName) => readonly string[] | null;
}

type Test = (facts: Facts) => boolean;

/** The language reasons are said in, and how (the pseudo-locale marks them). English, as written, by default. */
export type ReasonSpeech = Pick<Translator, 'language' | 'said'>;
const ENGLISH: ReasonSpeech = { language: 'en', said: (text) => text };

/** A reason in the language asked for, else in the one the file gives: a rule file in one language works in all. */
function reasonIn(reason: Reason, language: ReasonSpeech['language']): string {
  if (typeof reason === 'string') return reason;
  // A file's French is written with plain spaces and apostrophes, as the catalogue's is.
  if (language === 'fr' && reason.fr !== undefined) return frenchTypography(reason.fr);
  return reason.en ?? reason.fr ?? '';
}

/**
 * Compile a validated rule set into a Classifier. Pure: the first rule whose `when` holds decides.
 * Its reasons are said in `speech`'s language: in the JSON output as well, the one text there that follows the language.
 */
export function compileRuleSet(id: string, ruleSet: RuleSet, speech: ReasonSpeech = ENGLISH): Classifier {
  const words = reasonWords(speech.language);
  const compile = (rule: Omit<Rule, 'when'>, when?: Condition) => ({
    id: rule.id,
    label: rule.label,
    score: rule.score ?? DEFAULT_SCORE[rule.label],
    test: when === undefined ? () => true : compileCondition(when),
    fill: compileTemplate(reasonIn(rule.reason, speech.language), words.isOne),
  });
  const rules = ruleSet.rules.map((rule) => compile(rule, rule.when));
  const otherwise = compile(ruleSet.otherwise);
  // One string per distinct reason, kept to the report: the heavy bench export's 46,000 reasons say 4,300 things.
  const said = new Map<string, string>();
  const once = (text: string): string => {
    const found = said.get(text);
    if (found !== undefined) return found;
    said.set(text, text);
    return text;
  };
  return {
    id,
    description: ruleSet.description,
    classify(contact, evidence, context): Verdict {
      const signals = signalsOf(contact, evidence, context);
      const facts: Facts = { signals, textWords: textWordsOf(contact, evidence) };
      const rule = firstHolding(rules, facts) ?? otherwise;
      const detail = once(speech.said(rule.fill((key) => placeholderValue(key, contact, evidence, signals, words), signals)));
      return { label: rule.label, reasons: [{ rule: rule.id, detail }], score: rule.score };
    },
  };
}

/** The first rule whose test holds: `rules.find((r) => r.test(facts))` without an arrow made per contact. */
function firstHolding<R extends { test: Test }>(rules: readonly R[], facts: Facts): R | undefined {
  for (const rule of rules) if (rule.test(facts)) return rule;
  return undefined;
}

function compileCondition(condition: Condition): Test {
  const { all, any, not, ...leaves } = condition;
  const tests: Test[] = Object.entries(leaves).map(([name, expected]) =>
    isTextName(name) ? compileTextTest(name, expected as TextTest) : compileSignalTest(name as SignalName, expected as boolean | number | Comparison),
  );
  if (all !== undefined) tests.push(allOf(all.map(compileCondition)));
  if (any !== undefined) tests.push(anyOf(any.map(compileCondition)));
  if (not !== undefined) {
    const inner = compileCondition(not);
    tests.push((f) => !inner(f));
  }
  return allOf(tests);
}

/**
 * Every test holds. A loop, not `tests.every((t) => t(f))`: that arrow is a new closure for each contact
 * and each condition: 26 MB of the 127 MB that classifying 30,000 contacts allocated.
 */
function allOf(tests: readonly Test[]): Test {
  return (f) => {
    for (const test of tests) if (!test(f)) return false;
    return true;
  };
}

/** One test holds, tried in order as `some()` would. */
function anyOf(tests: readonly Test[]): Test {
  return (f) => {
    for (const test of tests) if (test(f)) return true;
    return false;
  };
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
