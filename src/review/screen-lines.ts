/** The short lines around a card: the keys, the help, and the one line each answer leaves behind, in the review's language. */
import type { Decision, Label } from '../plugin-api.js';
import { labelColour } from '../util/colour.js';
import type { TastePrediction } from './taste/index.js';
import type { Colour } from '../util/colour.js';
import type { Key, Translator } from '../i18n/translator.js';
import { displayWidth, safeText } from '../util/terminal-text.js';
import { becauseList, rulesOf } from './because-text.js';
import { cardWidth, clip, fullName, role, wrap } from './card.js';
import type { BatchPromptConfig, CardAction, FindPromptConfig, PredictedPromptConfig } from './prompts.js';
import type { ReviewItem } from './queue.js';

const DONE: Record<Decision, 'review.kept' | 'review.removed' | 'review.skipped'> = { keep: 'review.kept', remove: 'review.removed', skip: 'review.skipped' };
const BATCH_NAMES_SHOWN = 8;
const KEYS = [
  ['k', 'review.key.keep'],
  ['r', 'review.key.remove'],
  ['s', 'review.key.skip'],
  ['o', 'review.key.open'],
  ['u', 'review.key.undo'],
  ['c', 'review.key.company'],
  ['b', 'review.key.batch'],
  ['/', 'review.key.find'],
  ['?', 'review.key.help'],
  ['q', 'review.key.quit'],
] as const satisfies readonly (readonly [string, Key])[];

const HELP_KEYS = [
  'review.help.keep',
  'review.help.remove',
  'review.help.skip',
  'review.help.open',
  'review.help.undo',
  'review.help.company',
  'review.help.batch',
  'review.help.find',
  'review.help.quit',
  'review.help.ctrlC',
] as const;

/**
 * The help `?` shows, `width` columns wide; `b`'s line only where there is a taste model to ask. Each
 * line is wrapped at spaces, its text lined up under its text past the key ("k  keep: …"): the
 * terminal would cut words anywhere.
 */
export const helpLines = (t: Translator, withBatch: boolean, width: number): string[] =>
  HELP_KEYS.filter((key) => withBatch || key !== 'review.help.batch').flatMap((key) => {
    const text = t(key);
    const head = /^\S{1,2} {2}/.exec(text)?.[0] ?? '';
    const indent = ' '.repeat(head === '' ? 3 : head.length);
    return wrap(text.slice(head.length), width - indent.length).map((line, i) => (i === 0 ? head : indent) + line);
  });

/** How sure the taste model is: floored, so that 99.6 % never shows as a certainty. */
export const sureText = (t: Translator, confidence: number): string => t('review.sure', { percent: Math.floor(confidence * 100) });

/** Labels as a sentence names a group of people. */
export const labelPlural = (t: Translator, label: Label): string => t(`review.plural.${label}`);

