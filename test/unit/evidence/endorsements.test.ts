import { describe, expect, it } from 'vitest';
import { buildEvidenceWithAudit } from '../../../src/evidence/build.js';
import type { Endorsement } from '../../../src/export/records.js';
import { makeConnection, makeExport } from './make-export.js';

const TODAY = '2024-06-01';

function endorsement(skill: string, first: string, last: string, key: string | null): Endorsement {
  return { date: '2024-01-01T00:00:00Z', skill, firstName: first, lastName: last, key, status: 'ACCEPTED', line: 2 };
}

describe('endorsements', () => {
  it('joins by key, counts rows and lists each skill once', () => {
    const priya = makeConnection('Priya', 'Shah');
    const exp = makeExport({
      connections: [priya],
      endorsementsReceived: [
        endorsement('Product Management', 'P.', 'Shah', 'in/priya-shah'),
        endorsement('Roadmaps', 'Priya', 'Shah', 'in/priya-shah'),
        endorsement('Roadmaps', 'Priya', 'Shah', 'in/priya-shah'),
      ],
      endorsementsGiven: [endorsement('SQL', 'Priya', 'Shah', 'in/priya-shah')],
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence[0]?.endorsements).toEqual({ given: 1, received: 3, skillsGiven: ['SQL'], skillsReceived: ['Product Management', 'Roadmaps'] });
    expect(evidence[0]?.matchedBy).toEqual({ endorsementsReceived: 'url', endorsementsGiven: 'url' });
    expect(audit.endorsementsReceived.matched.url).toBe(3);
  });

  it('falls back to the name in files without URLs (2022), but not for an ambiguous name', () => {
    const exp = makeExport({
      connections: [makeConnection('Omar', 'Haddad'), makeConnection('Sam', 'Lee', { key: 'in/s1' }), makeConnection('Sam', 'Lee', { key: 'in/s2' })],
      endorsementsReceived: [endorsement('Go', 'Omar ', ' Haddad', null), endorsement('Go', 'Sam', 'Lee', null)],
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence.map((e) => e.endorsements.received)).toEqual([1, 0, 0]);
    expect(evidence[0]?.matchedBy).toEqual({ endorsementsReceived: 'name' });
    expect(audit.endorsementsReceived).toMatchObject({ records: 2, matched: { name: 1 }, ambiguous: 1, unmatched: 0 });
  });

  it("joins a record whose key is no connection's to the one namesake without a key, never to one with another key", () => {
    const exp = makeExport({
      connections: [
        makeConnection('Sam', 'Lee', { key: 'in/s1' }),
        makeConnection('Sam', 'Lee', { key: null }),
        makeConnection('Sam', 'Lee', { key: 'in/s2' }),
      ],
      endorsementsReceived: [endorsement('Go', 'Sam', 'Lee', 'in/s9')],
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence.map((e) => e.endorsements.received)).toEqual([0, 1, 0]);
    expect(audit.endorsementsReceived).toMatchObject({ records: 1, matched: { name: 1 } });
  });

  it('records the surest join when one file matched a person in two ways', () => {
    const exp = makeExport({
      connections: [makeConnection('Omar', 'Haddad')],
      endorsementsGiven: [endorsement('Go', 'Omar', 'Haddad', null), endorsement('Rust', 'Omar', 'Haddad', 'in/omar-haddad')],
    });
    expect(buildEvidenceWithAudit(exp, TODAY).evidence[0]?.matchedBy).toEqual({ endorsementsGiven: 'url' });
  });
});
