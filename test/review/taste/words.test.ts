import { describe, expect, it } from 'vitest';
import { meaningfulWords } from '../../../src/review/taste/words.js';

describe('meaningfulWords: the words of a title or company as the taste model compares them', () => {
  it.each([
    ['Chargée de Recrutement – IT', ['chargee', 'recrutement', 'it']],
    ['CHARGEE DE RECRUTEMENT', ['chargee', 'recrutement']],
    ['Head of Data & AI', ['head', 'data', 'ai']],
    ['Ingénieur·e R&D, 2e année', ['ingenieur', '2e', 'annee']],
    ['Senior Senior Engineer', ['senior', 'engineer']],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(meaningfulWords(text)).toEqual(expected);
  });
});
