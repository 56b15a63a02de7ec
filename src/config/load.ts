import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ClassifierError } from '../errors.js';
import { describeIssue, formatIssues } from '../classify/issues.js';
import { findJsonSyntaxError } from '../classify/json-syntax.js';
import type { Io } from '../util/io.js';
import { configSchema, type Config } from './schema.js';
import { configCandidates } from './locate.js';

export interface LoadedConfig {
  /** The file read, or null when there is none. */
  path: string | null;
  /** Its settings, paths made absolute (they are relative to the file's folder). */
  config: Config;
}

export async function loadConfig(io: Pick<Io, 'cwd' | 'env'>): Promise<LoadedConfig> {
  for (const path of configCandidates(io)) {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
      throw new ClassifierError(`Cannot read ${path}: ${error.message}`, 2, { cause: error });
    });
    if (text !== null) return { path, config: absolutePaths(parseConfig(text, path), dirname(path)) };
  }
  return { path: null, config: {} };
}

/** JSON text → a validated Config: `file:line:col: …` for JSON, `file: path: …` per problem. */
function parseConfig(text: string, file: string): Config {
  const json = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const where = findJsonSyntaxError(json);
    throw new ClassifierError(`${file}:${where?.line ?? 1}:${where?.column ?? 1}: invalid JSON: ${where?.message ?? (error as Error).message}`, 2, {
      cause: error,
    });
  }
  const result = configSchema.safeParse(data, { error: describeIssue });
  if (!result.success)
    throw new ClassifierError(
      formatIssues(result.error.issues)
        .map((line) => `${file}: ${line}`)
        .join('\n'),
      2,
      { cause: result.error },
    );
  return result.data;
}

/** A built-in rule set's name stays a name; a path is made absolute from the config file's folder. */
const looksLikeName = (spec: string): boolean => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec);

function absolutePaths(config: Config, from: string): Config {
  return {
    ...config,
    ...(config.rules !== undefined && !looksLikeName(config.rules) && { rules: resolve(from, config.rules) }),
    ...(config.classifier !== undefined && { classifier: resolve(from, config.classifier) }),
  };
}
