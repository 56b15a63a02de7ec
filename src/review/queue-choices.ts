import { REVIEW_ORDER } from '../util/labels.js';

/**
 * The values of review's --only and --order, apart from the queue so that the option tables
 * (command-options.ts) can give them to `--help` without loading the queue (docs/performance.md).
 */
export const ONLY = [...REVIEW_ORDER, 'all'] as const;
export type Only = (typeof ONLY)[number];
/** `unsure`: the cards the taste model is least sure of first (the loop picks them); oldest first until it can tell. */
export const ORDERS = ['oldest', 'newest', 'name', 'company', 'unsure'] as const;
export type Order = (typeof ORDERS)[number];
