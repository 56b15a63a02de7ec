import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { ClassifierError } from '../errors.js';
import type { Message } from '../i18n/translator.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { ruleSetSchema, type RuleSet, type RuleSetFile } from './rule-set-schema.js';
import { bindParameters, extendRuleSet, standalone, type ComposedRuleSet, type ParameterValues } from './compose.js';
import { parseJsonText, validated } from './json-file.js';
import { MAX_JSON_DEPTH, findTooDeep } from './json-depth.js';

/** `rules/` at the package root. */
const BUILT_IN_DIR = join(PACKAGE_ROOT, 'rules');

export interface LoadedRuleSet {
  /** The file's base name: `coffee-test` for rules/coffee-test.json. */
  id: string;
  /** The file as the user named it (or `rules/<id>.json` for a built-in), for messages. */
  file: string;
  ruleSet: RuleSet;
}

const looksLikeName = (spec: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec);

export async function listBuiltInIds(): Promise<string[]> {
  const files = await readdir(BUILT_IN_DIR);
  return files
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** Files a rule set may extend through, in a chain: far more than any sensible composition. */
const MAX_EXTENDS = 8;

/**
 * Load a rule set by built-in id (`coffee-test`) or by path (`./my-rules.json`, relative to `cwd`), its
 * `extends` resolved and its parameters bound (`parameters`: from the config file, else the defaults).
 * A bare word is always a built-in id; write `./word.json` for a file. `rules check` and every command
 * load a rule set through here, so that they accept and refuse the same files.
 */
export async function loadRuleSet(spec: string, cwd?: string, parameters?: ParameterValues, parametersFrom?: string): Promise<LoadedRuleSet> {
  const { path, shownAs } = await locate(spec, cwd === undefined ? resolve('.') : cwd);
  return loadRuleSetFile(path, shownAs, parameters, parametersFrom);
}

export async function loadRuleSetFile(path: string, shownAs = path, parameters?: ParameterValues, parametersFrom?: string): Promise<LoadedRuleSet> {
  const composed = await compose(path, shownAs, []);
  return { id: basename(path, extname(path)), file: shownAs, ruleSet: bindParameters(composed, shownAs, parameters, parametersFrom) };
}

/** A built-in by name, else a path from `from` (the working folder, or the folder of the file that extends). */
async function locate(spec: string, from: string, shownFrom?: string): Promise<{ path: string; shownAs: string }> {
  if (looksLikeName(spec)) {
    const ids = await listBuiltInIds();
    if (!ids.includes(spec)) {
      const unknown: Message = { key: 'config.unknownRuleSet', values: { name: spec, ids: ids.join(', ') } };
      throw new ClassifierError(shownFrom === undefined ? unknown : [{ key: 'config.extends', values: { file: shownFrom } }, unknown]);
    }
    return { path: resolve(BUILT_IN_DIR, `${spec}.json`), shownAs: `rules/${spec}.json` };
  }
  return { path: resolve(from, spec), shownAs: shownFrom === undefined ? spec : join(dirname(shownFrom), spec) };
}

async function compose(path: string, shownAs: string, chain: readonly string[], extendedBy?: string): Promise<ComposedRuleSet> {
  if (chain.includes(path)) throw new ClassifierError({ key: 'config.cycle', values: { file: shownAs, count: chain.length } });
  if (chain.length >= MAX_EXTENDS) throw new ClassifierError({ key: 'config.tooManyExtends', values: { file: shownAs, count: MAX_EXTENDS } });
  const file = parseRuleSet(await readText(path, shownAs, extendedBy), shownAs);
  if (file.extends === undefined) return standalone(file);
  const base = await locate(file.extends, dirname(path), shownAs);
  return extendRuleSet(await compose(base.path, base.shownAs, [...chain, path], shownAs), base.shownAs, file, shownAs);
}

/** The file's text; `extendedBy`: the file whose `extends` names it. */
async function readText(path: string, shownAs: string, extendedBy: string | undefined): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    // An OS message other than "not found" goes in as it is: it names what went wrong best.
    const noFile = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const reason = String((error as Error).message);
    const said: Message =
      extendedBy === undefined
        ? noFile
          ? { key: 'config.ruleSetNotFound', values: { file: shownAs } }
          : { key: 'config.cannotReadRuleSet', values: { file: shownAs, reason } }
        : noFile
          ? { key: 'config.extendsNotFound', values: { by: extendedBy, file: shownAs } }
          : { key: 'config.extendsCannotRead', values: { by: extendedBy, file: shownAs, reason } };
    throw new ClassifierError(said, 2, { cause: error });
  }
}

/** JSON text → a validated rule-set file (its `extends` not yet resolved). Throws ClassifierError: `file:line:col: …` for JSON, `file: path: …` per zod issue. */
export function parseRuleSet(text: string, file: string): RuleSetFile {
  const data = parseJsonText(text, file);
  const tooDeep = findTooDeep(data);
  if (tooDeep !== null) {
    const shown = tooDeep.length > 8 ? [...tooDeep.slice(0, 6), '…', ...tooDeep.slice(-1)] : tooDeep;
    throw new ClassifierError({ key: 'config.tooDeep', values: { file, path: shown.join('.'), depth: MAX_JSON_DEPTH } });
  }
  return validated(ruleSetSchema, data, file);
}
