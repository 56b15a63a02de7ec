import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SIGNALS, SIGNAL_NAMES, toSignals } from '../../../src/classify/signals.js';
import { wholeYearsBetween } from '../../../src/evidence/years.js';
import { makeContext, makeEvidence } from '../../helpers/factories.js';

describe('toSignals', () => {
  it('gives every documented signal, and only those', () => {
    expect(Object.keys(toSignals(makeEvidence(), makeContext())).sort()).toEqual([...SIGNAL_NAMES].sort());
    for (const name of SIGNAL_NAMES) expect(SIGNALS[name].description).not.toBe('');
  });

  it('flattens a contact with no trace', () => {
    expect(toSignals(makeEvidence({ yearsConnected: null }), makeContext())).toEqual({
      messages: 0,
      messagesSent: 0,
      messagesReceived: 0,
      twoWay: false,
      oneWay: false,
      conversations: 0,
      groupConversations: 0,
      groupMessages: 0,
      yearsSinceLastMessage: null,
      invitation: false,
      invitationIncoming: false,
      invitationOutgoing: false,
      invitationWithNote: false,
      endorsements: 0,
      endorsementsGiven: 0,
      endorsementsReceived: 0,
      recommendations: 0,
      recommendationsGiven: 0,
      recommendationsReceived: 0,
      sharedEmployer: false,
      addressBook: false,
      emailVisible: false,
      yearsConnected: null,
      closeness: 0,
      school: false,
    });
  });

  it('sums both directions and tells two-way from one-way', () => {
    const both = toSignals(makeEvidence({ messages: { sent: 2, received: 3 } }), makeContext());
    expect(both).toMatchObject({ messages: 5, messagesSent: 2, messagesReceived: 3, twoWay: true, oneWay: false });
    const theirs = toSignals(makeEvidence({ messages: { received: 3 } }), makeContext());
    expect(theirs).toMatchObject({ messages: 3, twoWay: false, oneWay: true });
  });

  it('counts whole years from the last message to ctx.today', () => {
    const evidence = makeEvidence({ messages: { received: 1, last: '2023-06-02T10:00:00Z' } });
    expect(toSignals(evidence, makeContext({ today: '2025-06-01' })).yearsSinceLastMessage).toBe(1);
    expect(toSignals(evidence, makeContext({ today: '2025-06-02' })).yearsSinceLastMessage).toBe(2);
  });

  it('reads the invitation and the other evidence', () => {
    const signals = toSignals(
      makeEvidence({
        invitation: { direction: 'outgoing', note: 'Hi' },
        endorsements: { given: 1, received: 2 },
        recommendations: { received: 1 },
        sharedEmployer: 'Contoso',
        addressBook: 'name',
        school: 'INSA',
        closeness: 0.5,
        yearsConnected: 7,
      }),
      makeContext(),
    );
    expect(signals).toMatchObject({
      invitation: true,
      invitationIncoming: false,
      invitationOutgoing: true,
      invitationWithNote: true,
      endorsements: 3,
      endorsementsGiven: 1,
      endorsementsReceived: 2,
      recommendations: 1,
      recommendationsReceived: 1,
      sharedEmployer: true,
      addressBook: true,
      school: true,
      closeness: 0.5,
      yearsConnected: 7,
    });
  });
});

describe('wholeYearsBetween', () => {
  it.each([
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
    ['2024-12-31T23:59:59Z', '2025-01-01', 0],
    ['2010-06-01', '2025-06-01', 15],
    ['2026-01-01', '2025-06-01', 0],
  ])('%s → %s is %i', (from, to, years) => {
    expect(wholeYearsBetween(from, to)).toBe(years);
  });

  it('is null for an unreadable date', () => {
    expect(wholeYearsBetween('last spring', '2025-06-01')).toBeNull();
  });

  it('counts as the rule reads with a regular expression, whatever the texts (property)', () => {
    const byPattern = (from: string, to: string) => {
      const [a, b] = [from, to].map((d) => /^(\d{4})-(\d{2})-(\d{2})/.exec(d)?.slice(1).map(Number));
      if (a === undefined || b === undefined) return null;
      const [fy, fm, fd] = a as [number, number, number];
      const [ty, tm, td] = b as [number, number, number];
      return Math.max(0, ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0));
    };
    const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
    const date = fc.oneof(
      fc.tuple(digits(4), digits(2), digits(2), fc.constantFrom('', 'T10:00:00Z', 'x')).map(([y, m, d, rest]) => `${y}-${m}-${d}${rest}`),
      fc.string({ unit: fc.constantFrom(...'0129-T:/ a'), maxLength: 12 }),
    );
    fc.assert(
      fc.property(date, date, (from, to) => {
        expect(wholeYearsBetween(from, to)).toBe(byPattern(from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
