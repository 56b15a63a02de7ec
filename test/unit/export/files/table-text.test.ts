import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { connectionsSpec } from '../../../../src/export/files/connections.js';
import { readTableFile } from '../../../../src/export/files/table-file.js';
import { decodeTable } from '../../../../src/export/files/table-text.js';
import type { ExportFile } from '../../../../src/export/types.js';

const encode = (text: string) => new TextEncoder().encode(text);
const piecesOf = (bytes: Uint8Array): string[] => {
  const { text } = decodeTable(bytes, 'Connections.csv');
  return typeof text === 'string' ? [text] : [...text];
};

function file(bytes: Uint8Array): ExportFile {
  return { kind: 'connections', name: 'Connections.csv', size: bytes.length, read: async () => bytes } as unknown as ExportFile;
}

/** V8 stores this string one byte a character (its serialization tag says which). */
const isOneByte = (text: string) => serialize(text)[2] === '"'.charCodeAt(0);

// Every name is invented. Latin-1 (stored one byte a character) and past it (two), in long runs of rows.
const NAMES = ['Noah,Dubois', 'Hélène,Moreau', 'Łukasz,Nowak', '王,小明', 'Zoë,Ørsted', 'Ana,"Ruiz, PhD"', 'Ahmed,Ünal 🙂'];
const PREAMBLE = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

function connectionsCsv(rows: number, lineBreak = '\n'): string {
  const lines = ['First Name,Last Name,URL,Email Address,Company,Position,Connected On'];
  for (let i = 0; i < rows; i++) {
    const name = NAMES[Math.floor(i / 700) % NAMES.length]!;
    lines.push(`${name},https://www.linkedin.com/in/person-${i},,Contoso,"Engineer${i % 50 === 0 ? '\nsecond line' : ''}",19 Nov 2026`);
  }
  return PREAMBLE.replaceAll('\n', lineBreak) + lines.join(lineBreak);
}

describe('decodeTable', () => {
  it('gives the text of the whole file, in pieces that each end a line', () => {
    const text = connectionsCsv(6000);
    const pieces = piecesOf(encode(text));
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\n')).toBe(true);
  });

  it('says the same of any text as decoding it whole: the characters, blank or not, NUL or not', () => {
    const character = fc.constantFrom('a', ',', '"', ' ', '\t', '\n', '\r', '\0', 'é', 'Ł', '王', '🙂', '\u00a0', '\ufeff', '\u2028');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), fc.integer({ min: 0, max: 3000 }), (chars, times) => {
        const text = chars.join('').repeat(times === 0 ? 1 : Math.ceil(times / Math.max(1, chars.length)));
        const decoded = decodeTable(encode(text), 'Connections.csv');
        const pieces = typeof decoded.text === 'string' ? [decoded.text] : [...decoded.text];
        expect(pieces.join('')).toBe(text.startsWith('\ufeff') ? text.slice(1) : text);
        expect(decoded.blank).toBe(text.trim() === '');
        expect(decoded.hasNul).toBe(text.includes('\0'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a table read in pieces', () => {
  it('gives the records that the whole text gives, whatever ends its lines', async () => {
    for (const lineBreak of ['\n', '\r\n']) {
      const text = connectionsCsv(6000, lineBreak);
      // A byte-order mark sends the file through decodeText(), whole: the way every table was read before.
      const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(text)]);
      const inPieces = await readTableFile(file(encode(text)), connectionsSpec);
      const whole = await readTableFile(file(withBom), connectionsSpec);
      expect(inPieces.records.length).toBe(6000);
      expect(inPieces.records).toEqual(whole.records);
      expect(inPieces.report).toEqual(whole.report);
    }
  });

  it('finds the header below lines longer than a piece', async () => {
    // Ten lines of 60 KB before the header: the first twenty lines span several pieces.
    const longLines = Array.from({ length: 10 }, () => `"${'é'.repeat(30_000)}"`).join('\n');
    const text = `Notes:\n${longLines}\n\n${connectionsCsv(10).slice(PREAMBLE.length)}`;
    expect(piecesOf(encode(text)).length).toBeGreaterThan(5);
    const { records } = await readTableFile(file(encode(text)), connectionsSpec);
    expect(records.map((r) => r.lastName)).toContain('Dubois');
    expect(records.length).toBe(10);
  });

  it('keeps the names that fit in Latin-1 one byte a character, next to names past it', async () => {
    const { records } = await readTableFile(file(encode(connectionsCsv(6000))), connectionsSpec);
    // A row with a character past U+00FF is kept as it came, two bytes a character: only the other rows can be one byte.
    const latin1 = records.filter((r) => /^[\u0000-\u00ff]*$/.test(r.firstName + r.lastName + r.position));
    expect(latin1.length).toBeGreaterThan(3000);
    for (const r of latin1) expect(isOneByte(r.lastName) && isOneByte(r.position)).toBe(true);
  });
});
