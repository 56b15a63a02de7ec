import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { profileKey, profileUrl } from '../../../src/export/url.js';

describe('profileKey', () => {
  it('gives one key for every way an export writes the same person', () => {
    const forms = [
      'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-123456789', // Connections.csv
      'https://www.linkedin.com/in/josé-garcía-123456789', // messages.csv, Invitations.csv
      'www.linkedin.com/in/josé-garcía-123456789', // endorsements: no scheme
      'http://fr.linkedin.com/in/jos%c3%a9-garc%c3%ada-123456789/',
      'linkedin.com/in/José-García-123456789?trk=public_profile#about',
      '  https://uk.linkedin.com/in/JOSÉ-GARCÍA-123456789/  ',
      'https://www.linkedin.com/in/jose\u0301-garci\u0301a-123456789', // decomposed accents (NFD)
      'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-123456789/details/experience/',
    ];
    for (const form of forms) expect(profileKey(form), form).toBe('in/josé-garcía-123456789');
  });

  it('returns null when there is no profile to join on', () => {
    for (const value of [
      null,
      undefined,
      '',
      '   ',
      'https://www.linkedin.com/in', // late-2023 Invitations: the bare prefix, no slug
      'https://www.linkedin.com/in/',
      'urn:li:member:123456789', // Jul 2023 Invitations
      'https://www.linkedin.com/company/contoso',
      'https://example.com/in/sam-lee',
      'https://notlinkedin.com/in/sam-lee',
      'Sam Lee',
    ]) {
      expect(profileKey(value), String(value)).toBeNull();
    }
  });

  it('keeps a malformed percent sign instead of throwing', () => {
    expect(profileKey('https://www.linkedin.com/in/100%-sam')).toBe('in/100%-sam');
    expect(profileKey('https://www.linkedin.com/in/jos%C3%A9-%ZZ')).toBe('in/josé-%zz');
  });

  it('takes the slug from the first segment of the path that is not empty', () => {
    for (const url of [
      'https://www.linkedin.com/in/ann-lee',
      'https://www.linkedin.com/in/ann-lee/',
      'https://www.linkedin.com/in//ann-lee/x',
      'linkedin.com/in///Ann-Lee//',
    ])
      expect(profileKey(url), url).toBe('in/ann-lee');
    expect(profileKey('https://www.linkedin.com/in//')).toBeNull();
  });

  it('keys an ASCII slug as the Unicode normalisations would (property)', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)) }).filter((s) => !/[/?#%]/.test(s));
    fc.assert(
      fc.property(ascii, (slug) => {
        const expected = slug.trim().normalize('NFC').toLowerCase().normalize('NFC');
        expect(profileKey(`https://www.linkedin.com/in/${slug}`)).toBe(expected === '' ? null : `in/${expected}`);
        expect(profileKey(`in/${slug}`)).toBe(expected === '' ? null : `in/${expected}`);
      }),
      { numRuns: 500 },
    );
  });

  it('maps old /pub/ URLs to the /in/ slug they redirect to', () => {
    expect(profileKey('https://sy.linkedin.com/pub/sam-lee/a7/576/b50?trk=x')).toBe('in/sam-lee-b50576a7');
    expect(profileKey('https://www.linkedin.com/pub/sam-lee/1/2/3')).toBe('in/sam-lee-0030021');
  });

  it('is idempotent, and its variants all give the same key (property)', () => {
    const slugChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-', 'é', 'É', 'ü', 'ñ', 'ø', 'ł', 'ж', 'Ж', '李', 'ا', '😀', 'e\u0301');
    const slug = fc.array(slugChar, { minLength: 1, maxLength: 20 }).map((chars) => chars.join(''));
    const host = fc.constantFrom(
      'https://www.linkedin.com',
      'http://www.linkedin.com',
      'www.linkedin.com',
      'linkedin.com',
      'https://fr.linkedin.com',
      'https://uk.linkedin.com',
      'HTTPS://WWW.LINKEDIN.COM',
    );
    const tail = fc.constantFrom('', '/', '?trk=abc', '/?x=1#y', '#frag');
    const encode = fc.constantFrom(
      (s: string) => s,
      (s: string) => encodeURIComponent(s),
      (s: string) => encodeURIComponent(s).toLowerCase(),
      (s: string) => s.toUpperCase(),
      (s: string) => s.normalize('NFD'),
    );
    fc.assert(
      fc.property(slug, host, host, tail, tail, encode, encode, (s, h1, h2, t1, t2, e1, e2) => {
        const a = profileKey(`${h1}/in/${e1(s)}${t1}`);
        const b = profileKey(`${h2}/in/${e2(s)}${t2}`);
        expect(a).not.toBeNull();
        expect(a).toBe(b);
        expect(profileKey(a)).toBe(a);
        expect(profileKey(profileUrl(a ?? ''))).toBe(a);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('profileUrl', () => {
  it('gives the canonical URL with a percent-encoded slug, safe to print or open', () => {
    expect(profileUrl('in/josé-garcía-123456789')).toBe('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-123456789');
    expect(profileUrl('in/sam-lee-12345678')).toBe('https://www.linkedin.com/in/sam-lee-12345678');
  });
});
