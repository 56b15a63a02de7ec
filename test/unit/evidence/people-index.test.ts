import { describe, expect, it } from 'vitest';
import { indexPeople, resolve } from '../../../src/evidence/people-index.js';
import { companyKeys } from '../../../src/evidence/employer.js';
import { makeConnection } from './make-export.js';

/**
 * How a record that gives a name is put to one connection of that name, or to none: what is possible
 * (its date) before what is likely (its company, its position). Every person here is invented.
 */
const noUrl = { key: null, url: null };
const marieNew = makeConnection('Marie', 'Dupont', { ...noUrl, company: 'Globex', position: 'Sales Manager', connectedOn: '2024-01-10' });
const marieOld = makeConnection('Marie', 'Dupont', { ...noUrl, company: 'Acme', position: 'Head of Design', connectedOn: '2015-03-05' });
const paul = makeConnection('Paul', 'Petit', { ...noUrl, company: 'Initech', connectedOn: '2016-03-05' });
const maries = indexPeople([marieNew, marieOld]);
const onlyPaul = indexPeople([paul]);

const recommended = (date: string | null, company = '', position = '') => ({
  name: 'Marie Dupont',
  companies: companyKeys(company),
  position,
  date: date === null ? null : { connectedBy: date },
});
const invitedBy = (name: string, date: string) => ({ name, date: { connectedFrom: date } });

describe('a name shared by several connections, and a dated record', () => {
  it('is not credited to one connected after the record, even when the company fits them: the facts disagree, so it is nobody’s', () => {
    // Finding 3: the 2018 recommender worked at Globex then; the Marie at Globex now was connected in 2024.
    expect(resolve(maries, recommended('2018-03-09T22:12:00Z', 'Globex', 'Designer'))).toEqual({ kind: 'ambiguous', candidates: [0, 1] });
  });

  it('goes to the one connected by then when the company is silent or agrees', () => {
    expect(resolve(maries, recommended('2018-03-09T22:12:00Z', 'Initech'))).toEqual({ kind: 'match', index: 1, by: 'name+date' });
    expect(resolve(maries, recommended('2018-03-09T22:12:00Z', 'Acme'))).toEqual({ kind: 'match', index: 1, by: 'name+date' });
  });

  it('counts a position that fits only the one ruled out as a disagreement too', () => {
    expect(resolve(maries, recommended('2018-03-09T22:12:00Z', '', 'Sales Manager'))).toEqual({ kind: 'ambiguous', candidates: [0, 1] });
  });

  it('is settled by the company among those its date leaves', () => {
    const third = makeConnection('Marie', 'Dupont', { ...noUrl, company: 'Acme', connectedOn: '2017-05-01' });
    const three = indexPeople([marieNew, marieOld, third]);
    expect(resolve(three, recommended('2018-03-09T22:12:00Z', 'Acme'))).toEqual({ kind: 'ambiguous', candidates: [1, 2] });
    expect(resolve(three, recommended('2016-03-09T22:12:00Z', 'Acme'))).toEqual({ kind: 'match', index: 1, by: 'name+date' });
    const atInitech = indexPeople([marieNew, marieOld, { ...third, company: 'Initech' }]);
    expect(resolve(atInitech, recommended('2018-03-09T22:12:00Z', 'Initech'))).toEqual({ kind: 'match', index: 2, by: 'name+company' });
  });

  it('is nobody’s when its date rules out every one of them', () => {
    expect(resolve(maries, recommended('2014-01-01T10:00:00Z', 'Globex'))).toEqual({ kind: 'unmatched' });
  });

  it('rules out nobody when the record or the connection has no date', () => {
    expect(resolve(maries, recommended(null, 'Globex'))).toEqual({ kind: 'match', index: 0, by: 'name+company' });
    const undated = indexPeople([{ ...marieNew, connectedOn: null }, marieOld]);
    expect(resolve(undated, recommended('2018-03-09T22:12:00Z'))).toEqual({ kind: 'ambiguous', candidates: [0, 1] });
  });

  it('allows a day either way, for time zones: Connected On is a local day, the record a UTC time', () => {
    // An endorsement late on 9 January UTC may be the 10th where the connection's day was written.
    expect(resolve(maries, recommended('2024-01-09T23:30:00Z', 'Initech'))).toEqual({ kind: 'ambiguous', candidates: [0, 1] });
    expect(resolve(maries, recommended('2024-01-08T23:30:00Z', 'Initech'))).toEqual({ kind: 'match', index: 1, by: 'name+date' });
  });
});

