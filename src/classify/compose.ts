import { ClassifierError } from '../errors.js';
import type { Notice } from '../i18n/notice.js';
import type { Message } from '../i18n/translator.js';
import { PARAMETER_REF, type Condition, type Rule, type RuleSet, type RuleSetFile } from './rule-set-schema.js';
import { suggest } from './issues.js';

/** A rule set with `extends` resolved, its parameters not yet bound: each with its default and the file that set it. */
export interface ComposedRuleSet extends RuleSet {
  parameters: Map<string, { default: number; description?: string }>;
}

/** The parameters a rule set may be given: from the config file (`parameters`), by name. */
export type ParameterValues = Readonly<Record<string, number>>;

export const standalone = (file: RuleSetFile): ComposedRuleSet => ({
  description: file.description!,
  rules: (file.rules ?? []).map(withoutPlacement),
  otherwise: file.otherwise!,
  parameters: new Map(Object.entries(file.parameters ?? {})),
});

/**
 * `file` on top of `base` (its `extends`): rules of a base id replace it where it stands, unless moved
 * with before/after; new rules go at the end or before/after a base rule; `remove` drops base rules.
 * Every problem is listed, each `<file>: <path>: …`, as the schema's are.
 */
export function extendRuleSet(base: ComposedRuleSet, baseName: string, file: RuleSetFile, shownAs: string): ComposedRuleSet {
  const problems: Notice[] = [];
  let rules = [...base.rules];
  const has = (id: string) => rules.some((rule) => rule.id === id);
  file.remove?.forEach((id, i) => {
    if (!has(id)) problems.push(withHint({ key: 'config.noRuleToRemove', values: { file: shownAs, index: String(i), id, base: baseName } }, id, rules));
    rules = rules.filter((rule) => rule.id !== id);
  });
  file.rules?.forEach((rule, i) => {
    const own = withoutPlacement(rule);
    const anchorId = rule.before ?? rule.after;
    if (anchorId === undefined) {
      const at = rules.findIndex((r) => r.id === rule.id);
      if (at === -1) rules.push(own);
      else rules[at] = own;
      return;
    }
    rules = rules.filter((r) => r.id !== rule.id);
    const anchor = rules.findIndex((r) => r.id === anchorId);
    if (anchor === -1) {
      const place = rule.before === undefined ? 'after' : 'before';
      problems.push(withHint({ key: 'config.noAnchor', values: { file: shownAs, index: String(i), place, id: anchorId, base: baseName } }, anchorId, rules));
      return;
    }
    rules.splice(rule.before === undefined ? anchor + 1 : anchor, 0, own);
  });
  const otherwise = file.otherwise ?? base.otherwise;
  if (rules.some((rule) => rule.id === otherwise.id)) problems.push({ key: 'config.otherwiseIdTaken', values: { file: shownAs, id: otherwise.id } });
  if (problems.length > 0) throw new ClassifierError({ problems });
  const parameters = new Map(base.parameters);
  for (const [name, parameter] of Object.entries(file.parameters ?? {})) parameters.set(name, parameter);
  return { description: file.description ?? base.description, rules, otherwise, parameters };
}

/**
 * Every `"$name"` replaced by its value: the config file's, else the default. A name the rule set does not
 * define, in a rule or among the values given, is an error naming where it is.
 */
export function bindParameters(composed: ComposedRuleSet, shownAs: string, values: ParameterValues = {}, valuesFrom?: string): RuleSet {
  const names = [...composed.parameters.keys()];
  const problems: Notice[] = [];
  for (const name of Object.keys(values)) {
    if (!composed.parameters.has(name)) {
      // Values always come from the config file; a caller that does not say which one gets it named in words.
      const noSuch: Message =
        valuesFrom === undefined
          ? { key: 'config.noSuchParameterInConfig', values: { name, file: shownAs } }
          : { key: 'config.noSuchParameter', values: { from: valuesFrom, name, file: shownAs } };
      problems.push(
        withHint(
          noSuch,
          name,
          names.map((id) => ({ id })),
        ),
      );
    }
  }
  const parameterValue = (ruleId: string, ref: string): number => {
    const name = PARAMETER_REF.exec(ref)?.[1] ?? ref;
    const parameter = composed.parameters.get(name);
    if (parameter === undefined) {
      const near = suggest(name, names);
      problems.push(
        near === undefined
          ? { key: 'config.unknownParameter', values: { file: shownAs, rule: ruleId, ref } }
          : { key: 'config.unknownParameterNear', values: { file: shownAs, rule: ruleId, ref, near: `$${near}` } },
      );
      return Number.NaN;
    }
    return values[name] ?? parameter.default;
  };
  const rules = composed.rules.map((rule) => ({ ...rule, when: bindCondition(rule.when, (ref) => parameterValue(rule.id, ref)) }));
  if (problems.length > 0) throw new ClassifierError({ problems });
  return { description: composed.description, rules, otherwise: composed.otherwise };
}

function bindCondition(condition: Condition, parameterValue: (ref: string) => number): Condition {
  const bound: Record<string, unknown> = {};
  for (const [key, test] of Object.entries(condition)) {
    if (key === 'all' || key === 'any') bound[key] = (test as Condition[]).map((c) => bindCondition(c, parameterValue));
    else if (key === 'not') bound[key] = bindCondition(test as Condition, parameterValue);
    else if (typeof test === 'string') bound[key] = parameterValue(test);
    else if (typeof test === 'object' && test !== null && !('anyOf' in test)) {
      bound[key] = Object.fromEntries(Object.entries(test).map(([op, v]) => [op, typeof v === 'string' ? parameterValue(v) : v]));
    } else bound[key] = test;
  }
  return bound as Condition;
}

const withoutPlacement = ({ before: _, after: __, ...rule }: Rule): Rule => rule;

/** The problem, and `(did you mean "one-way-only"?)` after it when an id among these is close to the one given. */
const withHint = (problem: Message, id: string, among: readonly { id: string }[]): Notice => {
  const near = suggest(
    id,
    among.map((r) => r.id),
  );
  return near === undefined ? problem : [problem, { key: 'config.didYouMean', values: { near } }];
};
