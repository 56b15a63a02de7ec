import { readFile, readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { ClassifierError } from '../errors.js';
import { PACKAGE_ROOT } from '../package-root.js';
import { ruleSetSchema, type RuleSet } from './rule-set-schema.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { describeIssue, formatIssues } from './issues.js';
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

/**
 * Load a rule set by built-in id (`coffee-test`) or by path (`./my-rules.json`, relative to `cwd`).
 * A bare word is always a built-in id; write `./word.json` for a file.
 */
export async function loadRuleSet(spec: string, cwd?: string): Promise<LoadedRuleSet> {
  if (looksLikeName(spec)) {
    const ids = await listBuiltInIds();
    if (!ids.includes(spec)) {
      throw new ClassifierError(`Unknown rule set "${spec}". Built-in rule sets: ${ids.join(', ')}. To load a file, give its path, such as ./${spec}.json.`);
    }
    return loadRuleSetFile(resolve(BUILT_IN_DIR, `${spec}.json`), `rules/${spec}.json`);
  }
  return loadRuleSetFile(cwd === undefined ? resolve(spec) : resolve(cwd, spec), spec);
}

export async function loadRuleSetFile(path: string, shownAs = path): Promise<LoadedRuleSet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
    throw new ClassifierError(`Cannot read rule set ${shownAs}: ${reason}`, 2, { cause: error });
  }
  return { id: basename(path, extname(path)), file: shownAs, ruleSet: parseRuleSet(text, shownAs) };
}

/** JSON text → validated RuleSet. Throws ClassifierError: `file:line:col: …` for JSON, `file: path: …` per zod issue. */
export function parseRuleSet(text: string, file: string): RuleSet {
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const where = findJsonSyntaxError(json);
    const detail = where === null ? `:1:1: invalid JSON: ${(error as Error).message}` : `:${where.line}:${where.column}: invalid JSON: ${where.message}`;
    throw new ClassifierError(`${file}${detail}`, 2, { cause: error });
  }
  const tooDeep = findTooDeep(data);
  if (tooDeep !== null) {
    const shown = tooDeep.length > 8 ? [...tooDeep.slice(0, 6), '…', ...tooDeep.slice(-1)] : tooDeep;
    throw new ClassifierError(`${file}: ${shown.join('.')}: nested more than ${MAX_JSON_DEPTH} levels deep; write the condition with fewer levels`);
  }
  const result = ruleSetSchema.safeParse(data, { error: describeIssue });
  if (!result.success) {
    throw new ClassifierError(
      formatIssues(result.error.issues)
        .map((line) => `${file}: ${line}`)
        .join('\n'),
      2,
      { cause: result.error },
    );
  }
  return result.data;
}