/** The keys, on as many lines as the card's width needs; `b` only where there is a taste model to ask. */
export function keyBar(colour: Colour, width: number, withBatch: boolean, t: Translator): string {
  const lines: string[][] = [[]];
  let used = 0;
  for (const [key, wordKey] of KEYS.filter(([key]) => withBatch || key !== 'b')) {
    const word = t(wordKey);
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

const who = (item: ReviewItem, t: Translator): string => (role(item, t) === '' ? fullName(item) : `${fullName(item)} · ${role(item, t)}`);

/** What stays on screen once a card is answered: one line, so the trail never wraps. */
export function answeredLine(colour: Colour, item: ReviewItem, action: CardAction, width: number, t: Translator): string {
  switch (action) {
    case 'keep':
    case 'remove':
    case 'skip':
      return `${mark(colour, action)} ${clip(t(DONE[action], { who: who(item, t) }), width - 2)}`;
    case 'open':
      return colour.dim(clip(t('review.opening', { name: fullName(item) }), width));
    case 'undo':
      return colour.dim(t('review.undoing'));
    case 'company':
      return colour.dim(clip(t('review.toCompany', { company: safeText(item.connection.company.trim()) || t('review.noCompany') }), width));
    case 'batch':
      return colour.dim(t('review.toBatch'));
    case 'find':
      return colour.dim(t('review.toFind'));
    case 'quit':
      return colour.dim(t('review.quit'));
  }
}

/** What the taste model expects of a card ("remove, 93 %: no message in 9 years; recruiter"), or what it still needs to say. */
export function expectation(colour: Colour, prediction: TastePrediction | null, missing: string, t: Translator, rules: readonly string[] = []): string {
  if (prediction === null) return colour.dim(t('review.learning', { missing }));
  const paint = prediction.decision === 'keep' ? colour.green : colour.red;
  const guess = paint(t(prediction.decision === 'keep' ? 'review.guess.keep' : 'review.guess.remove', { sure: sureText(t, prediction.confidence) }));
  return colour.dim(t('review.expects', { guess, because: becauseList(t, prediction.because, rules) }));
}

/** The confirmation for `c`: who it covers, each with their label, and the keys; `others` at the company have another label than `label`. */
export function batchScreen(colour: Colour, company: string, group: readonly ReviewItem[], t: Translator, others = 0, label?: Label): BatchPromptConfig {
  const n = group.length;
  const mixed = new Set(group.map((p) => p.verdict.label)).size > 1;
  const tagged = (p: ReviewItem, width: number) => {
    const tag = t(`label.${p.verdict.label}`);
    return `${clip(who(p, t), width - tag.length - 2)}  ${labelColour(colour, p.verdict.label)(tag)}`;
  };
  const message =
    others === 0
      ? t('review.company.all', { company, count: n })
      : t('review.company.some', { labels: label === undefined ? t('review.company.contacts') : labelPlural(t, label), company, count: n, others });
  const keys = { k: colour.bold('k'), r: colour.bold('r'), count: n };
  return {
    message: colour.bold(message),
    people: (columns) => [
      ...group.slice(0, BATCH_NAMES_SHOWN).map((p) => (mixed || others > 0 ? tagged(p, cardWidth(columns) - 2) : clip(who(p, t), cardWidth(columns) - 2))),
      ...(n > BATCH_NAMES_SHOWN ? [colour.dim(t('review.andMore', { count: n - BATCH_NAMES_SHOWN }))] : []),
    ],
    canWiden: others > 0,
    keyBar: others > 0 ? t('review.company.keysWiden', { ...keys, a: colour.bold('a'), everyone: n + others }) : t('review.company.keys', keys),
    answered: (a, columns) =>
      a === 'cancel'
        ? colour.dim(`  ${t('review.cancelled')}`)
        : a === 'widen'
          ? colour.dim(`  ${t('review.company.widened', { company })}`)
          : `${mark(colour, a)} ${clip(t(a === 'keep' ? 'review.company.kept' : 'review.company.removed', { count: n, company }), cardWidth(columns) - 2)}`,
  };
}

/** A batch the taste model proposes: a page of it at a time, each person with how sure netprune is and why. */
export function predictedScreen(
  colour: Colour,
  decision: 'keep' | 'remove',
  batch: readonly ReviewItem[],
  start: number,
  predict: (item: ReviewItem) => TastePrediction | null,
  t: Translator,
): PredictedPromptConfig {
  const n = batch.length;
  const end = (size: number) => Math.min(n, start + size);
  const keeping = decision === 'keep';
  return {
    message: colour.bold(t(keeping ? 'review.batch.keep' : 'review.batch.remove', { count: n })),
    page: (columns, size) =>
      batch.slice(start, end(size)).map((p) => {
        // One line each, whatever the language: the page size counts lines.
        const width = cardWidth(columns) - 2;
        const person = clip(`${fullName(p)}${role(p, t) === '' ? '' : ` · ${role(p, t)}`}`, Math.floor(width / 2));
        const guess = predict(p);
        if (guess === null) return person;
        const why = t('review.batch.why', { sure: sureText(t, guess.confidence), because: becauseList(t, guess.because, rulesOf(p)) });
        return person + colour.dim(clip(` ${why}`, width - displayWidth(person)));
      }),
    keyBar: (size) => {
      const shown = end(size) - start;
      const page = n > size ? t('review.batch.page', { from: start + 1, to: end(size), count: n, n: colour.bold('n') }) : '';
      return `${page}${t(keeping ? 'review.batch.keys.keep' : 'review.batch.keys.remove', { y: colour.bold('y'), a: colour.bold('a'), shown, count: n })}`;
    },
    answered: (a, size, columns) => {
      if (a === 'cancel' || a === 'next') return colour.dim(`  ${t(a === 'cancel' ? 'review.batch.back' : 'review.batch.next')}`);
      const count = a === 'all' ? n : end(size) - start;
      return `${mark(colour, decision)} ${clip(t(keeping ? 'review.batch.kept' : 'review.batch.removed', { count }), cardWidth(columns) - 2)}`;
    },
  };
}

/** `/`: the name typed so far, and who it finds among those still to review. */
export function findScreen(colour: Colour, matching: (typed: string) => readonly ReviewItem[], t: Translator): FindPromptConfig {
  return {
    message: colour.bold(t('review.find.prompt')),
    cancelled: t('review.find.cancelled'),
    matches: (typed, columns) => {
      const found = matching(typed);
      if (found.length === 0) return [colour.dim(t('review.find.nobody'))];
      const shown = found.slice(0, 5).map((p, i) => (i === 0 ? '→ ' : '  ') + clip(who(p, t), cardWidth(columns) - 4));
      return found.length > 5 ? [...shown, colour.dim(`  ${t('review.andMore', { count: found.length - 5 })}`)] : shown;
    },
  };
}
