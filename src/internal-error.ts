import { safeText } from './util/terminal-text.js';

/**
 * What netprune prints for a bug of its own: the stack, for the report, each line made safe to print.
 * Apart from errors.ts, which needs the catalogue: cli.ts imports this on every run, and the main
 * thread of `audit` has no other use for 80 KB of English sentences (docs/performance.md).
 */
export const internalErrorText = (detail: string): string =>
  `netprune: internal error, please report it with the command you ran.\n${detail.split('\n').map(safeText).join('\n')}\n`;
