import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../../src/evidence/build.js';
import { closeness, ownerTerms, terms } from '../../../src/evidence/closeness.js';
import type { Profile } from '../../../src/export/records.js';
import { makeConnection, makeExport } from './make-export.js';

const profile = (headline: string): Profile => ({ firstName: 'Alex', lastName: 'Kim', headline, summary: '', industry: '' });
const owner = ownerTerms({ profile: profile('Product Manager chez Globex'), positions: [], skills: [] });

describe('closeness', () => {
  it('is high for the same job title', () => {
    expect(closeness(owner, 'Product Manager')).toEqual({ score: 1, terms: ['product'] });
    expect(closeness(owner, 'Senior Product Manager').score).toBe(1);
  });

  it('is 0 for an unrelated job', () => {
    expect(closeness(owner, 'Pastry Chef')).toEqual({ score: 0, terms: [] });
  });

  it("is the share of the contact's terms that the owner also has", () => {
    expect(closeness(owner, 'Product Designer').score).toBe(0.5);
    expect(closeness(owner, '')).toEqual({ score: 0, terms: [] });
    expect(closeness(owner, 'Manager').score).toBe(0);
  });

  it('drops stop words in English and French, rank words, and stems plurals', () => {
    expect([...terms('Head of Sales and Partnerships at the Studio').keys()]).toEqual(['sale', 'partnership', 'studio']);
    expect([...terms('Responsable des Ventes chez Globex').keys()]).toEqual(['vente', 'globex']);
    expect([...terms('Technologies & Business').keys()]).toEqual(['technology', 'business']);
  });

  it('counts no function word of a French or English title as shared expertise: chargé(e) de, chef de, in charge of', () => {
    const once = ownerTerms({
      profile: profile('Senior Product Manager'),
      positions: [{ company: 'Hexaplume', title: 'Chargée de projet digital', description: '', startedOn: null, finishedOn: null, line: 5 }],
      skills: [],
    });
    expect(closeness(once, 'Chargée de communication')).toEqual({ score: 0, terms: [] });
    expect(closeness(once, 'Chargé de clientèle')).toEqual({ score: 0, terms: [] });
    expect(closeness(once, 'Cheffe de projet')).toEqual({ score: 1, terms: ['projet'] });
    expect([...terms('Head of Sales, in charge of EMEA').keys()]).toEqual(['sale', 'emea']);
  });

  it("uses the owner's headline, position titles and skills; accents do not matter", () => {
    const exp = makeExport({
      profile: profile('Building things'),
      positions: [{ company: 'Globex', title: 'Ingénieur données', description: '', startedOn: null, finishedOn: null, line: 2 }],
      skills: ['Machine Learning'],
      connections: [
        makeConnection('Priya', 'Shah', { position: 'Ingenieure Donnees' }),
        makeConnection('Omar', 'Haddad', { position: 'Machine Learning Engineer' }),
        makeConnection('Dana', 'Ng', { position: 'Pastry Chef' }),
      ],
    });
    const evidence = buildEvidence(exp, '2024-06-01');
    expect(evidence.map((e) => [e.closeness, e.closenessTerms])).toEqual([
      // "Ingénieur(e)" and "Engineer" name no field: what is left matches entirely.
      [1, ['donnees']],
      [1, ['machine', 'learning']],
      [0, []],
    ]);
  });
});
