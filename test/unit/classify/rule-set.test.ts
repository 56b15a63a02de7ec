import { describe, expect, it } from 'vitest';
import { compileRuleSet } from '../../../src/classify/rule-set.js';
import { bindParameters, standalone } from '../../../src/classify/compose.js';
import { ruleSetSchema, type Condition, type RuleSet } from '../../../src/classify/rule-set-schema.js';
import type { Connection } from '../../../src/plugin-api.js';
import { makeConnection, makeContext, makeEvidence, type EvidenceOverrides } from '../../helpers/factories.js';

/** A rule set with one rule under test, `hit`, and a fallback `miss`. */
const matches = (when: Condition, evidence: EvidenceOverrides): boolean => {
  const classifier = compile([{ id: 'hit', label: 'known', when, reason: 'hit' }]);
  return classifier.classify(makeConnection(), makeEvidence(evidence), makeContext()).reasons[0]?.rule === 'hit';
};

function compile(rules: RuleSet['rules'], otherwise: RuleSet['otherwise'] = { id: 'miss', label: 'stranger', reason: 'No rule matched' }) {
  return compileRuleSet('test', bindParameters(standalone(ruleSetSchema.parse({ description: 'test', rules, otherwise })), 'test.json'));
}

describe('compileRuleSet', () => {
  it('returns the first matching rule, in file order', () => {
    const classifier = compile([
      { id: 'first', label: 'weak-tie', when: { messagesReceived: { gte: 1 } }, reason: 'first' },
      { id: 'second', label: 'known', when: { twoWay: true }, reason: 'second' },
    ]);
    const verdict = classifier.classify(makeConnection(), makeEvidence({ messages: { sent: 1, received: 1 } }), makeContext());
    expect(verdict).toEqual({ label: 'weak-tie', reasons: [{ rule: 'first', detail: 'first' }], score: 0.5 });
  });

  it('falls back to otherwise, and carries the id and description', () => {
    const classifier = compile([{ id: 'talked', label: 'known', when: { twoWay: true }, reason: 'talked' }]);
    expect(classifier.id).toBe('test');
    expect(classifier.description).toBe('test');
    expect(classifier.classify(makeConnection(), makeEvidence(), makeContext())).toEqual({
      label: 'stranger',
      reasons: [{ rule: 'miss', detail: 'No rule matched' }],
      score: 0,
    });
  });

  it('fills the reason template and uses a rule score when given', () => {
    const classifier = compile([
      { id: 'talked', label: 'known', when: { twoWay: true }, reason: '{messages} {messages:message|messages} with {name}, last on {lastMessage}', score: 0.9 },
    ]);
    const verdict = classifier.classify(makeConnection(), makeEvidence({ messages: { sent: 2, received: 10 } }), makeContext());
    expect(verdict).toEqual({ label: 'known', reasons: [{ rule: 'talked', detail: '12 messages with Jane Doe, last on 2025-03-02' }], score: 0.9 });
  });
});

