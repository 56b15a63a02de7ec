import { describe, expect, it } from 'vitest';
import { titleConcepts } from '../../../src/review/taste/concepts.js';

const concepts = (title: string): string[] => [...titleConcepts(title).keys()].sort();

describe('titleConcepts: a French or inflected job title and its English twin are one to the taste model', () => {
  it.each([
    ['Chercheuse', 'Researcher'],
    ['Chercheur', 'Researcher'],
    ['Analyste de données', 'Data Analyst'],
    ['Statisticien', 'Statistics'],
    ['Docteure en statistiques', 'Docteur statistique'],
    ['Ingénieure data', 'Data Engineer'],
    ['Chercheuse en apprentissage automatique', 'Machine Learning Researcher'],
    ['Chasseuse de têtes', 'Headhunter'],
    ['Chargée de recrutement', 'Chargé de recrutement'],
    ['Développeuse', 'Developer'],
  ])('%s and %s', (a, b) => {
    expect(concepts(a)).toEqual(concepts(b));
  });

  it('keeps different trades apart: an engineer is no researcher, a financial analyst no data analyst', () => {
    expect(concepts('Machine Learning Engineer')).not.toEqual(concepts('Chercheuse en apprentissage automatique'));
    expect(concepts('Analyste financier')).not.toEqual(concepts('Analyste de données'));
  });

  it('remembers each concept as first written, for explanations', () => {
    expect([...titleConcepts('Analyste de données').values()]).toEqual(['analyste', 'donnees']);
  });
});
