import type { Io } from '../util/io.js';
import { loadConfig } from './load.js';

/** What a command may take from the config file, as its flags would give it. */
interface Settings {
  rules?: string;
  classifier?: string;
  me?: string;
  pluginTimeout?: string;
  pluginTotalTimeout?: string;
}

/** What only the config file gives: the values of the rule set's parameters, and the file, for messages. */
export interface FromConfig {
  parameters?: Readonly<Record<string, number>>;
  parametersFrom?: string;
}

/**
 * A command's options with the config file's settings under them: a flag given on the command line wins.
 * `--rules` or `--classifier` on the command line replaces the file's choice of classifier as a whole,
 * parameters included (they belong to the file's rule set). Only the options the command has are filled.
 */
export async function withConfig<T extends Settings>(options: T, io: Pick<Io, 'cwd' | 'env'>, table: object): Promise<T & FromConfig> {
  const { path, config } = await loadConfig(io);
  if (path === null) return options;
  const takes = (key: keyof Settings) => Object.hasOwn(table, key) && options[key] === undefined;
  const merged: T & FromConfig = { ...options };
  if (takes('rules') && takes('classifier')) {
    if (config.rules !== undefined) Object.assign(merged, { rules: config.rules, parameters: config.parameters, parametersFrom: path });
    if (config.classifier !== undefined) Object.assign(merged, { classifier: config.classifier });
  }
  if (takes('me') && config.me !== undefined) Object.assign(merged, { me: config.me });
  if (takes('pluginTimeout') && config.pluginTimeout !== undefined) Object.assign(merged, { pluginTimeout: String(config.pluginTimeout) });
  if (takes('pluginTotalTimeout') && config.pluginTotalTimeout !== undefined) Object.assign(merged, { pluginTotalTimeout: String(config.pluginTotalTimeout) });
  return merged;
}
