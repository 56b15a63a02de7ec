import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/i18n/language.js';
import { wholeNumber, wholePlural } from '../../../src/i18n/whole-numbers.js';
import { createTranslator } from '../../../src/i18n/translator.js';

// Counts of every size a report writes, and the edges of each rule.
const SAMPLES = [
  ...Array.from({ length: 2_100 }, (_, i) => i),
  9_999,
  10_000,
  99_999,
  100_000,
  123_456,
  999_999,
  1_000_000,
  1_000_001,
  1_234_567,
  2_000_000,
  10_000_000,
  999_999_999,
  2 ** 31,
  2 ** 53 - 1,
];

describe.each(LANGUAGES)('whole numbers in %s, without Intl', (language) => {
  const numbers = new Intl.NumberFormat(language);
  const plurals = new Intl.PluralRules(language);

  it('writes every count as Intl.NumberFormat does', () => {
    const differing = SAMPLES.filter((n) => wholeNumber(language, n) !== numbers.format(n));
    expect(differing).toEqual([]);
  });

  it('picks the plural form Intl.PluralRules picks', () => {
    const differing = SAMPLES.filter((n) => wholePlural(language, n) !== plurals.select(n));
    expect(differing).toEqual([]);
  });

  it('leaves fractions, negative and huge numbers to Intl, and the translator still writes them its way', () => {
    for (const n of [0.5, -1, -1234, 2 ** 53, Number.NaN]) {
      expect(wholeNumber(language, n)).toBeUndefined();
      expect(wholePlural(language, n)).toBeUndefined();
      expect(createTranslator(language).number(n)).toBe(numbers.format(n));
    }
  });
});
