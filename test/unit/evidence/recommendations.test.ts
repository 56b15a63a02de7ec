import { describe, expect, it } from 'vitest';
import { buildEvidenceWithAudit } from '../../../src/evidence/build.js';
import type { Recommendation } from '../../../src/export/records.js';
import { makeConnection, makeExport } from './make-export.js';

const TODAY = '2024-06-01';

function recommendation(first: string, last: string, company: string): Recommendation {
  return { firstName: first, lastName: last, company, jobTitle: 'Engineer', text: 'Great to work with.', date: null, status: 'VISIBLE', line: 2 };
}

const samAtAcme = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-1', company: 'Acme Corporation' });
const samAtGlobex = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-2', company: 'Globex' });
const kim = makeConnection('Kim', 'Park, PhD', { company: 'Tailspin, Inc.' });

describe('recommendations', () => {
  it('joins by name (recommendations carry no URL), ignoring credentials after a comma', () => {
    const exp = makeExport({ connections: [kim], recommendationsReceived: [recommendation('Kim', 'Park', 'Somewhere Else')] });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence[0]?.recommendations).toEqual({ given: 0, received: 1 });
    expect(evidence[0]?.matchedBy).toEqual({ recommendationsReceived: 'name' });
    expect(audit.recommendationsReceived.matched.name).toBe(1);
  });

  it('settles a shared name by the company, normalised', () => {
    const exp = makeExport({
      connections: [samAtAcme, samAtGlobex],
      recommendationsGiven: [recommendation('Sam', 'Lee', 'ACME Corp.')],
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence.map((e) => e.recommendations.given)).toEqual([1, 0]);
    expect(evidence[0]?.matchedBy).toEqual({ recommendationsGiven: 'name+company' });
    expect(audit.recommendationsGiven.matched['name+company']).toBe(1);
  });

  it('leaves a shared name unjoined when the company does not settle it', () => {
    const exp = makeExport({
      connections: [samAtAcme, samAtGlobex, makeConnection('Sam', 'Lee', { key: 'in/sam-lee-3', company: 'Acme' })],
      recommendationsReceived: [recommendation('Sam', 'Lee', 'Acme'), recommendation('Sam', 'Lee', 'Initech')],
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence.map((e) => e.recommendations.received)).toEqual([0, 0, 0]);
    expect(audit.recommendationsReceived).toMatchObject({ records: 2, ambiguous: 2 });
  });

  it('counts a name that fits no connection as unmatched', () => {
    const exp = makeExport({ connections: [kim], recommendationsReceived: [recommendation('Noor', 'Vance', 'Acme')] });
    expect(buildEvidenceWithAudit(exp, TODAY).audit.recommendationsReceived).toMatchObject({ records: 1, unmatched: 1 });
  });
});
