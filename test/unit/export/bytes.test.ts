import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytesOf, TextCache, textOf, trimBytes } from '../../../src/export/messages/bytes.js';

// Every character String.prototype.trim() removes, and look-alikes that share bytes with them.
const PIECES = [
  ' ',
  '\t',
  '\n',
  '\r',
  '\v',
  '\f',
  '\u00a0',
  '\u1680',
  '\u2000',
  '\u200a',
  '\u200b',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
  '\ufeff',
  'à',
  'é',
  'Ā',
  'ʠ',
  '‧',
  '€',
  '蘀',
  '😀',
  'x',
  'Zoë',
  '\u0085',
  '\u180e',
];

describe('byte strings', () => {
  it('trimBytes removes from the bytes exactly what trim() removes from the text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(textOf(trimBytes(bytesOf(text)))).toBe(text.trim());
      }),
      { numRuns: 5000 },
    );
  });

  it('textOf and bytesOf undo each other on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(textOf(bytesOf(text))).toBe(text);
      }),
    );
  });

  it('TextCache decodes each byte string once, and gives the text', () => {
    const cache = new TextCache(2);
    const bytes = bytesOf('José García');
    expect(cache.get(bytes)).toBe('José García');
    expect(cache.get(bytes)).toBe('José García');
    expect(cache.get(bytesOf('Zoë'))).toBe('Zoë');
    expect(cache.get(bytesOf('Chloé'))).toBe('Chloé');
  });
});
