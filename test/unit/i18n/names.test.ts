import { describe, expect, it } from 'vitest';
import { firstNameToGreet, greetingName } from '../../../src/i18n/names.js';

describe('the name a greeting uses', () => {
  it('writes a name typed in one case the way it is written, and leaves a mixed-case one alone', () => {
    expect(greetingName('IMULO')).toBe('Imulo');
    expect(greetingName('jean-pierre')).toBe('Jean-Pierre');
    expect(greetingName('McKay')).toBe('McKay');
  });

  it('takes the first name past a title, in English and French', () => {
    expect(firstNameToGreet('Dr.', 'Oskar Wendt')).toBe('Oskar');
    expect(firstNameToGreet('Mme', 'Léa Roux')).toBe('Léa');
    expect(firstNameToGreet('PROF', 'Ines Aubry')).toBe('Ines');
    expect(firstNameToGreet('Ada', 'Quill')).toBe('Ada');
    // A first name that only looks like a title's start is a name.
    expect(firstNameToGreet('Drew', 'Hale')).toBe('Drew');
  });

  it('greets without a name rather than with a title alone or a word without letters', () => {
    expect(firstNameToGreet('Dr.', 'Wendt')).toBe('');
    expect(firstNameToGreet('🚀', 'Growth Hacker')).toBe('');
    expect(firstNameToGreet('', '')).toBe('');
  });
});
