import { shellQuote } from '../util/shell-quote.js';

/** The options that change what netprune concludes, in the order `--help` lists them. */
const REPRODUCED = [
  ['rules', '--rules'],
  ['classifier', '--classifier'],
  ['me', '--me'],
  ['pluginTimeout', '--plugin-timeout'],
  ['pluginTotalTimeout', '--plugin-total-timeout'],
] as const;

/**
 * ` --rules strict --me https://…`: the options in force (from flags or the config file), for the next
 * command netprune suggests, so that it runs as this one did. Empty when none is set.
 */
export function flagsInForce(options: Partial<Record<(typeof REPRODUCED)[number][0], string | undefined>>): string {
  return REPRODUCED.map(([key, flag]) => (options[key] === undefined ? '' : ` ${flag} ${shellQuote(options[key])}`)).join('');
}
