import { describe, expect, it } from 'vitest';
import { buildEvidenceWithAudit } from '../../../src/evidence/build.js';
import type { Endorsement, Invitation, Recommendation } from '../../../src/export/records.js';
import { ME, conversation, jan, makeConnection, makeExport, summary } from './make-export.js';

/** Two connections named Eva Petit in an export without URLs, told apart only by company, position and date. */
const TODAY = '2024-06-01';
const evaAtContoso = makeConnection('Eva', 'Petit', { key: null, url: null, company: 'Contoso', position: 'Data Analyst', connectedOn: '2015-03-12' });
const evaAtFabrikam = makeConnection('Eva', 'Petit', { key: null, url: null, company: 'Fabrikam', position: 'Nurse', connectedOn: '2020-01-03' });
const eva = { key: 'name:eva petit', name: 'Eva Petit' };

const evidenceOf = (overrides: Parameters<typeof makeExport>[0]) =>
  buildEvidenceWithAudit(makeExport({ connections: [evaAtContoso, evaAtFabrikam], ...overrides }), TODAY);

const recommendation = (overrides: Partial<Recommendation>): Recommendation => ({
  firstName: 'Eva',
  lastName: 'Petit',
  company: '',
  jobTitle: '',
  text: 'A pleasure to work with.',
  date: null,
  status: 'VISIBLE',
  line: 2,
  ...overrides,
});
const endorsement = (date: string): Endorsement => ({ date, skill: 'SQL', firstName: 'Eva', lastName: 'Petit', key: null, status: 'ACCEPTED', line: 2 });
const invitation = (sentAt: string): Invitation => ({
  from: 'Eva Petit',
  to: 'Alex Kim',
  sentAt,
  message: 'Hello!',
  direction: 'incoming',
  otherKey: null,
  line: 2,
});

