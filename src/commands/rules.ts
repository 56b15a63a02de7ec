import { checkRuleSetFile, listBuiltInRuleSets } from '../classify/index.js';
import type { Io } from '../util/io.js';
import type { Key, Translator } from '../i18n/translator.js';
import { safeText } from '../util/terminal-text.js';
import { dirname, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';

/** `netprune rules`: the built-in rule sets, one line each, described in `t`'s language. */
export async function listRules(io: Io, t: Translator): Promise<number> {
  const sets = await listBuiltInRuleSets();
  const width = Math.max(...sets.map((s) => s.id.length));
  for (const set of sets) {
    // A built-in set's description is in the catalogue; one the catalogue lacks (a set added since) is shown as its file writes it.
    const key = DESCRIPTIONS[set.id];
    const description = key === undefined ? safeText(set.description) : t(key);
    io.stdout.write(`${set.id.padEnd(width)}  ${set.id === 'coffee-test' ? t('rules.default', { description }) : description}\n`);
  }
  io.stdout.write(`\n${t('rules.use')}\n`);
  return 0;
}

const DESCRIPTIONS: Readonly<Record<string, Key & `rules.description.${string}`>> = {
  'coffee-test': 'rules.description.coffee-test',
  'no-recruiters': 'rules.description.no-recruiters',
  'open-networker': 'rules.description.open-networker',
  strict: 'rules.description.strict',
};

/**
 * `netprune rules check <file>`: validates a user's rule file; errors point at the failing path. When the
 * config file names this file, its parameter values are checked too, as every command would bind them.
 */
export async function checkRules(file: string, io: Io, t: Translator): Promise<number> {
  const { path, config } = await loadConfig(io);
  const named = path !== null && config.rules !== undefined && resolve(dirname(path), config.rules) === resolve(io.cwd, file);
  const result = await checkRuleSetFile(file, io.cwd, named ? config.parameters : undefined, named ? path : undefined);
  io.stdout.write(`${t('rules.valid', { file: safeText(file), id: safeText(result.id), count: result.rules })}\n`);
  return 0;
}
