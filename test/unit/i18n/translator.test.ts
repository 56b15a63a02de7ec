import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../src/i18n/translator.js';
import { greetingName } from '../../../src/i18n/names.js';
import { pseudoTranslator } from '../../../src/i18n/pseudo.js';
import { NARROW_NBSP } from '../../../src/i18n/typography.js';

const en = createTranslator('en');
const fr = createTranslator('fr');
const N = NARROW_NBSP;

describe('plurals', () => {
  it.each([
    [0, 'Your network: 0 connections', `Votre réseau${N}: 0 relation`],
    [1, 'Your network: 1 connection', `Votre réseau${N}: 1 relation`],
    [2, 'Your network: 2 connections', `Votre réseau${N}: 2 relations`],
    [1000, 'Your network: 1,000 connections', `Votre réseau${N}: 1${N}000 relations`],
    [1_000_000, 'Your network: 1,000,000 connections', `Votre réseau${N}: 1${N}000${N}000 de relations`],
  ])('%i: English "%s", French "%s" (0 and 1 singular)', (count, english, french) => {
    expect(en('audit.titleNoOwner', { count })).toBe(english);
    expect(fr('audit.titleNoOwner', { count })).toBe(french);
  });

  it('a plural with no number in it still agrees: "1 row" · "2 lignes"', () => {
    expect([en('read.rows', { count: 1 }), en('read.rows', { count: 0 }), fr('read.rows', { count: 0 }), fr('read.rows', { count: 2 })]).toEqual([
      'row',
      'rows',
      'ligne',
      'lignes',
    ]);
  });
});

describe('numbers, dates and lists', () => {
  it('write numbers, percentages, days and lists the language’s way', () => {
    expect([en.number(3769), fr.number(3769)]).toEqual(['3,769', `3${N}769`]);
    // CLDR puts a no-break space (U+00A0) before %, as the Imprimerie nationale does.
    expect([en.percent(0.565), fr.percent(0.19), fr.percent(0.1234, 1)]).toEqual(['57%', '19\u00A0%', '12,3\u00A0%']);
    expect([en.date('2024-09-12'), fr.date('2024-09-12'), fr.date('2024-09-12T23:59:00Z')]).toEqual(['Sep 12, 2024', '12 sept. 2024', '12 sept. 2024']);
    expect([en.list(['a', 'b', 'c']), fr.list(['a', 'b', 'c'])]).toEqual(['a, b, and c', 'a, b et c']);
  });

  it('fills numbers and days given as values, and leaves strings as they are', () => {
    expect(fr('exportDate.orLater', { date: { day: '2026-11-18' } })).toBe('Exporté le 18 nov. 2026 ou après (la date de son enregistrement le plus récent)');
    expect(fr('invitations.incoming', { count: 1234 })).toBe(`Reçues (1${N}234)`);
    // Data keeps its own apostrophes and spaces: the typography is the catalogue's only.
    expect(fr('invitations.note', { note: "j'ai une question ?" })).toBe(`message${N}: «${N}j'ai une question ?${N}»`);
  });

  it('says a message made earlier in the language it is rendered in', () => {
    const message = { key: 'warning.noProfileUrl', values: { count: 1 } } as const;
    expect(en.message(message)).toMatch(/^1 connection has no profile URL/);
    expect(fr.message(message)).toMatch(/^1 relation n’a pas d’URL de profil/);
  });

  it('says a message held as a value in the same language, and the pseudo-locale marks the whole sentence once', () => {
    const problem = { key: 'issue.wrongType', values: { expected: { key: 'issue.a.number' }, got: '"3"' } } as const;
    const message = { key: 'config.problem', values: { file: 'mine.json', path: { key: 'issue.topLevel' }, problem } } as const;
    expect(en.message(message)).toBe('mine.json: (top level): expected a number, got "3"');
    expect(fr.message(message)).toBe(`mine.json${N}: (premier niveau)${N}: attendu${N}: un nombre, trouvé "3"`);
    expect(pseudoTranslator().message(message)).toBe('⟦mine.json: (top level): expected a number, got "3"⟧');
  });
});

describe('names in a greeting', () => {
  it.each([
    ['IMULO', 'Imulo'],
    ['jean-pierre', 'Jean-Pierre'],
    ["o'neil", 'O’Neil'],
    ['MARIE CLAIRE', 'Marie Claire'],
    ['ÉLODIE', 'Élodie'],
    ['McKay', 'McKay'],
    ['Jean-pierre', 'Jean-pierre'],
    ["O'Neil", "O'Neil"],
    ['van der Berg', 'van der Berg'],
    ['', ''],
    ['李', '李'],
  ])('%s → %s', (name, greeting) => {
    expect(greetingName(name)).toBe(greeting);
  });
});
