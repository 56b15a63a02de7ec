import { describe, expect, it } from 'vitest';
import { lostEvidence } from '../../../src/network/diff.js';
import { makeEvidence } from '../../helpers/factories.js';
import { createTranslator, ENGLISH_FOR_JSON } from '../../../src/i18n/translator.js';

describe('lostEvidence', () => {
  it('says when an invitation fell out of Invitations.csv\u2019s window', () => {
    const before = makeEvidence({ invitation: { sentAt: '2026-04-10T13:25:00Z', note: 'Hi' } });
    const [lost, ...more] = lostEvidence(before, makeEvidence(), '2026-06-14T13:45:00Z');
    expect(more).toEqual([]);
    expect(lost?.id).toBe('invitation');
    expect(lost?.say(ENGLISH_FOR_JSON)).toBe(
      'The invitation of 2026-04-10 is no longer in Invitations.csv, which keeps only recent months (the newer one starts on 2026-06-14)',
    );
    expect(lost?.say(createTranslator('fr'))).toBe(
      'L’invitation du 10 avr. 2026 n’est plus dans Invitations.csv, qui ne garde que les derniers mois (le plus récent commence le 14 juin 2026)',
    );
  });

  it('names each kind of evidence that went missing, and nothing that grew', () => {
    const before = makeEvidence({ addressBook: 'name', messages: { sent: 2, received: 3 }, endorsements: { given: 1 }, recommendations: { received: 1 } });
    const after = makeEvidence({ messages: { sent: 1, received: 1 } });
    expect(lostEvidence(before, after, null).map((l) => l.id)).toEqual(['address-book', 'messages', 'endorsements', 'recommendations']);
    expect(lostEvidence(after, before, null)).toEqual([]);
  });
});
