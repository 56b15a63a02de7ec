/** The taste model's words about a contact: job-title and company words as the person wrote them, and no "not in your field" for a colleague. */
import { describe, expect, it } from 'vitest';
import { becauseList } from '../../../src/review/because-text.js';
import { titleConceptsAsWritten } from '../../../src/review/taste/concepts.js';
import { featuresOf } from '../../../src/review/taste/features.js';
import { createTranslator } from '../../../src/i18n/translator.js';
import { makeContact, TODAY } from './network.js';

const phrases = (contact: ReturnType<typeof makeContact>): string[] => featuresOf(contact, TODAY).map((f) => f.phrase);

describe('the words the taste model explains with', () => {
  it('shows job-title words as written, accents and hyphens kept, while comparing them folded', () => {
    const french = titleConceptsAsWritten('Ingénieure logiciel');
    expect([...french.values()]).toEqual(['Ingénieure', 'logiciel']);
    expect([...french.keys()]).toEqual([...titleConceptsAsWritten('Software Engineer').keys()].reverse());
    expect([...titleConceptsAsWritten('Développeuse Full-Stack').values()]).toEqual(['Développeuse', 'Full-Stack', 'Full-Stack']);
    expect([...titleConceptsAsWritten('Chercheuse en apprentissage automatique').values()]).toEqual([
      'Chercheuse',
      'apprentissage automatique',
      'apprentissage automatique',
    ]);
    const contact = makeContact({ position: 'Chargée de communication', company: 'Éditions Pont-Vert' });
    expect(phrases(contact)).toEqual(expect.arrayContaining(['Chargée', 'communication', 'at Éditions', 'at Pont-Vert']));
    expect(phrases(contact)).not.toEqual(expect.arrayContaining(['chargee']));
  });

  it('never says "not in your field" of a colleague at an employer of the owner, on the title alone', () => {
    const colleague = makeContact({ position: 'Software Engineer', company: 'NORTHWIND TRADERS', evidence: { sharedEmployer: 'Northwind Traders' } });
    const outsider = makeContact({ position: 'Software Engineer', company: 'Fabrikam' });
    expect(phrases(colleague)).not.toContain('not in your field');
    expect(phrases(colleague)).toContain('job title unlike yours');
    expect(phrases(outsider)).toContain('not in your field');
  });

  it('says its fixed phrases in French, and a title word as written', () => {
    const t = createTranslator('fr');
    expect(becauseList(t, ['in your field', 'job title unlike yours', 'recruiter', 'Ingénieur'])).toBe(
      'dans votre domaine\u202F; intitulé de poste éloigné du vôtre\u202F; recruteur\u202F; Ingénieur',
    );
  });
});
