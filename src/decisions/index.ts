/** The decisions file: its format (format.ts), reading it as untrusted input (read.ts), and the review's store (store.ts). */
export { decisionsFileFor, defaultStatePath, type DecisionEntry, type DecisionsFile, type DecisionSource } from './format.js';
export { decisionEntry } from './entry.js';
export { readDecisions } from './read.js';
export { DecisionStore } from './store.js';
