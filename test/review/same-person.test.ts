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
  });

  it('saved without its connection date, is never applied, even to the one namesake at that company: asked again, and says why', () => {
    const same = greta('Wayne Enterprises', '2012-03-04', 'https://www.linkedin.com/in/greta-diallo-2');
    const legacy = checkDecisions(file({ 'name:greta diallo': remove('Wayne Enterprises') }), [other, same]);
    expect(legacy.pending).toEqual([]);
    expect(legacy.unclear.map((u) => u.say(ENGLISH_FOR_JSON))).toEqual([
      'Greta Diallo, marked remove at Wayne Enterprises; saved on 2024-02-01 without a connection date, it cannot be told whether it is about the Greta Diallo here, at Tailspin, Inc., connected 2019-06-01; at Wayne Enterprises, connected 2012-03-04: asked again',
    ]);
  });

  it('never lands on someone who connected after it was taken: that person is not who it is about', () => {
    const newcomer = greta('Wayne Enterprises', '2025-03-03', 'https://www.linkedin.com/in/greta-diallo-77');
    const check = checkDecisions(file({ 'name:greta diallo': remove('Wayne Enterprises') }), [newcomer]);
    expect(check.pending).toEqual([]);
    expect(check.unclear).toEqual([]);
    expect(check.done.map((d) => d.key)).toEqual(['name:greta diallo']);
  });

  it('made among namesakes alike but for their position, follows the position, not the order of the rows', () => {
    const twin = (position: string) =>
      makeConnection({ firstName: 'Jean', lastName: 'Martin', company: 'Freelance', position, connectedOn: '2019-01-10', url: null, key: null });
    const entry = (decision: DecisionEntry['decision'], position: string): DecisionEntry => ({
      ...remove('Freelance', '2019-01-10'),
      decision,
      name: 'Jean Martin',
      position,
    });
    // Keys an earlier version numbered by file order.
    const saved = file({
      'name:jean martin|freelance|2019-01-10#1': entry('remove', 'Sales Rep'),
      'name:jean martin|freelance|2019-01-10#2': entry('keep', 'Friend'),
    });
    const swapped = checkDecisions(saved, [twin('Friend'), twin('Sales Rep')]);
    expect(swapped.pending.map((p) => p.index)).toEqual([1]);
    expect(swapped.kept.map((k) => k.index)).toEqual([0]);
    // The one removed has left; the friend kept is not taken for him.
    const later = checkDecisions(saved, [twin('Friend')]);
    expect(later.pending).toEqual([]);
    expect(later.done.map((d) => d.entry.position)).toEqual(['Sales Rep']);
    // Alike in everything: not carried forward to either.
    const alike = checkDecisions(file({ 'name:jean martin|freelance|2019-01-10#1': entry('remove', 'Friend') }), [twin('Friend'), twin('Friend')]);
    expect(alike.pending).toEqual([]);
    expect(alike.unclear).toHaveLength(1);
  });

  it('about a profile whose URL changed, is still found by name, company and connection date, under the URL of today', () => {
    const moved = greta('Wayne Enterprises', '2012-03-04', 'https://www.linkedin.com/in/greta-diallo-weber');
    const entry = { ...remove('Wayne Enterprises', '2012-03-04'), url: 'https://www.linkedin.com/in/greta-diallo-2' };
    const check = checkDecisions(file({ 'in/greta-diallo-2': entry }), [other, moved]);
    expect(check.pending.map((p) => [p.index, p.by])).toEqual([[1, 'url-changed']]);
    expect(check.done).toEqual([]);
    // Rows Connections.csv could not read may hold someone not found: never counted done then.
    const unread = checkDecisions(file({ 'in/greta-diallo-3': entry }), [other], 1);
    expect(unread.done).toEqual([]);
    expect(unread.unchecked).toHaveLength(1);
  });
});
