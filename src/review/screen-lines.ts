/** The short lines around a card: the keys, the help, and the one line each answer leaves behind. */
import type { Decision } from '../plugin-api.js';
import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import { cardWidth, clip, fullName, role } from './card.js';
import type { BatchPromptConfig, CardAction } from './prompts.js';
import type { ReviewItem } from './queue.js';

const DONE_WORD: Record<Decision, string> = { keep: 'kept', remove: 'removed', skip: 'skipped' };
const BATCH_NAMES_SHOWN = 8;
const KEYS = [
  ['k', 'keep'],
  ['r', 'remove'],
  ['s', 'skip'],
  ['o', 'open'],
  ['u', 'undo'],
  ['c', 'company'],
  ['?', 'help'],
  ['q', 'quit'],
] as const;

export const HELP = [
  'k  keep: stay connected',
  'r  remove: add to the prune list (netprune never touches LinkedIn itself)',
  's  skip: decide later; skipped people come back after the others',
  'o  open the profile in your browser',
  'u  undo the last answer (also in the decisions file)',
  'c  keep or remove every remaining contact at this company, after a confirmation',
  'q  quit; every answer is already saved, run review again to resume',
  'Ctrl-C works like q but exits with code 130',
];

/** The keys, on as many lines as the card's width needs. */
export function keyBar(colour: Colour, width: number): string {
  const lines: string[][] = [[]];
  let used = 0;
  for (const [key, word] of KEYS) {
    const size = key.length + 1 + word.length + 3;
    if (used > 0 && used + size - 3 > width) {
      lines.push([]);
      used = 0;
    }
    lines[lines.length - 1]!.push(`${colour.bold(key)} ${word}`);
    used += size;
  }
  return lines.map((line) => line.join(colour.dim(' · '))).join('\n');
}

const mark = (colour: Colour, decision: Decision): string =>
  decision === 'keep' ? colour.green('✔') : decision === 'remove' ? colour.red('✘') : colour.dim('…');

const who = (item: ReviewItem): string => (role(item) === '' ? fullName(item) : `${fullName(item)} · ${role(item)}`);

/** What stays on screen once a card is answered: one line, so the trail never wraps. */
export function answeredLine(colour: Colour, item: ReviewItem, action: CardAction, width: number): string {
  switch (action) {
    case 'keep':
    case 'remove':
    case 'skip':
      return `${mark(colour, action)} ${clip(`${DONE_WORD[action]} ${who(item)}`, width - 2)}`;
    case 'open':
      return colour.dim(clip(`↗ opening the profile of ${fullName(item)}`, width));
    case 'undo':
      return colour.dim('↶ undo');
    case 'company':
      return colour.dim(clip(`→ every remaining contact at ${safeText(item.connection.company.trim()) || '(no company)'}`, width));
    case 'quit':
      return colour.dim('Quit. Every answer is saved.');
  }
}

/** The confirmation for `c`: who it covers, and the keys. */
export function batchScreen(colour: Colour, company: string, group: readonly ReviewItem[]): BatchPromptConfig {
  const n = group.length;
  return {
    message: colour.bold(`Every remaining contact at ${company} (${n}):`),
    people: (columns) => [
      ...group.slice(0, BATCH_NAMES_SHOWN).map((p) => clip(who(p), cardWidth(columns) - 2)),
      ...(n > BATCH_NAMES_SHOWN ? [colour.dim(`and ${n - BATCH_NAMES_SHOWN} more`)] : []),
    ],
    keyBar: `${colour.bold('k')} keep all ${n} · ${colour.bold('r')} remove all ${n} · any other key: cancel`,
    answered: (a, columns) =>
      a === 'cancel' ? colour.dim('  cancelled') : `${mark(colour, a)} ${clip(`${DONE_WORD[a]} all ${n} at ${company}`, cardWidth(columns) - 2)}`,
  };
}
