/**
 * A model of the person's taste: learnt from their first keep/remove answers, it proposes the
 * rest in confident batches and asks first about the cards it is least sure of. Pure: no I/O, no
 * clock, no randomness.
 */
export { trainTaste, isNotEnough } from './train.js';
export { rankByUncertainty, confidentBatch, firstQuestions } from './rank.js';
export { settle, type Settled, UNSURE_BELOW } from './settle.js';
export type { NotEnough, TasteContact, TasteExample, TasteModel, TastePrediction } from './types.js';
