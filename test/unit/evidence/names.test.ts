import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, personNameKey, splitNameList } from '../../../src/evidence/names.js';

describe('nameKey', () => {
  it.each([
    ['Kim Park, PhD', 'kim park'],
    ['Nguyen Van An, MBA, PMP', 'nguyen van an'],
    ['  José   García ', 'jose garcia'],
    ['JOSÉ GARCÍA', 'jose garcia'],
    ['Jose\u0301 Garci\u0301a', 'jose garcia'],
    ['Sam Lee 💻 👋', 'sam lee'],
    ['Jean-Luc Picard™', 'jean luc picard'],
    ["Siobhán O'Neil", 'siobhan oneil'],
    ['Łukasz Øster', 'lukasz oster'],
    ['王 伟', '王 伟'],
    [', PhD', ''],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('joins first and last names with credentials in the last name', () => {
    expect(personNameKey('Kim ', 'Park, PhD')).toBe(nameKey('kim park'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        expect(nameKey(nameKey(name))).toBe(nameKey(name));
      }),
    );
  });
});

describe('splitNameList', () => {
  it.each([
    ['Sam Lee', ['Sam Lee']],
    ['Kim Park, PhD', ['Kim Park, PhD']],
    ['An Nguyen, MBA, PMP', ['An Nguyen, MBA, PMP']],
    ['Jo Wu, P. Eng.', ['Jo Wu, P. Eng.']],
    ['Sam Lee,Kim Park, PhD,Dana Ng', ['Sam Lee', 'Kim Park, PhD', 'Dana Ng']],
    ['Alex Kim, Dana Ng', ['Alex Kim', 'Dana Ng']],
  ])('%s → %j', (list, names) => {
    expect(splitNameList(list)).toEqual(names);
  });
});
