import { describe, expect, it } from 'vitest';
import { confidentBatch, isNotEnough, type TasteExample, type TasteModel, trainTaste } from '../../../src/review/taste/index.js';
import { makeContact, TODAY } from './network.js';

const talkative = (position: string) => makeContact({ position, label: 'known', rule: 'two-way', evidence: { messages: { sent: 6, received: 6 } } });
const silent = (position: string) => makeContact({ position });
const train = (examples: TasteExample[]): TasteModel => {
  const m = trainTaste(examples, { today: TODAY });
  if (isNotEnough(m)) throw new Error('not enough answers');
  return m;
};

// Every answer so far says "talked, so keep; silent, so remove": only silent recruiters were asked about.
const answers: TasteExample[] = [
  ...['Product Manager', 'UX Designer', 'Data Scientist', 'Software Engineer'].flatMap((title) => [
    ...Array.from({ length: 4 }, () => ({ contact: talkative(title), decision: 'keep' as const })),
    ...Array.from({ length: 4 }, () => ({ contact: silent(title), decision: 'remove' as const })),
  ]),
  ...Array.from({ length: 4 }, () => ({ contact: silent('Technical Recruiter'), decision: 'remove' as const })),
];

describe('a job title never answered the same way', () => {
  it('holds the model at 60 % at most, and out of any batch, until the person has answered that way about it', () => {
    const m = train(answers);
    const recruiter = talkative('Technical Recruiter');
    const designer = m.predict(talkative('UX Designer'));
    expect(designer.decision).toBe('keep');
    expect(designer.confidence).toBeGreaterThan(0.95);
    expect(m.predict(recruiter).confidence).toBeLessThanOrEqual(0.6);
    expect(confidentBatch([recruiter], m, 0.9)).toBeNull();
  });

  it('lets a title like one already answered that way through: "Senior Data Scientist" after "Data Scientist"', () => {
    const m = train(answers);
    expect(m.predict(talkative('Senior Data Scientist')).confidence).toBeGreaterThan(0.95);
    expect(m.predict(talkative('Data Protection Officer')).confidence).toBeLessThanOrEqual(0.6);
  });

  it('learns from the answer: once a talkative recruiter is removed, the next is a remove, well past the hold', () => {
    const m = train([...answers, ...Array.from({ length: 3 }, () => ({ contact: talkative('Technical Recruiter'), decision: 'remove' as const }))]);
    const next = m.predict(talkative('Technical Recruiter'));
    expect(next.decision).toBe('remove');
    expect(next.confidence).toBeGreaterThan(0.85);
  });
});

describe('title families', () => {
  const removedTalkingRecruiters: TasteExample[] = [
    ...answers,
    ...['Recruiter', 'IT Recruiter', 'Talent Sourcer', 'Recruitment Manager'].map((title) => ({ contact: talkative(title), decision: 'remove' as const })),
  ];

  it('once talkative recruiters are removed, a talkative recruiter of a title never asked, in French, is past the hold', () => {
    const next = train(removedTalkingRecruiters).predict(talkative('Chasseuse de têtes'));
    expect(next.decision).toBe('remove');
    expect(next.confidence).toBeGreaterThan(0.6);
  });

  it('but removing silent recruiters says nothing about one the person talked with', () => {
    expect(train(answers).predict(talkative('Chasseuse de têtes')).confidence).toBeLessThanOrEqual(0.6);
  });

  it('a word of the title must have been answered that way: removing ML researchers does not remove an ML engineer', () => {
    const m = train([
      ...['Software Engineer', 'DevOps Engineer'].flatMap((title) =>
        [talkative(title), silent(title), silent(title)].map((contact) => ({ contact, decision: 'keep' as const })),
      ),
      ...['Product Manager', 'UX Designer'].flatMap((title) =>
        [silent(title), silent(title), silent(title)].map((contact) => ({ contact, decision: 'remove' as const })),
      ),
      ...Array.from({ length: 8 }, () => ({ contact: silent('Chercheuse en apprentissage automatique'), decision: 'remove' as const })),
    ]);
    const engineer = silent('Machine Learning Engineer');
    const p = m.predict(engineer);
    expect(p.decision === 'keep' || p.confidence <= 0.6, `${p.decision} ${p.confidence}`).toBe(true);
    expect(confidentBatch([engineer], m, 0.9)?.decision ?? 'none').not.toBe('remove');
  });
});

describe('someone the person demonstrably knows', () => {
  it('is never a confident remove until the person has removed someone known the same way', () => {
    const inAddressBook = (position: string) => makeContact({ position, evidence: { addressBook: 'name' } });
    // The address book was seen only on a keep: the model may still lean remove on a silent UX designer in it.
    const m = train([...answers, { contact: inAddressBook('Product Manager'), decision: 'keep' }]);
    const designer = inAddressBook('UX Designer');
    const p = m.predict(designer);
    expect(p.decision === 'keep' || p.confidence <= 0.6, `${p.decision} ${p.confidence}`).toBe(true);
    expect(confidentBatch([designer], m, 0.9)?.decision ?? 'none').not.toBe('remove');
  });
});
