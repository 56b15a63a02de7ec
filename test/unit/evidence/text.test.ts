import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, wordKey, words } from '../../../src/evidence/text.js';

describe('words', () => {
  it('splits ASCII text exactly as the Unicode rules do (property)', () => {
    // The rules as written for any script; words() takes a shortcut for ASCII text.
    const unicodeWords = (text: string) =>
      fold(text.replace(/\p{S}+/gu, ' '))
        .replace(/['’.]/gu, '')
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w !== '');
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 30 }), (text) => {
        expect(words(text)).toEqual(unicodeWords(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('folds accents and symbols in any script', () => {
    expect(words('José García 💻, S.A.')).toEqual(['jose', 'garcia', 'sa']);
    expect(words("O'Neil & Co™")).toEqual(['oneil', 'co']);
  });
});

describe('wordKey', () => {
  it('is words() joined by spaces, whatever the text, names written plainly included (property)', () => {
    // Mostly the shapes of real names, where wordKey() takes its shortcut, with every ASCII character and some beyond.
    const unit = fc.oneof(
      fc.constantFrom('a', 'Z', '0', ' ', 'Jean', 'DUPONT', 'é', '.', "'", '-', '$', '\t', ' ', 'ﬁ', '山'),
      fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(wordKey(text)).toBe(words(text).join(' '));
      }),
      { numRuns: 5000 },
    );
    expect(wordKey('Jean Dupont')).toBe('jean dupont');
    expect(wordKey(' Jean  Dupont')).toBe('jean dupont');
    expect(wordKey('Jean-Luc Picard.')).toBe('jean luc picard');
  });
});
