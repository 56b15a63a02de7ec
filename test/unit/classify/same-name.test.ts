import { describe, expect, it } from 'vitest';
import { classifyAll, loadClassifier } from '../../../src/classify/index.js';
import type { SameName } from '../../../src/evidence/types.js';
import type { Classifier } from '../../../src/plugin-api.js';
import { makeConnection, makeContext, makeEvidence, type EvidenceOverrides } from '../../helpers/factories.js';

const eva = makeConnection({ firstName: 'Eva', lastName: 'Petit', key: null, url: null });

/** Evidence that holds `own`, plus unattributed records that would make `ifTheirs`. */
function withSameName(own: EvidenceOverrides, counts: Partial<SameName>, ifTheirs: EvidenceOverrides) {
  const base = makeEvidence(own);
  const same: SameName = {
    namesakes: 2,
    messages: 0,
    conversations: 0,
    groupConversations: 0,
    invitations: 0,
    endorsements: 0,
    recommendations: 0,
    addressBook: 0,
    ...counts,
    ifTheirs: makeEvidence({ ...own, ...ifTheirs }),
  };
  return { ...base, sameName: same };
}

const judge = async (evidence: ReturnType<typeof withSameName>, rules?: string) =>
  classifyAll([{ connection: eva, evidence }], await loadClassifier({ rules }), makeContext())[0]!.verdict;

const SAID = {
  rule: 'same-name',
  detail: '14 messages with an Eva Petit, but 2 connections share this name and nothing in the export tells which: counted for none of them',
};

describe('a connection with records its namesake may own', () => {
  it('is no stranger for want of evidence when those records would make it known: a weak tie, and why', async () => {
    const verdict = await judge(withSameName({}, { messages: 14, conversations: 1 }, { messages: { sent: 7, received: 7 } }));
    expect(verdict).toEqual({ label: 'weak-tie', reasons: [SAID], score: 0.5 });
  });

  it('says what each namesake could not be given, even when one run judges several of the same name', async () => {
    const classifier = await loadClassifier({});
    const evidence = [
      withSameName({}, { messages: 14, conversations: 1 }, { messages: { sent: 7, received: 7 } }),
      withSameName({}, { messages: 14, conversations: 1, namesakes: 3 }, { messages: { sent: 7, received: 7 } }),
      withSameName({}, { messages: 14, conversations: 1 }, { messages: { sent: 7, received: 7 } }),
      withSameName({}, { endorsements: 1 }, { endorsements: { received: 1 } }),
    ];
    const contacts = classifyAll(
      evidence.map((e) => ({ connection: eva, evidence: e })),
      classifier,
      makeContext(),
    );
    expect(contacts.map((c) => c.verdict.reasons.at(-1)?.detail.split(' and nothing')[0])).toEqual([
      '14 messages with an Eva Petit, but 2 connections share this name',
      '14 messages with an Eva Petit, but 3 connections share this name',
      '14 messages with an Eva Petit, but 2 connections share this name',
      '1 endorsement with an Eva Petit, but 2 connections share this name',
    ]);
  });

  it('stays a stranger when it would be one even with those records, and still says what they are', async () => {
    const verdict = await judge(withSameName({}, { groupConversations: 2 }, { messages: { groupConversations: 2 } }));
    expect(verdict.label).toBe('stranger');
    expect(verdict.reasons.map((r) => r.rule)).toEqual(['no-trace', 'same-name']);
    expect(verdict.reasons[1]?.detail).toBe(
      '2 group conversations with an Eva Petit, but 2 connections share this name and nothing in the export tells which: counted for none of them; ' +
        'were they theirs, still a stranger: Only met in group conversations (2)',
    );
  });

  it('says each stranger namesake why they stay one, in one run: the same records, different reasons', async () => {
    const contacts = classifyAll(
      [
        withSameName({}, { groupConversations: 2 }, { messages: { groupConversations: 2 } }),
        withSameName({}, { groupConversations: 2 }, { messages: { groupConversations: 3 } }),
        withSameName({}, { groupConversations: 2 }, { messages: { groupConversations: 2 } }),
      ].map((evidence) => ({ connection: eva, evidence })),
      await loadClassifier({}),
      makeContext(),
    );
    expect(contacts.map((c) => c.verdict.reasons[1]?.detail.split('still a stranger: ')[1])).toEqual([
      'Only met in group conversations (2)',
      'Only met in group conversations (3)',
      'Only met in group conversations (2)',
    ]);
  });

  it('keeps a label earned by its own evidence, with the same-name reason after it', async () => {
    const verdict = await judge(
      withSameName({ messages: { sent: 2, received: 1 } }, { messages: 14, conversations: 1 }, { messages: { sent: 9, received: 8 } }),
    );
    expect(verdict.label).toBe('known');
    expect(verdict.reasons.map((r) => r.rule)).toEqual(['two-way', 'same-name']);
  });

  it('is judged the same way whatever the classifier: a plugin that calls everyone without a message a stranger', async () => {
    const plugin: Classifier = {
      id: 'any-message',
      description: 'known with a 1:1 message, else a stranger',
      classify: (_, e) =>
        e.messages.sent + e.messages.received > 0
          ? { label: 'known', reasons: [{ rule: 'message', detail: 'wrote' }] }
          : { label: 'stranger', reasons: [{ rule: 'none', detail: 'no message' }] },
    };
    const evidence = withSameName({}, { messages: 14, conversations: 1 }, { messages: { sent: 7, received: 7 } });
    expect(classifyAll([{ connection: eva, evidence }], plugin, makeContext()).map((c) => c.verdict)).toEqual([{ label: 'weak-tie', reasons: [SAID] }]);
  });
});