describe('the only connection of a name, and a dated record', () => {
  it('is not the one who sent an invitation years after they were connected: nobody invites a connection', () => {
    // Finding 36: a 2024 invitation from a Paul Petit connected since 2016 is another Paul Petit's.
    expect(resolve(onlyPaul, invitedBy('Paul Petit', '2024-02-01T15:07:00Z'))).toEqual({ kind: 'unmatched' });
  });

  it('is the one whose invitation was accepted: connected the day it was sent, or a day off for time zones', () => {
    expect(resolve(onlyPaul, invitedBy('Paul Petit', '2016-03-05T09:00:00Z'))).toEqual({ kind: 'match', index: 0, by: 'name' });
    expect(resolve(onlyPaul, invitedBy('Paul Petit', '2016-03-06T01:00:00Z'))).toEqual({ kind: 'match', index: 0, by: 'name' });
    expect(resolve(onlyPaul, invitedBy('Paul Petit', '2015-11-20T09:00:00Z'))).toEqual({ kind: 'match', index: 0, by: 'name' });
  });

  it('is not the one who endorsed you before you were connected', () => {
    const endorsed = (date: string) => ({ name: 'Paul Petit', date: { connectedBy: date } });
    expect(resolve(onlyPaul, endorsed('2015-01-01T09:00:00Z'))).toEqual({ kind: 'unmatched' });
    expect(resolve(onlyPaul, endorsed('2016-03-04T09:00:00Z'))).toEqual({ kind: 'match', index: 0, by: 'name' });
  });
});

describe('credentials after a comma', () => {
  const kimPhd = makeConnection('Kim', 'Park, PhD', { ...noUrl, company: 'Acme' });
  const kim = makeConnection('Kim', 'Park', { ...noUrl, company: 'Globex' });
  const kims = indexPeople([kimPhd, kim]);

  it('are compared first: the one connection named exactly so is the one', () => {
    // Finding 32: "Kim Park, PhD" and "Kim Park" are not namesakes when a record names one of them exactly.
    expect(resolve(kims, { name: 'Kim Park, PhD' })).toEqual({ kind: 'match', index: 0, by: 'name' });
    expect(resolve(kims, { name: 'kim  PARK, phd.' })).toEqual({ kind: 'match', index: 0, by: 'name' });
  });

  it('give way to a company or position that fits only another: the facts disagree, so it is nobody’s', () => {
    expect(resolve(kims, { name: 'Kim Park, PhD', companies: companyKeys('Globex') })).toEqual({ kind: 'ambiguous', candidates: [0, 1] });
    expect(resolve(kims, { name: 'Kim Park, PhD', companies: companyKeys('Acme') })).toEqual({ kind: 'match', index: 0, by: 'name' });
  });

  it('missing from a record rule out nobody: an address book or an older record may write a "Kim Park, PhD" without them', () => {
    expect(resolve(kims, { name: 'Kim Park' })).toEqual({ kind: 'ambiguous', candidates: [0, 1] });
  });

  it('are dropped when no connection is named exactly so, as before', () => {
    expect(resolve(kims, { name: 'Kim Park, MBA' })).toEqual({ kind: 'ambiguous', candidates: [0, 1] });
    expect(resolve(indexPeople([kimPhd]), { name: 'Kim Park' })).toEqual({ kind: 'match', index: 0, by: 'name' });
  });
});
