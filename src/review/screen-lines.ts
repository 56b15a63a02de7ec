/** The short lines around a card: the keys, the help, and the one line each answer leaves behind. */
import { LABEL_PLURALS } from '../util/labels.js';
import type { Decision, Label } from '../plugin-api.js';
import { labelColour } from '../util/colour.js';
import { percent } from '../report/predict-text.js';
import type { TastePrediction } from './taste/index.js';
import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import { cardWidth, clip, fullName, role } from './card.js';
import type { BatchPromptConfig, CardAction, FindPromptConfig, PredictedPromptConfig } from './prompts.js';
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
  ['b', 'batch'],
  ['/', 'find'],
  ['?', 'help'],
  ['q', 'quit'],
] as const;

export const HELP = [
  'k  keep: stay connected',
  'r  remove: add to the prune list (netprune never touches LinkedIn itself)',
  's  skip: decide later; skipped people come back after the others',
  'o  open the profile in your browser',
  'u  undo the last answer (also in the decisions file)',
  'c  keep or remove every remaining contact at this company with this label (a: every label), after a confirmation',
  'b  accept, after a look, the contacts netprune is at least 95 % sure you would keep, or remove',
  '/  jump to a person by name',
  'q  quit; every answer is already saved, run review again to resume',
  'Ctrl-C works like q but exits with code 130',
];

/** The keys, on as many lines as the card's width needs; `b` only where there is a taste model to ask. */
export function keyBar(colour: Colour, width: number, withBatch = true): string {
  const lines: string[][] = [[]];
  let used = 0;
  for (const [key, word] of KEYS.filter(([key]) => withBatch || key !== 'b')) {
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
    case 'batch':
      return colour.dim('→ what netprune is surest of');
    case 'find':
      return colour.dim('→ find a person by name');
    case 'quit':
      return colour.dim('Quit. Every answer is saved.');
  }
}

/** What the taste model expects of a card ("remove, 93 %: no message in 9 years; recruiter"), or what it still needs to say. */
export function expectation(colour: Colour, prediction: TastePrediction | null, missing: string): string {
  if (prediction === null) return colour.dim(`netprune learns your taste as you answer: it needs ${missing}`);
  const paint = prediction.decision === 'keep' ? colour.green : colour.red;
  return `${colour.dim('netprune expects')} ${paint(`${prediction.decision}, ${percent(prediction.confidence)}`)}${colour.dim(`: ${prediction.because.map(safeText).join('; ')}`)}`;
}

/** The confirmation for `c`: who it covers, each with their label, and the keys; `others` at the company have another label than `label`. */
export function batchScreen(colour: Colour, company: string, group: readonly ReviewItem[], others = 0, label?: Label): BatchPromptConfig {
  const n = group.length;
  const mixed = new Set(group.map((p) => p.verdict.label)).size > 1;
  const tagged = (p: ReviewItem, width: number) => {
    const tag = p.verdict.label;
    return `${clip(who(p), width - tag.length - 2)}  ${labelColour(colour, tag)(tag)}`;
  };
  const message =
    others === 0
      ? `Every remaining contact at ${company} (${n}):`
      : `The remaining ${label === undefined ? 'contacts' : LABEL_PLURALS[label]} at ${company} (${n}; ${others} more with another label):`;
  return {
    message: colour.bold(message),
    people: (columns) => [
      ...group.slice(0, BATCH_NAMES_SHOWN).map((p) => (mixed || others > 0 ? tagged(p, cardWidth(columns) - 2) : clip(who(p), cardWidth(columns) - 2))),
      ...(n > BATCH_NAMES_SHOWN ? [colour.dim(`and ${n - BATCH_NAMES_SHOWN} more`)] : []),
    ],
    canWiden: others > 0,
    keyBar: `${colour.bold('k')} keep all ${n} · ${colour.bold('r')} remove all ${n}${others > 0 ? ` · ${colour.bold('a')} every label (${n + others})` : ''} · any other key: cancel`,
    answered: (a, columns) =>
      a === 'cancel'
        ? colour.dim('  cancelled')
        : a === 'widen'
          ? colour.dim(`  every label at ${company}`)
          : `${mark(colour, a)} ${clip(`${DONE_WORD[a]} all ${n} at ${company}`, cardWidth(columns) - 2)}`,
  };
}

/** A batch the taste model proposes: a page of it at a time, each person with how sure netprune is and why. */
export function predictedScreen(
  colour: Colour,
  decision: 'keep' | 'remove',
  batch: readonly ReviewItem[],
  start: number,
  predict: (item: ReviewItem) => TastePrediction | null,
): PredictedPromptConfig {
  const n = batch.length;
  const end = (size: number) => Math.min(n, start + size);
  const verb = decision === 'keep' ? 'keep' : 'remove';
  return {
    message: colour.bold(`netprune is at least 95 % sure you would ${verb} ${n === 1 ? 'this one' : `these ${n}`}:`),
    page: (columns, size) =>
      batch.slice(start, end(size)).map((p) => {
        const guess = predict(p);
        const why = guess === null ? '' : colour.dim(` ${percent(guess.confidence)}: ${guess.because.map(safeText).join('; ')}`);
        return clip(`${fullName(p)}${role(p) === '' ? '' : ` · ${role(p)}`}`, Math.floor((cardWidth(columns) - 2) / 2)) + why;
      }),
    keyBar: (size) => {
      const shown = end(size) - start;
      const page = n > size ? `${start + 1}–${end(size)} of ${n} · ${colour.bold('n')} next page · ` : '';
      return `${page}${colour.bold('y')} ${verb} ${shown === n ? `these ${n}` : `these ${shown}`} · ${colour.bold('a')} ${verb} all ${n} · any other key: back to the cards`;
    },
    answered: (a, size, columns) => {
      if (a === 'cancel' || a === 'next') return colour.dim(a === 'cancel' ? '  back to the cards' : '  next page');
      const count = a === 'all' ? n : end(size) - start;
      return `${mark(colour, decision)} ${clip(`${DONE_WORD[decision]} ${count} netprune was sure about`, cardWidth(columns) - 2)}`;
    },
  };
}

/** `/`: the name typed so far, and who it finds among those still to review. */
export function findScreen(colour: Colour, matching: (typed: string) => readonly ReviewItem[]): FindPromptConfig {
  return {
    message: colour.bold('Jump to (a name, Enter; Escape to go back):'),
    matches: (typed, columns) => {
      const found = matching(typed);
      if (found.length === 0) return [colour.dim('no one still to review')];
      const shown = found.slice(0, 5).map((p, i) => (i === 0 ? '→ ' : '  ') + clip(who(p), cardWidth(columns) - 4));
      return found.length > 5 ? [...shown, colour.dim(`  and ${found.length - 5} more`)] : shown;
    },
  };
}
