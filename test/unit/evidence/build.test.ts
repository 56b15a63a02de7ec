import { describe, expect, it } from 'vitest';
import { buildEvidence, buildEvidenceLettingGo, buildEvidenceWithAudit, splitExport } from '../../../src/evidence/build.js';
import type { Education } from '../../../src/export/records.js';
import { wholeYearsBetween } from '../../../src/evidence/years.js';
import { ME, conversation, jan, makeConnection, makeExport, summary, who } from './make-export.js';

const TODAY = '2024-06-01';

describe('buildEvidence', () => {
  it('gives one evidence per connection, in the same order', () => {
    const connections = [makeConnection('Priya', 'Shah'), makeConnection('Omar', 'Haddad'), makeConnection('Dana', 'Ng')];
    const exp = makeExport({ connections, messages: summary(conversation('c', [{ from: who(connections[1]!), to: [ME], date: jan(1) }])) });
    expect(buildEvidence(exp, TODAY).map((e) => e.messages.received)).toEqual([0, 1, 0]);
  });

  it('never joins anything to a hidden member (no name, no URL)', () => {
    const hidden = makeConnection('', '', { key: null, url: null });
    const exp = makeExport({
      connections: [hidden],
      messages: summary(conversation('c', [{ from: { key: 'name:', name: '' }, to: [ME], date: jan(1) }])),
      recommendationsReceived: [{ firstName: '', lastName: '', company: '', jobTitle: '', text: '', date: null, status: '', line: 2 }],
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence[0]?.matchedBy).toEqual({});
    expect(audit.recommendationsReceived.unmatched).toBe(1);
  });

  it('lets each file go as it joins it, with the same evidence; from a whole export, it takes nothing away', () => {
    const connections = [makeConnection('Priya', 'Shah'), makeConnection('Omar', 'Haddad')];
    const exp = makeExport({ connections, messages: summary(conversation('c', [{ from: who(connections[1]!), to: [ME], date: jan(1) }])) });
    const { head, unjoined } = splitExport(exp);
    expect(Object.keys(unjoined)).not.toHaveLength(0);
    expect(buildEvidenceLettingGo(head, unjoined, TODAY)).toEqual(buildEvidenceWithAudit(exp, TODAY));
    // Nothing is left there to hold a file the evidence no longer needs.
    expect(unjoined).toEqual({});
    expect(exp.messages?.conversations).toHaveLength(1);
  });

  it('rejects a malformed today', () => {
    expect(() => buildEvidence(makeExport(), '01/06/2024')).toThrow(RangeError);
  });
});

describe('emailVisible', () => {
  it('is true only for a non-blank e-mail', () => {
    const exp = makeExport({
      connections: [
        makeConnection('Priya', 'Shah', { email: 'priya@example.com' }),
        makeConnection('Omar', 'Haddad', { email: ' ' }),
        makeConnection('Dana', 'Ng', { email: null }),
      ],
    });
    expect(buildEvidence(exp, TODAY).map((e) => e.emailVisible)).toEqual([true, false, false]);
  });
});

describe('yearsConnected', () => {
  it.each([
    ['2020-06-01', '2024-06-01', 4],
    ['2020-06-02', '2024-06-01', 3],
    ['2024-01-01', '2024-06-01', 0],
    ['2020-02-29', '2021-02-28', 0],
    ['2020-02-29', '2021-03-01', 1],
    ['2025-01-01', '2024-06-01', 0],
    ['2020-6-1', '2024-06-01', null],
  ])('%s → %s is %s', (from, to, years) => {
    expect(wholeYearsBetween(from, to)).toBe(years);
  });

  it('is null when Connected On is unknown', () => {
    const exp = makeExport({
      connections: [makeConnection('Priya', 'Shah', { connectedOn: null }), makeConnection('Omar', 'Haddad', { connectedOn: '2017-03-05' })],
    });
    expect(buildEvidence(exp, TODAY).map((e) => e.yearsConnected)).toEqual([null, 7]);
  });
});

describe('school', () => {
  const education = (school: string): Education => ({ school, degree: '', startDate: null, endDate: null, line: 2 });
  it("is the owner's school found as whole words in the contact's company or position", () => {
    const exp = makeExport({
      education: [education('Université Paris-Dauphine'), education('MIT')],
      connections: [
        makeConnection('Priya', 'Shah', { company: 'Universite Paris Dauphine - PSL', position: 'Lecturer' }),
        makeConnection('Omar', 'Haddad', { company: 'Freelance', position: 'Research fellow at MIT' }),
        makeConnection('Dana', 'Ng', { company: 'Submit Ltd', position: 'Admit officer' }),
      ],
    });
    expect(buildEvidence(exp, TODAY).map((e) => e.school)).toEqual(['Université Paris-Dauphine', 'MIT', null]);
  });
});

describe('scale', () => {
  it('joins 30,000 connections with 100,000 conversations by URL and by name', () => {
    const connections = Array.from({ length: 30_000 }, (_, i) =>
      makeConnection(`First${i}`, `Last${i % 7000}`, { key: `in/p-${i}`, company: `Company ${i % 500} Inc`, position: `Role ${i % 300} Engineer` }),
    );
    const conversations = Array.from({ length: 100_000 }, (_, i) => {
      const other = i % 3 === 0 ? { key: `name:first${i % 30_000} last${(i % 30_000) % 7000}`, name: '' } : { key: `in/p-${i % 40_000}`, name: 'X' };
      return conversation(`c${i}`, [
        { from: ME, to: [other], date: jan(1 + (i % 28)) },
        { from: other, to: [ME], date: jan(1 + (i % 28), 10) },
      ]);
    });
    const exp = makeExport({ connections, messages: summary(...conversations), skills: ['Engineering', 'Role 12'] });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence).toHaveLength(30_000);
    // in/p-1 in conversations 1 and 40001; `name:first1 last1` in none (30001, 60001, 90001 are not multiples of 3).
    expect(evidence[1]?.messages).toMatchObject({ sent: 2, received: 2, conversations: 2 });
    expect(audit.messages).toMatchObject({ records: 50_000, matched: { url: 30_000, name: 10_000 }, unmatched: 10_000 });
  });
});
