import { describe, expect, it } from 'vitest';
import { isNotEnough, type TasteContact, type TasteExample, type TasteModel, trainTaste } from '../../../src/review/taste/index.js';
import { makeContact, network, TODAY } from './network.js';

const answer = (contact: TasteContact, decision: 'keep' | 'remove'): TasteExample => ({ contact, decision });
const model = (examples: TasteExample[]): TasteModel => {
  const trained = trainTaste(examples, { today: TODAY });
  if (isNotEnough(trained)) throw new Error(`not enough answers: ${JSON.stringify(trained)}`);
  return trained;
};
/** Keeps whoever they talked to; removes the rest. */
const talked = (c: TasteContact) => (c.evidence.messages.sent + c.evidence.messages.received > 0 ? 'keep' : 'remove');

describe('trainTaste: when there are not enough answers', () => {
  const people = network(40);

  it('says how many answers it has and needs, below 20', () => {
    const examples = people.slice(0, 19).map((c, i) => answer(c, i % 2 === 0 ? 'keep' : 'remove'));
    expect(trainTaste(examples, { today: TODAY })).toEqual({ notEnough: { have: 19, need: 20, missing: [] } });
  });

  it('waits for both decisions, however many answers of one kind it has', () => {
    const examples = people.slice(0, 30).map((c) => answer(c, 'keep'));
    expect(trainTaste(examples, { today: TODAY })).toEqual({ notEnough: { have: 30, need: 20, missing: ['remove'] } });
  });

  it('takes another threshold from the caller', () => {
    const examples = people.slice(0, 12).map((c, i) => answer(c, i % 3 === 0 ? 'keep' : 'remove'));
    expect(isNotEnough(trainTaste(examples, { today: TODAY, minAnswers: 10 }))).toBe(false);
  });
});

describe('trainTaste: the same answers give the same predictions, bit for bit', () => {
  it('on a second training, from copies of the contacts, in a fresh model', () => {
    const people = network(300);
    const examples = people.slice(0, 60).map((c) => answer(c, talked(c)));
    const first = model(examples);
    const copies = structuredClone(people);
    const second = model(copies.slice(0, 60).map((c) => answer(c, talked(c))));
    const same = people.every((c, i) => Object.is(first.keepProbability(c), second.keepProbability(copies[i]!)));
    expect(same).toBe(true);
    expect(people.slice(60, 90).map((c) => first.predict(c))).toEqual(copies.slice(60, 90).map((c) => second.predict(c)));
    expect(first.temperature).toBe(second.temperature);
  });
});

describe('trainTaste: calibration on a person who is not always consistent', () => {
  // Keeps 96 % of those they talked to in the last three years, half of those they talked to before,
  // 4 % of the rest: an answer drawn for each contact from a fixed hash, so the test is the same every run.
  const people = network(1500);
  const draw = (i: number) => (Math.imul(i + 1, 2654435761) >>> 0) / 2 ** 32;
  const chance = (c: TasteContact) => (c.evidence.messages.last === null ? 0.04 : c.evidence.messages.last >= '2022-06' ? 0.96 : 0.5);
  const decide = (c: TasteContact, i: number) => (draw(i) < chance(c) ? 'keep' : 'remove');
  const asked = (i: number) => i % 5 === 0;
  const m = model(people.flatMap((c, i) => (asked(i) ? [answer(c, decide(c, i))] : [])));
  const rest = people.flatMap((c, i) => (asked(i) ? [] : [{ c, i, p: m.predict(c) }]));
  const sure = rest.filter(({ p }) => p.confidence >= 0.9);

  it('is right about as often as it says when it says 90 % or more', () => {
    const agreement = sure.filter(({ c, i, p }) => p.decision === decide(c, i)).length / sure.length;
    const claimed = sure.reduce((sum, { p }) => sum + p.confidence, 0) / sure.length;
    expect(sure.length).toBeGreaterThan(rest.length / 2);
    expect(agreement).toBeGreaterThanOrEqual(0.9);
    expect(Math.abs(agreement - claimed)).toBeLessThan(0.03);
  });

  it('never claims 90 % about someone this person keeps or removes on a coin toss', () => {
    expect(m.temperature).toBeGreaterThan(1);
    expect(sure.filter(({ c }) => chance(c) === 0.5)).toEqual([]);
  });
});

describe('trainTaste: explanations name what drove the prediction', () => {
  const recruiter = (evidence = {}) => makeContact({ position: 'Technical Recruiter', company: 'Hexa Talents', evidence });
  const colleague = () => makeContact({ position: 'Office Manager', label: 'weak-tie', rule: 'shared-employer', evidence: { sharedEmployer: 'Contoso' } });

  it('"recruiter" for a person who drops every recruiter, "shared employer" for one who keeps former colleagues', () => {
    const people = network(120);
    const examples = [
      ...people.slice(0, 40).map((c) => answer(c, 'keep')),
      ...Array.from({ length: 12 }, (_, i) => answer(recruiter(i % 2 === 0 ? { messages: { sent: 2, received: 5 } } : {}), 'remove')),
      ...Array.from({ length: 12 }, () => answer(colleague(), 'keep')),
      ...people.slice(40, 60).map((c) => answer(c, 'remove')),
    ];
    const m = model(examples);
    const aRecruiter = m.predict(recruiter({ messages: { sent: 3, received: 3 } }));
    expect(aRecruiter.decision).toBe('remove');
    expect(aRecruiter.because).toContain('recruiter');
    expect(aRecruiter.because.length).toBeLessThanOrEqual(3);
    expect(m.predict(colleague()).because).toContain('shared employer');
  });

  it('"no message in 9 years" for a person who drops old conversations', () => {
    const old = (year: number) =>
      makeContact({ label: 'known', rule: 'two-way', evidence: { messages: { sent: 4, received: 4, last: `${year}-02-01T10:00:00Z` } } });
    const examples = [
      ...Array.from({ length: 14 }, (_, i) => answer(old(2012 + (i % 4)), 'remove')),
      ...Array.from({ length: 14 }, (_, i) => answer(old(2024 + (i % 2)), 'keep')),
    ];
    const silent = model(examples).predict(old(2016));
    expect(silent.decision).toBe('remove');
    expect(silent.because).toContain('no message in 9 years');
  });
});