describe('records whose name several connections share', () => {
  it('are credited to none of them, and each is told what they hold and what it would have were they its own', () => {
    const messages = summary(
      conversation('c1', [
        { from: eva, to: [ME], date: jan(2) },
        { from: ME, to: [eva], date: jan(3) },
        { from: eva, to: [ME], date: jan(4) },
      ]),
    );
    const { evidence, audit } = evidenceOf({ messages });
    for (const e of evidence) {
      expect(e.messages).toMatchObject({ sent: 0, received: 0, conversations: 0 });
      expect(e.sameName).toMatchObject({ namesakes: 2, messages: 3, conversations: 1, groupConversations: 0, invitations: 0 });
      expect(e.sameName?.ifTheirs.messages).toMatchObject({ sent: 1, received: 2, twoWay: true, conversations: 1 });
      expect(e.sameName?.ifTheirs.sameName).toBeNull();
    }
    expect(audit.messages.ambiguous).toBe(1);
  });

  it('count each kind of record in its own count, however many of each', () => {
    const messages = summary(
      conversation('c1', [
        { from: eva, to: [ME], date: jan(2) },
        { from: ME, to: [eva], date: jan(3) },
      ]),
    );
    // Endorsements dated after both connections, an invitation before both, a recommendation not dated: nothing settles them.
    const { evidence } = evidenceOf({
      messages,
      endorsementsReceived: [endorsement('2021-05-01T09:00:00Z'), endorsement('2022-05-01T09:00:00Z')],
      invitations: [invitation('2010-01-01T00:00:00Z')],
      recommendationsReceived: [recommendation({})],
    });
    for (const e of evidence) {
      expect(e.sameName).toMatchObject({
        namesakes: 2,
        messages: 2,
        conversations: 1,
        groupConversations: 0,
        invitations: 1,
        endorsements: 2,
        recommendations: 1,
        addressBook: 0,
      });
    }
  });

  it('add to what the connection has of its own in `ifTheirs`', () => {
    const { evidence } = evidenceOf({
      recommendationsReceived: [recommendation({ company: 'Contoso' })],
      endorsementsReceived: [endorsement('2021-05-01T09:00:00Z')],
    });
    // The recommendation is settled by its company; the endorsement, dated after both connections, stays unattributed.
    expect(evidence[0]?.recommendations.received).toBe(1);
    expect(evidence[0]?.sameName).toMatchObject({ endorsements: 1, recommendations: 0 });
    expect(evidence[0]?.sameName?.ifTheirs).toMatchObject({ recommendations: { received: 1 }, endorsements: { received: 1, skillsReceived: ['SQL'] } });
  });

  it("give `ifTheirs` whole to whatever reads it: a plugin's thread (structured clone), JSON, a spread", () => {
    const { evidence } = evidenceOf({ endorsementsReceived: [endorsement('2021-05-01T09:00:00Z')] });
    const same = evidence[0]!.sameName!;
    const expected = {
      namesakes: 2,
      messages: 0,
      conversations: 0,
      groupConversations: 0,
      invitations: 0,
      endorsements: 1,
      recommendations: 0,
      addressBook: 0,
      ifTheirs: { ...evidence[0]!, endorsements: { given: 0, received: 1, skillsGiven: [], skillsReceived: ['SQL'] }, sameName: null },
    };
    // structuredClone is what a worker's postMessage does to the evidence a plugin is sent.
    for (const seen of [structuredClone(same), JSON.parse(JSON.stringify(same)), { ...same }]) {
      expect(seen).toEqual(expected);
      expect(Object.keys(seen)).toEqual(Object.keys(expected));
    }
  });

  it("make `ifTheirs` anew at each read: changing one changes neither the next nor the connection's own evidence", () => {
    const { evidence } = evidenceOf({ endorsementsReceived: [endorsement('2021-05-01T09:00:00Z')] });
    const same = evidence[0]!.sameName!;
    same.ifTheirs.endorsements.skillsReceived.push('Excel');
    expect(same.ifTheirs.endorsements.skillsReceived).toEqual(['SQL']);
    expect(evidence[0]!.endorsements).toEqual({ given: 0, received: 0, skillsGiven: [], skillsReceived: [] });
  });

  it('are attributed when the position settles the name', () => {
    const { evidence } = evidenceOf({ recommendationsGiven: [recommendation({ company: 'Elsewhere', jobTitle: 'nurse' })] });
    expect(evidence.map((e) => e.recommendations.given)).toEqual([0, 1]);
    expect(evidence[1]?.matchedBy).toEqual({ recommendationsGiven: 'name+position' });
    expect(evidence.map((e) => e.sameName)).toEqual([null, null]);
  });

  it('are attributed when the date settles the name: only a connection endorses, and nobody invites a connection', () => {
    const endorsed = evidenceOf({ endorsementsGiven: [endorsement('2017-06-01T09:00:00Z')] }).evidence;
    expect(endorsed.map((e) => e.endorsements.given)).toEqual([1, 0]);
    expect(endorsed[0]?.matchedBy).toEqual({ endorsementsGiven: 'name+date' });
    const invited = evidenceOf({ invitations: [invitation('2019-12-20T18:00:00Z')] }).evidence;
    expect(invited.map((e) => e.invitation?.note ?? null)).toEqual([null, 'Hello!']);
    expect(invited[1]?.matchedBy).toEqual({ invitations: 'name+date' });
  });

  it('allow a day of slack for time zones: Connected On is a local date', () => {
    const { evidence } = evidenceOf({ endorsementsReceived: [endorsement('2020-01-02T23:30:00Z')] });
    expect(evidence.map((e) => e.endorsements.received)).toEqual([0, 0]);
    expect(evidence.map((e) => e.sameName?.endorsements)).toEqual([1, 1]);
  });

  it('narrow by a field that fits several, then settle by the next', () => {
    const third = makeConnection('Eva', 'Petit', { key: null, url: null, company: 'Contoso', position: 'Nurse', connectedOn: '2022-09-01' });
    const exp = makeExport({
      connections: [evaAtContoso, evaAtFabrikam, third],
      recommendationsReceived: [recommendation({ company: 'Contoso', date: '2021-02-01T10:00:00Z' })],
    });
    const { evidence } = buildEvidenceWithAudit(exp, TODAY);
    // The date rules out the third (connected after it), then the company settles between the first two.
    expect(evidence.map((e) => e.recommendations.received)).toEqual([1, 0, 0]);
    expect(evidence[0]?.matchedBy).toEqual({ recommendationsReceived: 'name+company' });
  });
});
