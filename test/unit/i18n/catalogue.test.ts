import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/catalogue/en.js';
import { fr } from '../../../src/i18n/catalogue/fr.js';
import type { Template } from '../../../src/i18n/catalogue/types.js';
import { createTranslator } from '../../../src/i18n/translator.js';

const placeholders = (template: Template): string[] => {
  const texts = typeof template === 'string' ? [template] : [template.one, template.other, template.many ?? ''];
  const names = texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!));
  return [...new Set(typeof template === 'string' ? names : [...names, 'count'])].sort();
};
const kind = (template: Template) => (typeof template === 'string' ? 'text' : 'plural');
const french = Object.entries(fr) as [string, Template][];

describe('the catalogue', () => {
  it('has every key in both languages, with the same placeholders and the same plural-ness', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const [key, template] of Object.entries(en) as [string, Template][]) {
      const theirs = (fr as Record<string, Template>)[key]!;
      expect({ key, kind: kind(theirs), placeholders: placeholders(theirs) }).toEqual({ key, kind: kind(template), placeholders: placeholders(template) });
    }
  });

  it('has no empty text, and every brace is a placeholder', () => {
    for (const [key, template] of [...Object.entries(en), ...french] as [string, Template][]) {
      for (const text of typeof template === 'string' ? [template] : [template.one, template.other]) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
        expect({ key, stray: text.replace(/\{\w+\}/g, '').match(/[{}]/g) }).toEqual({ key, stray: null });
      }
    }
  });
});

describe('French typography', () => {
  const t = createTranslator('fr');
  // Every French text as it is shown: its placeholders filled with a word, so that one never hides a missing space.
  const shown = Object.keys(fr).map((key) => {
    const template = (fr as Record<string, Template>)[key]!;
    const values = Object.fromEntries(placeholders(template).map((name) => [name, name === 'count' ? 2 : 'X']));
    return [key, (t as (k: string, v: object) => string)(key, values)] as const;
  });
  // Not prose: a URL's colon, a flag's `--lang en|fr`.
  const code = (text: string) => text.replace(/`[^`]*`/g, '').replace(/https?:\/\/\S+/g, '');

  it.each(shown)('%s: a narrow no-break space before ; : ! ? », after «, and no straight apostrophe', (_, text) => {
    const prose = code(text);
    expect(prose).not.toMatch(/[^\u202F][;:!?»]/);
    expect(prose).not.toMatch(/«[^\u202F]/);
    expect(prose).not.toMatch(/[ \u00A0][;:!?»]/);
    expect(prose).not.toContain("'");
    expect(prose).not.toMatch(/"/);
  });
});
