/** What predict may say of one contact: a friend is never a remove below the batch bar, a coin toss is never a decision. */
import { describe, expect, it } from 'vitest';
import { isNotEnough, settle, type TasteExample, type TasteModel, trainTaste } from '../../../src/review/taste/index.js';
import { makeContact, TODAY } from './network.js';

const friend = (position = 'Software Engineer') =>
  makeContact({ position, label: 'known', rule: 'two-way', evidence: { messages: { sent: 30, received: 28, twoWay: true } } });
const silent = (position: string) => makeContact({ position });

describe('settle', () => {
  it('never says remove for someone labelled known below 98 %, whatever the evidence', () => {
    const labelledOnly = makeContact({ label: 'known', rule: 'plugin-knows' });
    for (const contact of [friend(), labelledOnly]) {
      expect(settle(contact, { decision: 'remove', confidence: 0.97 })).toEqual({ decision: 'unsure', unsure: 'you-know-them' });
      expect(settle(contact, { decision: 'remove', confidence: 0.98 })).toEqual({ decision: 'remove', unsure: null });
    }
    const inAddressBook = makeContact({ label: 'weak-tie', rule: 'they-wrote', evidence: { addressBook: 'email' } });
    expect(settle(inAddressBook, { decision: 'remove', confidence: 0.9 }).decision).toBe('unsure');
  });

  it('says unsure below 55 %, keep or remove from 55 % on', () => {
    const stranger = silent('Account Executive');
    expect(settle(stranger, { decision: 'remove', confidence: 0.5 })).toEqual({ decision: 'unsure', unsure: 'near-even' });
    expect(settle(stranger, { decision: 'keep', confidence: 0.549 })).toEqual({ decision: 'unsure', unsure: 'near-even' });
    expect(settle(stranger, { decision: 'remove', confidence: 0.55 })).toEqual({ decision: 'remove', unsure: null });
    expect(settle(friend(), { decision: 'keep', confidence: 0.6 })).toEqual({ decision: 'keep', unsure: null });
  });

  it('holds every known contact out of the removals when the answers were all about strangers', () => {
    // The reviewer's case: 25 answers about strangers, most removed; the model extrapolates to friends it never saw.
    const answers: TasteExample[] = [
      ...['Software Engineer', 'Product Manager', 'Data Analyst', 'Account Executive'].flatMap((title) =>
        Array.from({ length: 5 }, () => ({ contact: silent(title), decision: 'remove' as const })),
      ),
      ...Array.from({ length: 6 }, () => ({ contact: silent('UX Designer'), decision: 'keep' as const })),
    ];
    const model = trainTaste(answers, { today: TODAY }) as TasteModel;
    expect(isNotEnough(model)).toBe(false);
    const friends = ['Software Engineer', 'Product Manager', 'Data Analyst', 'Account Executive'].map(friend);
    expect(friends.map((f) => model.predict(f).decision)).toContain('remove');
    expect(friends.map((f) => settle(f, model.predict(f)).decision)).not.toContain('remove');
  });
});
