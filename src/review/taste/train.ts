import { fitTemperature } from './calibrate.js';
import { buildEncoder } from './encoder.js';
import { rememberTitles } from './familiar.js';
import { describer, fieldVocabulary } from './families.js';
import { makeModel } from './model.js';
import { fitLogistic } from './logistic.js';
import { leaveOneOutLogits } from './predictive.js';
import type { NotEnough, TasteContact, TasteExample, TasteModel, TasteOptions } from './types.js';

const MIN_ANSWERS = 20;

/**
 * Learns the person's taste from their own keep/remove answers: a logistic regression (small,
 * explainable by its weights, fitted in milliseconds after every answer), a temperature fitted on
 * its leave-one-out predictions of those answers, and a hold on job titles never answered the same
 * way (familiar.ts). Deterministic: the same answers in the same order give the same model, bit for
 * bit. Below `minAnswers`, or until both decisions have been given, it says what is missing instead.
 */
export function trainTaste<C extends TasteContact>(examples: readonly TasteExample<C>[], options: TasteOptions): TasteModel | NotEnough {
  const need = options.minAnswers ?? MIN_ANSWERS;
  const missing = (['keep', 'remove'] as const).filter((d) => !examples.some((e) => e.decision === d));
  if (examples.length < need || missing.length > 0) return { notEnough: { have: examples.length, need, missing } };
  const contacts = examples.map((e) => e.contact);
  const field = fieldVocabulary(options.network ?? contacts);
  const describe = describer(options.today, field);
  const answers = contacts.map(describe);
  const targets = examples.map((e) => (e.decision === 'keep' ? 1 : 0));
  const encoder = buildEncoder(answers);
  const fitted = { encoder, ...fitLogistic(answers.map(encoder.encode), targets, encoder.penalties) };
  const temperature = fitTemperature(leaveOneOutLogits(fitted, answers, targets), targets);
  return makeModel(fitted, temperature, rememberTitles(contacts, answers, targets, field), describe, examples.length);
}

export const isNotEnough = (result: TasteModel | NotEnough): result is NotEnough => 'notEnough' in result;