describe('text conditions', () => {
  const hit = (when: Condition, contact: Partial<Connection>, evidence: EvidenceOverrides = {}): boolean => {
    const classifier = compile([{ id: 'hit', label: 'known', when, reason: 'hit' }]);
    return classifier.classify(makeConnection(contact), makeEvidence(evidence), makeContext()).reasons[0]?.rule === 'hit';
  };
  const recruiter: Condition = { position: { anyOf: ['recruiter', 'chargé de recrutement'] } };

  it('matches any of the words or phrases, case and accents aside', () => {
    expect(hit(recruiter, { position: 'Senior RECRUITER, EMEA' })).toBe(true);
    expect(hit(recruiter, { position: 'CHARGE DE RECRUTEMENT' })).toBe(true);
    expect(hit(recruiter, { position: 'Chargé de Recrutement IT' })).toBe(true);
    expect(hit(recruiter, { position: 'Software Engineer' })).toBe(false);
  });

  it('matches whole words and whole phrases only', () => {
    expect(hit(recruiter, { position: 'Recruiters Lead' })).toBe(false);
    expect(hit(recruiter, { position: 'Chargée de mission recrutement' })).toBe(false);
    expect(hit({ company: { anyOf: ['talent'] } }, { company: 'Talented Ltd' })).toBe(false);
    expect(hit({ company: { anyOf: ['talent'] } }, { company: 'Hexa-Talent' })).toBe(true);
  });

  it('tests the name and the invitation note; no invitation means no note, and no match', () => {
    expect(hit({ name: { anyOf: ['lefèvre'] } }, { firstName: 'Camille', lastName: 'LEFEVRE' })).toBe(true);
    expect(hit({ note: { anyOf: ['opportunity'] } }, {}, { invitation: { note: 'An exciting opportunity!' } })).toBe(true);
    expect(hit({ note: { anyOf: ['opportunity'] } }, {}, {})).toBe(false);
    expect(hit({ not: { note: { anyOf: ['opportunity'] } } }, {}, {})).toBe(true);
  });

  it('stays linear on a hostile text: a long repetitive position is read once', () => {
    const position = `${'a '.repeat(50_000)}b`;
    expect(hit({ position: { anyOf: ['a a a a a a a a a c', 'a b'] } }, { position })).toBe(true);
  });
});

describe('conditions', () => {
  it('tests booleans, equality and comparisons', () => {
    expect(matches({ twoWay: true }, { messages: { sent: 1, received: 1 } })).toBe(true);
    expect(matches({ twoWay: false }, { messages: { sent: 1, received: 1 } })).toBe(false);
    expect(matches({ messages: 0 }, {})).toBe(true);
    expect(matches({ messages: 0 }, { messages: { sent: 1 } })).toBe(false);
    expect(matches({ endorsements: { gte: 2, lt: 4 } }, { endorsements: { given: 1, received: 1 } })).toBe(true);
    expect(matches({ endorsements: { gte: 2, lt: 4 } }, { endorsements: { given: 4 } })).toBe(false);
    expect(matches({ closeness: { gt: 0.5 } }, { closeness: 0.5 })).toBe(false);
    expect(matches({ closeness: { lte: 0.5, eq: 0.5 } }, { closeness: 0.5 })).toBe(true);
  });

  it('requires every key of one object', () => {
    const when: Condition = { sharedEmployer: true, messages: 0 };
    expect(matches(when, { sharedEmployer: 'Contoso' })).toBe(true);
    expect(matches(when, { sharedEmployer: 'Contoso', messages: { received: 1 } })).toBe(false);
  });

  it('combines with all, any and not', () => {
    const when: Condition = {
      any: [{ oneWay: true }, { endorsements: { gte: 1 } }],
      not: { all: [{ invitation: true }, { invitationWithNote: false }] },
    };
    expect(matches(when, { messages: { received: 1 } })).toBe(true);
    expect(matches(when, { endorsements: { received: 1 } })).toBe(true);
    expect(matches(when, {})).toBe(false);
    expect(matches(when, { endorsements: { received: 1 }, invitation: {} })).toBe(false);
    expect(matches(when, { endorsements: { received: 1 }, invitation: { note: 'Hi' } })).toBe(true);
  });

  it('lets a null signal satisfy no test, so its negation holds', () => {
    const never = { yearsConnected: null };
    expect(matches({ yearsConnected: { gte: 0 } }, never)).toBe(false);
    expect(matches({ yearsConnected: { lt: 100 } }, never)).toBe(false);
    expect(matches({ yearsConnected: 0 }, never)).toBe(false);
    expect(matches({ not: { yearsConnected: { gte: 0 } } }, never)).toBe(true);
    expect(matches({ yearsSinceLastMessage: { gte: 0 } }, {})).toBe(false);
    expect(matches({ yearsSinceLastMessage: { gte: 0 } }, { messages: { sent: 1 } })).toBe(true);
  });
});
