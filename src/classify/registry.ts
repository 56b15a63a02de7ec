import { ClassifierError } from '../errors.js';
import type { Classifier } from '../plugin-api.js';
import { listBuiltInIds, loadRuleSet, loadRuleSetFile } from './load-rule-set.js';
import { loadPlugin, type LoadedPlugin, type PluginOptions } from './load-plugin.js';
import { compileRuleSet, type ReasonSpeech } from './rule-set.js';
import type { ParameterValues } from './compose.js';
import { resolve } from 'node:path';

const DEFAULT_RULE_SET = 'coffee-test';

export interface LoadClassifierOptions extends Omit<PluginOptions, 'cwd'> {
  /** A built-in rule-set id or a path to a rule-set JSON file. */
  rules?: string;
  /** A path to a classifier plugin module. */
  classifier?: string;
  /** Where relative paths start; defaults to the process's working directory. */
  cwd?: string;
  /** Values for the rule set's parameters (the config file's `parameters`), and where they come from, for messages. */
  parameters?: ParameterValues;
  parametersFrom?: string;
  /** The language a rule set says its reasons in (a plugin's are its own); English by default. */
  speech?: ReasonSpeech;
}

/** A classifier as loaded: a plugin runs in a thread, which close() ends; a rule set has nothing to close. */
export type LoadedClassifier = Classifier & Partial<Pick<LoadedPlugin, 'classifyMany' | 'close'>>;

/** Built-in rule sets and user plugins come through this one door, as the same Classifier. */
export async function loadClassifier(options: LoadClassifierOptions = {}): Promise<LoadedClassifier> {
  const { rules, classifier, cwd, parameters, parametersFrom, speech, ...plugin } = options;
  if (rules !== undefined && classifier !== undefined) {
    throw new ClassifierError({ key: 'usage.rulesAndClassifier' });
  }
  if (classifier !== undefined) return loadPlugin(classifier, { ...plugin, cwd });
  const loaded = await loadRuleSet(rules ?? DEFAULT_RULE_SET, cwd, parameters, parametersFrom);
  return compileRuleSet(loaded.id, loaded.ruleSet, speech);
}

export async function listBuiltInRuleSets(): Promise<{ id: string; description: string }[]> {
  const ids = await listBuiltInIds();
  const loaded = await Promise.all(ids.map((id) => loadRuleSet(id)));
  return loaded.map(({ id, ruleSet }) => ({ id, description: ruleSet.description }));
}

/** `rules check <file>`: the argument is always a path. `rules` counts the ordered rules, not `otherwise`. */
export async function checkRuleSetFile(
  path: string,
  cwd?: string,
  parameters?: ParameterValues,
  parametersFrom?: string,
): Promise<{ ok: true; id: string; rules: number }> {
  const { id, ruleSet } = await loadRuleSetFile(cwd === undefined ? resolve(path) : resolve(cwd, path), path, parameters, parametersFrom);
  // Compiled as --rules would: a file that passes the check is one every command accepts.
  compileRuleSet(id, ruleSet);
  return { ok: true, id, rules: ruleSet.rules.length };
}
