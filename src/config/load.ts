import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ClassifierError } from '../errors.js';
import { parseJsonText, validated } from '../classify/json-file.js';
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
      throw new ClassifierError({ key: 'config.cannotReadConfig', values: { file: path, reason: error.message } }, 2, { cause: error });
    });
    if (text !== null) return { path, config: absolutePaths(parseConfig(text, path), dirname(path)) };
  }
  return { path: null, config: {} };
}

/** JSON text → a validated Config: `file:line:col: …` for JSON, `file: path: …` per problem. */
function parseConfig(text: string, file: string): Config {
  return validated(configSchema, parseJsonText(text, file), file);
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
