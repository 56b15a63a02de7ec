import { describe, expect, it } from 'vitest';
import { lostEvidence } from '../../../src/network/diff.js';
import { makeEvidence } from '../../helpers/factories.js';

describe('lostEvidence', () => {
  it('says when an invitation fell out of Invitations.csv\u2019s window', () => {
    const before = makeEvidence({ invitation: { sentAt: '2026-04-10T13:25:00Z', note: 'Hi' } });
    expect(lostEvidence(before, makeEvidence(), '2026-06-14T13:45:00Z')).toEqual([
      {
        id: 'invitation',
        detail: 'The invitation of 2026-04-10 is no longer in Invitations.csv, which keeps only recent months (the newer one starts on 2026-06-14)',
      },
    ]);
  });

  it('names each kind of evidence that went missing, and nothing that grew', () => {
    const before = makeEvidence({ addressBook: 'name', messages: { sent: 2, received: 3 }, endorsements: { given: 1 }, recommendations: { received: 1 } });
    const after = makeEvidence({ messages: { sent: 1, received: 1 } });
    expect(lostEvidence(before, after, null).map((l) => l.id)).toEqual(['address-book', 'messages', 'endorsements', 'recommendations']);
    expect(lostEvidence(after, before, null)).toEqual([]);
  });
});
