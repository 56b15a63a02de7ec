import { describe, expect, it } from 'vitest';
import { contactKeys, isNameKey } from '../../src/review/contact-key.js';
import { makeConnection } from '../helpers/factories.js';

describe('contactKeys', () => {
  it('uses the profile key when the export has one', () => {
    expect(contactKeys([makeConnection({ key: 'in/jane-doe' })])).toEqual(['in/jane-doe']);
  });

  it('keys people without a URL (old exports) by their folded name, company and connection date, so that no namesake shares a key', () => {
    const keys = contactKeys([
      makeConnection({ key: null, url: null, firstName: 'José', lastName: 'García, PhD', company: 'Ácme ', connectedOn: '2018-05-02' }),
      makeConnection({ key: null, url: null, firstName: 'Sam', lastName: 'Lee', company: 'Acme', connectedOn: null }),
      makeConnection({ key: null, url: null, firstName: 'Kim', lastName: 'Ha', company: 'X', connectedOn: '2019-01-01' }),
      makeConnection({ key: null, url: null, firstName: 'Kim', lastName: 'Ha', company: 'X', connectedOn: '2020-01-01' }),
      makeConnection({ key: null, url: null, firstName: 'Kim', lastName: 'Ha', company: 'X', connectedOn: '2020-01-01' }),
    ]);
    expect(keys).toEqual([
      'name:jose garcia|acme|2018-05-02',
      'name:sam lee|acme|',
      'name:kim ha|x|2019-01-01',
      'name:kim ha|x|2020-01-01#1',
      'name:kim ha|x|2020-01-01#2',
    ]);
    expect(keys.every(isNameKey)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
