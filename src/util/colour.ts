import { Chalk, type ChalkInstance } from 'chalk';

export type Colour = ChalkInstance;

/**
 * The only importer of chalk. Colour follows the usual conventions: NO_COLOR turns it off,
 * FORCE_COLOR forces a level, and otherwise only a terminal gets colour.
 */
export function createColour(env: Record<string, string | undefined>, isTTY: boolean): Colour {
  return new Chalk({ level: colourLevel(env, isTTY) });
}

function colourLevel(env: Record<string, string | undefined>, isTTY: boolean): 0 | 1 | 2 | 3 {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') {
    if (force === 'false' || force === '0') return 0;
    const level = Number(force);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  if (!isTTY || env['TERM'] === 'dumb') return 0;
  return env['COLORTERM'] === 'truecolor' ? 3 : 2;
}

export const labelColour = (colour: Colour, label: string): ((text: string) => string) =>
  label === 'known' ? colour.green : label === 'weak-tie' ? colour.yellow : colour.red;
