import { describe, expect, it } from 'vitest';
import {
  confidentBatch,
  firstQuestions,
  isNotEnough,
  rankByUncertainty,
  type TasteContact,
  type TasteModel,
  trainTaste,
} from '../../../src/review/taste/index.js';
import { makeContact, network, TODAY } from './network.js';

const people = network(400);
/** Keeps whoever they talked to in the last four years. */
const decide = (c: TasteContact) => (c.evidence.messages.last !== null && c.evidence.messages.last >= '2021-06' ? 'keep' : 'remove');
const trained = trainTaste(
  people.slice(0, 80).map((contact) => ({ contact, decision: decide(contact) })),
  { today: TODAY },
);
if (isNotEnough(trained)) throw new Error('the network must give enough answers');
const m: TasteModel = trained;
const rest = people.slice(80);
const confidence = (c: TasteContact) => m.predict(c).confidence;

describe('rankByUncertainty', () => {
  it('puts the cards the model is least sure of first', () => {
    const ranked = rankByUncertainty(rest, m);
    expect(ranked).toHaveLength(rest.length);
    expect(new Set(ranked)).toEqual(new Set(rest));
    // Confidences within a percent count as one; beyond that, never a surer card before a less sure one.
    const rounded = ranked.map((c) => Math.round(confidence(c) * 100));
    expect(rounded).toEqual([...rounded].sort((a, b) => a - b));
    expect(confidence(ranked[0]!)).toBeLessThan(confidence(ranked.at(-1)!));
  });
});

describe('confidentBatch', () => {
  it('proposes only contacts it is sure of at the threshold, all one decision, surest first, at most `limit`', () => {
    const batch = confidentBatch(rest, m, 0.95, 25);
    expect(batch).not.toBeNull();
    expect(batch!.contacts.length).toBeLessThanOrEqual(25);
    expect(batch!.contacts.every((c) => m.predict(c).decision === batch!.decision && confidence(c) >= 0.95)).toBe(true);
    const confidences = batch!.contacts.map(confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('puts someone the person knows on a remove batch only at 99 %: two-way messages, a recommendation, the address book', () => {
    const friends = [
      makeContact({ evidence: { messages: { sent: 3, received: 2 } } }),
      makeContact({ evidence: { recommendations: { received: 1 } } }),
      makeContact({ evidence: { addressBook: 'email' } }),
    ];
    const stranger = makeContact();
    const oneWay = makeContact({ evidence: { messages: { received: 4 } } });
    const sureOfRemoval = new Map<TasteContact, number>([...friends, stranger, oneWay].map((c) => [c, 0.03]));
    const sureFriend = makeContact({ evidence: { addressBook: 'name' } });
    sureOfRemoval.set(sureFriend, 0.005);
    // Only keepProbability decides a batch: a stand-in model states it outright.
    const stated = { keepProbability: (c: TasteContact) => sureOfRemoval.get(c)! } as TasteModel;
    const batch = confidentBatch([...friends, stranger, oneWay, sureFriend], stated, 0.95);
    expect(batch?.decision).toBe('remove');
    expect(batch?.contacts).toEqual([sureFriend, stranger, oneWay]);
    // Keeping is the safe mistake: a keep batch takes them at the threshold.
    const keepAll = { keepProbability: () => 0.97 } as unknown as TasteModel;
    expect(confidentBatch(friends, keepAll, 0.95)?.contacts).toEqual(friends);
  });

  it('proposes nothing when no one reaches the threshold', () => {
    expect(confidentBatch(rest, m, 1.01)).toBeNull();
  });
});

describe('firstQuestions, before there is a model', () => {
  it('asks about every kind of verdict before a second of any kind, the most common title of each first', () => {
    const contacts = [
      makeContact({ position: 'Rare Title' }),
      makeContact({ position: 'UX Designer' }),
      makeContact({ position: 'UX Designer' }),
      makeContact({ position: 'Juriste', label: 'known', rule: 'two-way' }),
      makeContact({ position: 'UX Designer', label: 'weak-tie', rule: 'they-wrote' }),
    ];
    const order = firstQuestions(contacts);
    expect(order.slice(0, 3).map((c) => c.verdict.reasons[0]!.rule)).toEqual(['two-way', 'no-trace', 'they-wrote']);
    expect(order[1]!.connection.position).toBe('UX Designer');
    expect(order.slice(3).map((c) => c.connection.position)).toEqual(['Rare Title', 'UX Designer']);
  });
});
