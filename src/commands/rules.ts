import { checkRuleSetFile, listBuiltInRuleSets } from '../classify/index.js';
import type { Io } from '../util/io.js';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';

/** `netprune rules`: the built-in rule sets, one line each. */
export async function listRules(io: Io): Promise<number> {
  const sets = await listBuiltInRuleSets();
  const width = Math.max(...sets.map((s) => s.id.length));
  for (const set of sets) io.stdout.write(`${set.id.padEnd(width)}  ${set.description}${set.id === 'coffee-test' ? ' (default)' : ''}\n`);
  io.stdout.write('\nUse one with --rules <name>, or your own file with --rules ./my-rules.json.\n');
  return 0;
}

/**
 * `netprune rules check <file>`: validates a user's rule file; errors point at the failing path. When the
 * config file names this file, its parameter values are checked too, as every command would bind them.
 */
export async function checkRules(file: string, io: Io): Promise<number> {
  const { path, config } = await loadConfig(io);
  const named = path !== null && config.rules !== undefined && resolve(dirname(path), config.rules) === resolve(io.cwd, file);
  const result = await checkRuleSetFile(file, io.cwd, named ? config.parameters : undefined, named ? path : undefined);
  io.stdout.write(`${file}: valid rule set "${result.id}" with ${result.rules} rule(s)\n`);
  return 0;
}
