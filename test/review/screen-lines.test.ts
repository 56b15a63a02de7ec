import { describe, expect, it } from 'vitest';
import { batchScreen, predictedScreen } from '../../src/review/screen-lines.js';
import { createTranslator } from '../../src/i18n/translator.js';
import { makeItem } from './make-item.js';
import { createColour } from '../../src/util/colour.js';

const colour = createColour({}, false);
const ada = makeItem('Ada', 'Stone', { company: 'Acme' });
const cy = makeItem('Cy', 'Park', { company: 'Acme' });

describe('the keys of a batch of one', () => {
  it('offer to keep or remove that person, not "all 1"', () => {
    expect(batchScreen(colour, 'Acme', [ada], createTranslator('en')).keyBar).toBe('k keep them · r remove them · any other key: cancel');
    expect(batchScreen(colour, 'Acme', [ada, cy], createTranslator('en')).keyBar).toBe('k keep all 2 · r remove all 2 · any other key: cancel');
    expect(batchScreen(colour, 'Acme', [ada], createTranslator('fr')).keyBar).toBe('k garder la personne · r la retirer · autre touche\u202F: annuler');
  });

  it('of a predicted batch say "remove them", without a page of one and "all 1"', () => {
    const none = () => null;
    expect(predictedScreen(colour, 'remove', [ada], 0, none, createTranslator('en')).keyBar(10)).toBe('y remove them · any other key: back to the cards');
    expect(predictedScreen(colour, 'keep', [ada, cy], 0, none, createTranslator('en')).keyBar(10)).toBe(
      'y keep these 2 · a keep all 2 · any other key: back to the cards',
    );
    expect(predictedScreen(colour, 'remove', [ada], 0, none, createTranslator('fr')).keyBar(10)).toBe(
      'y retirer la personne · autre touche\u202F: retour aux fiches',
    );
  });
});
