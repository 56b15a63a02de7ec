import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { familiesOf, fieldVocabulary, isRecruiter, RECRUITER_WORDS } from '../../../src/review/taste/families.js';
import { makeContact } from './network.js';

const ruleSet = JSON.parse(readFileSync(new URL('../../../rules/no-recruiters.json', import.meta.url), 'utf8')) as {
  rules: { id: string; when: { position: { anyOf: string[] } } }[];
};

describe('the recruiting family', () => {
  it('knows every recruiter word of the built-in no-recruiters rule set, so that both agree on who is a recruiter', () => {
    const words = ruleSet.rules.find((r) => r.id === 'recruiter')!.when.position.anyOf;
    expect(words.filter((w) => !(RECRUITER_WORDS as readonly string[]).includes(w))).toEqual([]);
    for (const word of words) expect(isRecruiter(makeContact({ position: word })), word).toBe(true);
  });

  it('takes in French, feminine and longer titles, and leaves other HR work out', () => {
    for (const title of ['Chasseuse de têtes', 'Responsable recrutement', 'Senior Recruitment Consultant', 'Talent Sourcer', 'IT Recruiter']) {
      expect(isRecruiter(makeContact({ position: title })), title).toBe(true);
    }
    for (const title of ['HR Business Partner', 'Responsable RH', 'Talent Manager', 'Data Scientist']) {
      expect(isRecruiter(makeContact({ position: title })), title).toBe(false);
    }
  });
});

describe('the field family, learnt from the words closeness matched', () => {
  // Closeness matched these words of the owner's field on the network's titles (English only).
  const network = [
    makeContact({ position: 'Data Analyst', evidence: { closeness: 1, closenessTerms: ['data', 'analyst'] } }),
    makeContact({ position: 'Docteure en statistiques', evidence: { closeness: 0.5, closenessTerms: ['statistiques'] } }),
    makeContact({ position: 'Research Scientist, Deep Learning', evidence: { closeness: 0.75, closenessTerms: ['scientist', 'deep', 'learning'] } }),
  ];
  const field = fieldVocabulary(network);
  const inField = (position: string): boolean => familiesOf(makeContact({ position }), field).includes('field');

  it('takes in the French and inflected field titles closeness scored 0', () => {
    for (const title of ['Statisticien', 'Analyste de données', 'Statisticienne', 'Head of Data', 'Ingénieure data']) expect(inField(title), title).toBe(true);
  });

  it('leaves out titles only half in the field: a data protection officer, a financial analyst', () => {
    for (const title of ['Data Protection Officer', 'Analyste financier', 'Product Manager', '']) expect(inField(title), title).toBe(false);
  });
});
