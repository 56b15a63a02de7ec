import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../../src/evidence/build.js';
import { normalizeCompany } from '../../../src/evidence/employer.js';
import type { Position } from '../../../src/export/records.js';
import { makeConnection, makeExport } from './make-export.js';

describe('normalizeCompany', () => {
  it.each([
    ['ACME Corporation', 'Acme Corp'],
    ['Acme Corp', 'acme corp.'],
    ['Initech, Inc.', 'Initech'],
    ['Globex SAS', 'Globex'],
    ['Globex S.A.', 'globex'],
    ['Société Générale', 'SOCIETE GENERALE'],
    ['Fabrikam Group', 'Fabrikam'],
    ['Contoso Holdings Ltd', 'Contoso'],
    ['Umbrella GmbH & Co. KG', 'Umbrella'],
    ['The Tailspin Company', 'Tailspin'],
    ['Northwind-Traders', 'northwind traders'],
  ])('%s = %s', (a, b) => {
    expect(normalizeCompany(a)).toBe(normalizeCompany(b));
  });

  it.each([
    ['Acme', 'Acmeco'],
    ['Acme', 'Acme Labs'],
    ['Globex', 'Initech'],
  ])('%s ≠ %s', (a, b) => {
    expect(normalizeCompany(a)).not.toBe(normalizeCompany(b));
  });

  it('never reduces a name to nothing', () => {
    expect(normalizeCompany('Company')).toBe('company');
    expect(normalizeCompany('The Group, Inc.')).toBe('group');
    expect(normalizeCompany('   ')).toBe('');
  });

  it('is idempotent and keeps some word of any name that has letters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (name) => {
        const key = normalizeCompany(name);
        expect(normalizeCompany(key)).toBe(key);
        if (/[\p{L}\p{N}]/u.test(name)) expect(key).not.toBe('');
      }),
    );
  });
});

describe('sharedEmployer', () => {
  const position = (company: string): Position => ({ company, title: 'Product Manager', description: '', startedOn: '2019', finishedOn: null, line: 2 });
  const exp = makeExport({
    positions: [position('Globex SAS'), position('ACME Corporation')],
    connections: [
      makeConnection('Priya', 'Shah', { company: 'acme corp.' }),
      makeConnection('Omar', 'Haddad', { company: 'Acmeco' }),
      makeConnection('Dana', 'Ng', { company: 'GLOBEX' }),
      makeConnection('Lou', 'Brand', { company: '' }),
    ],
  });

  it("is the owner's employer as the owner wrote it", () => {
    expect(buildEvidence(exp, '2024-06-01').map((e) => e.sharedEmployer)).toEqual(['ACME Corporation', null, 'Globex SAS', null]);
  });
});
