import { describe, expect, it } from 'vitest';
import { ENGLISH_FOR_JSON } from '../../src/i18n/translator.js';
import { checkDecisions } from '../../src/network/decisions.js';
import type { DecisionEntry, DecisionsFile } from '../../src/decisions/index.js';
import { makeConnection } from '../helpers/factories.js';

/** Decisions about people without a profile URL, checked against a later export. Every name is invented. */
const remove = (company: string, connectedOn: string | null = null): DecisionEntry => ({
  decision: 'remove',
  name: 'Greta Diallo',
  url: null,
  company,
  position: 'Analyst',
  connectedOn,
  decidedAt: '2024-02-01T10:00:00.000Z',
});
const file = (decisions: Record<string, DecisionEntry>): DecisionsFile => ({ netprune: 'decisions', version: 1, export: 'old', owner: null, decisions });
const greta = (company: string, connectedOn: string, url: string | null = null) =>
  makeConnection({ firstName: 'Greta', lastName: 'Diallo', company, connectedOn, url, key: url === null ? null : `in/${url.split('/in/')[1]}` });

describe('a decision saved by name', () => {
  const other = greta('Tailspin, Inc.', '2019-06-01', 'https://www.linkedin.com/in/greta-diallo');

  it('from an older file (name-only key) never lands on a namesake at another company: unclear, and says why', () => {
    const check = checkDecisions(file({ 'name:greta diallo': remove('Wayne Enterprises') }), [other]);
    expect(check.pending).toEqual([]);
    expect(check.done).toEqual([]);
    expect(check.unclear.map((u) => u.say(ENGLISH_FOR_JSON))).toEqual([
      'Greta Diallo, marked remove at Wayne Enterprises; the Greta Diallo here is at Tailspin, Inc., connected 2019-06-01',
    ]);
  });

  it('never lands on a namesake connected on another day, even at the same company', () => {
    const sameCompany = greta('Wayne Enterprises', '2019-06-01');
    const check = checkDecisions(file({ 'name:greta diallo|wayne enterprises|2012-03-04': remove('Wayne Enterprises', '2012-03-04') }), [sameCompany]);
    expect(check.pending).toEqual([]);
    expect(check.unclear).toHaveLength(1);
    // An older file kept the date only in the key (two namesakes then): it counts too.
    const fromKey = checkDecisions(file({ 'name:greta diallo|wayne enterprises|2012-03-04': remove('Wayne Enterprises') }), [sameCompany]);
    expect(fromKey.pending).toEqual([]);
  });

  it('finds the same person: same name, company and connection date, even once the export gives a URL', () => {
    const same = greta('Wayne Enterprises', '2012-03-04', 'https://www.linkedin.com/in/greta-diallo-2');
    const check = checkDecisions(file({ 'name:greta diallo|wayne enterprises|2012-03-04': remove('Wayne Enterprises', '2012-03-04') }), [other, same]);
    expect(check.pending.map((p) => [p.index, p.by])).toEqual([[1, 'name+company+date']]);
    expect(check.unclear).toEqual([]);
    const legacy = checkDecisions(file({ 'name:greta diallo': remove('Wayne Enterprises') }), [other, same]);
    expect(legacy.pending.map((p) => [p.index, p.by])).toEqual([[1, 'name+company']]);
  });
});
