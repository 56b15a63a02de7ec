import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tableProfileKey } from '../../../../src/export/files/profile-key.js';
import { profileKey } from '../../../../src/export/url.js';

// Pieces of URLs, near the edges of the plain form: prefixes it takes and some it does not, slug characters
// it takes and the ones that must go to profileKey() (capitals, escapes, accents, spaces, `pub` paths).
const prefix = fc.constantFrom(
  'https://www.linkedin.com/in/',
  'www.linkedin.com/in/',
  'http://www.linkedin.com/in/',
  'https://fr.linkedin.com/in/',
  'https://www.linkedin.com/pub/',
  'https://www.linkedin.com/IN/',
  'HTTPS://WWW.LINKEDIN.COM/in/',
  ' https://www.linkedin.com/in/',
  'in/',
  'https://www.linkedin.com/in',
  'https://example.com/in/',
  '',
);
const slugCharacter = fc.constantFrom(...'abcxyz0189-', ...'AZ_.%é \u0301', '%C3%A9', '%zz');
const tail = fc.constantFrom('', '/', '/details/experience/', '?trk=x', '#about', ' ', '/ ', '//', '?', '#', '/a/b/c');

describe('tableProfileKey', () => {
  it('gives the key profileKey() gives, for any URL', () => {
    fc.assert(
      fc.property(prefix, fc.array(slugCharacter, { maxLength: 12 }), tail, (start, slug, end) => {
        const url = `${start}${slug.join('')}${end}`;
        expect(tableProfileKey(url)).toBe(profileKey(url));
      }),
      { numRuns: 5000 },
    );
  });

  it('keys the forms real exports write, and nothing from what is not a profile', () => {
    expect(tableProfileKey('https://www.linkedin.com/in/noah-dubois-4c4')).toBe('in/noah-dubois-4c4');
    expect(tableProfileKey('www.linkedin.com/in/leila-ivanova-cd3')).toBe('in/leila-ivanova-cd3');
    expect(tableProfileKey('https://www.linkedin.com/in/noah-dubois-4c4/')).toBe('in/noah-dubois-4c4');
    expect(tableProfileKey('www.linkedin.com/in/tomás-berg-d65')).toBe('in/tomás-berg-d65');
    expect(tableProfileKey('https://www.linkedin.com/in/Jos%C3%A9-Garc%C3%ADa')).toBe('in/josé-garcía');
    for (const none of ['', 'https://www.linkedin.com/in', 'https://www.linkedin.com/in/', 'urn:li:member:123456789']) {
      expect(tableProfileKey(none), none).toBeNull();
    }
  });
});
