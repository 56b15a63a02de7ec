import { describe, expect, it } from 'vitest';
import { contactKeys, isCountedKey, isNameKey } from '../../src/review/contact-key.js';
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
      'name:kim ha|x|2020-01-01#product designer#1',
      'name:kim ha|x|2020-01-01#product designer#2',
    ]);
    expect(keys.every(isNameKey)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    // Alike in everything the export says: numbered by file order, which no later export keeps.
    expect(keys.filter(isCountedKey)).toHaveLength(2);
  });

  it('tells namesakes at one company connected the same day apart by position, then e-mail, whatever their order in the file', () => {
    const jean = (position: string, email: string | null = null) =>
      makeConnection({ key: null, url: null, firstName: 'Jean', lastName: 'Martin', company: 'Freelance', position, email, connectedOn: '2019-01-10' });
    const keys = [jean('Sales Rep'), jean('Engineer')];
    expect(contactKeys(keys)).toEqual(['name:jean martin|freelance|2019-01-10#sales rep', 'name:jean martin|freelance|2019-01-10#engineer']);
    expect(contactKeys([...keys].reverse())).toEqual(['name:jean martin|freelance|2019-01-10#engineer', 'name:jean martin|freelance|2019-01-10#sales rep']);
    expect(contactKeys([jean('Engineer', 'b@example.com'), jean('Engineer', 'a@example.com')])).toEqual([
      'name:jean martin|freelance|2019-01-10#engineer#b@example.com',
      'name:jean martin|freelance|2019-01-10#engineer#a@example.com',
    ]);
    expect(contactKeys(keys).some(isCountedKey)).toBe(false);
  });
});
