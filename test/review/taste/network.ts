/**
 * Contacts for the taste tests: a connection, its evidence and a verdict, with invented names.
 * `network(n)` gives a deterministic mix (titles, conversations, years) from a small LCG, so
 * the tests need no fixture and no randomness.
 */
import type { Label } from '../../../src/plugin-api.js';
import type { TasteContact } from '../../../src/review/taste/index.js';
import { type EvidenceOverrides, makeConnection, makeEvidence } from '../../helpers/factories.js';

export const TODAY = '2025-06-01';

export interface ContactOverrides {
  position?: string;
  company?: string;
  connectedOn?: string;
  label?: Label;
  rule?: string;
  evidence?: EvidenceOverrides;
}

let line = 1;

export function makeContact(overrides: ContactOverrides = {}): TasteContact {
  const { position = 'Product Designer', company = 'Fabrikam', connectedOn = '2021-04-18', label = 'stranger', rule = 'no-trace', evidence } = overrides;
  line++;
  return {
    connection: makeConnection({ firstName: 'Test', lastName: `Contact ${line}`, key: `in/test-contact-${line}`, position, company, connectedOn, line }),
    evidence: makeEvidence({ yearsConnected: 2025 - Number(connectedOn.slice(0, 4)), ...evidence }),
    verdict: { label, reasons: [{ rule, detail: 'invented' }] },
  };
}

const TITLES = ['Data Scientist', 'Product Manager', 'Talent Acquisition Partner', 'Software Engineer', 'Account Executive', 'UX Designer'];

function lcg(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** `n` contacts: a title from a few, a conversation for about a third (some of them years old), every connection year. */
export function network(n: number, seed = 7): TasteContact[] {
  const rand = lcg(seed);
  return Array.from({ length: n }, () => {
    const talked = rand() < 0.35;
    const year = 2012 + Math.floor(rand() * 13);
    const last = `${year + Math.floor(rand() * (2025 - year))}-03-02T09:30:00Z`;
    return makeContact({
      position: TITLES[Math.floor(rand() * TITLES.length)],
      company: `Company ${Math.floor(rand() * 40)}`,
      connectedOn: `${year}-05-10`,
      label: talked ? 'known' : 'stranger',
      rule: talked ? 'two-way' : 'no-trace',
      evidence: talked ? { messages: { sent: 1 + Math.floor(rand() * 9), received: 1 + Math.floor(rand() * 9), first: last, last } } : {},
    });
  });
}
