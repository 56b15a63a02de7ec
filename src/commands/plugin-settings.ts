import { UsageError } from '../errors.js';
import { DEFAULT_PLUGIN_LIMITS, type PluginLimits } from '../classify/plugin-host.js';
import type { AnalyseOptions } from '../analyse.js';
import { safeText } from '../util/terminal-text.js';
import type { Io } from '../util/io.js';

interface PluginFlags {
  pluginTimeout?: string;
  pluginTotalTimeout?: string;
  debug?: boolean;
}

/**
 * What every command that classifies tells analyse() about a plugin: its console goes to stderr, a
 * line at a time and made safe to print (stdout is the report, and may be JSON), and its time limits.
 */
export function pluginSettings(flags: PluginFlags, io: Io): Pick<AnalyseOptions, 'pluginOutput' | 'pluginLimits' | 'debug'> {
  return {
    pluginOutput: (text) => {
      for (const line of text.replace(/\n$/, '').split('\n')) io.stderr.write(`plugin: ${safeText(line)}\n`);
    },
    pluginLimits: limitsOf(flags),
    debug: flags.debug === true,
  };
}

function limitsOf(flags: PluginFlags): PluginLimits {
  return {
    perContactMs: flags.pluginTimeout === undefined ? DEFAULT_PLUGIN_LIMITS.perContactMs : milliseconds('--plugin-timeout', flags.pluginTimeout),
    runMs: flags.pluginTotalTimeout === undefined ? DEFAULT_PLUGIN_LIMITS.runMs : milliseconds('--plugin-total-timeout', flags.pluginTotalTimeout),
  };
}

function milliseconds(flag: string, value: string): number {
  const seconds = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(seconds > 0)) throw new UsageError({ key: 'usage.seconds', values: { flag, value } });
  return seconds * 1000;
}
