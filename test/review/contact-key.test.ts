import { describe, expect, it } from 'vitest';
import { contactKeys, isNameKey } from '../../src/review/contact-key.js';
import { makeConnection } from '../helpers/factories.js';

describe('contactKeys', () => {
  it('uses the profile key when the export has one', () => {
    expect(contactKeys([makeConnection({ key: 'in/jane-doe' })])).toEqual(['in/jane-doe']);
  });

  it('keys people without a URL (old exports) by their folded name, apart from namesakes', () => {
    const keys = contactKeys([
      makeConnection({ key: null, url: null, firstName: 'José', lastName: 'García, PhD' }),
      makeConnection({ key: null, url: null, firstName: 'Sam', lastName: 'Lee', company: 'Acme' }),
      makeConnection({ key: null, url: null, firstName: 'Sam', lastName: 'Lee', company: 'Globex' }),
      makeConnection({ key: null, url: null, firstName: 'Kim', lastName: 'Ha', company: 'X', connectedOn: '2019-01-01' }),
      makeConnection({ key: null, url: null, firstName: 'Kim', lastName: 'Ha', company: 'X', connectedOn: '2020-01-01' }),
    ]);
    expect(keys).toEqual(['name:jose garcia', 'name:sam lee|acme', 'name:sam lee|globex', 'name:kim ha|x|2019-01-01', 'name:kim ha|x|2020-01-01']);
    expect(keys.every(isNameKey)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
