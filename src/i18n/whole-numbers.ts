import type { Language } from './language.js';

/**
 * Whole numbers and their plural forms as `Intl.NumberFormat` and `Intl.PluralRules` give them in
 * English and French, without them: the first Intl number formatter a thread makes maps about 8 MB
 * of ICU data, which was the plain audit's largest single cost in memory (docs/performance.md), and
 * the reasons of 30,000 connections need nothing but counts. Anything else (fractions, negatives,
 * numbers past 2^53) is left to Intl: `undefined`. A test compares both on many numbers.
 */
const GROUP_SEPARATOR: Record<Language, string> = { en: ',', fr: '\u202f' };

export function wholeNumber(language: Language, n: number): string | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  const digits = String(n);
  if (digits.length <= 3) return digits;
  const separator = GROUP_SEPARATOR[language];
  let out = digits.slice(0, digits.length % 3 || 3);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return out;
}

/** CLDR's rules for whole numbers: English `one` for 1; French `one` for 0 and 1, `many` for whole millions. */
export function wholePlural(language: Language, n: number): Intl.LDMLPluralRule | undefined {
  if (!Number.isSafeInteger(n) || n < 0) return undefined;
  if (language === 'en') return n === 1 ? 'one' : 'other';
  if (n <= 1) return 'one';
  return n % 1_000_000 === 0 ? 'many' : 'other';
}
