import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeText, utf8Chunks } from '../../../src/export/decode.js';
import { InputError } from '../../../src/errors.js';
import { english } from '../../helpers/english.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

async function* chunksOf(data: Uint8Array, sizes: number[]): AsyncIterable<Uint8Array> {
  let at = 0;
  for (const size of sizes) {
    if (at >= data.length) break;
    yield data.subarray(at, at + size);
    at += size;
  }
  if (at < data.length) yield data.subarray(at);
}

/** The text of the UTF-8 bytes utf8Chunks() hands out. */
async function collect(chunks: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of chunks) parts.push(chunk.slice());
  return Buffer.concat(parts).toString('utf8');
}

const decodeChunks = utf8Chunks;

describe('decodeText', () => {
  it('reads UTF-8, the normal case, without warnings', () => {
    expect(decodeText(utf8('First Name\nJosé,Zoë 😀'), 'Connections.csv')).toEqual({ text: 'First Name\nJosé,Zoë 😀', encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('First Name')), 'Connections.csv').text).toBe('First Name');
  });

  it('reads the legacy UTF-16LE TAB files of Complete exports', () => {
    const text = '"Endorsement Date"\t"Skill Name"\n"2022/01/02"\t"Café"';
    expect(decodeText(utf16le(text), 'Endorsement Received Info.csv')).toEqual({ text, encoding: 'utf-16le', warnings: [] });
  });

  it('reads UTF-16BE by its BOM', () => {
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0xe9), 'x.csv')).toEqual({ text: 'Aé', encoding: 'utf-16be', warnings: [] });
  });

  it('falls back to Windows-1252 for a file a spreadsheet re-saved, and says so', () => {
    // "José, €5 – ‘ok’" as Windows-1252: é = E9, € = 80, – = 96, ‘ ’ = 91 92.
    const result = decodeText(bytes(0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x91, 0x6f, 0x6b, 0x92), 'Connections.csv');
    expect(result.text).toBe('José, €5 – ‘ok’');
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings.map(english)).toEqual([
      'Connections.csv is not valid UTF-8; read it as Windows-1252 (a spreadsheet probably re-saved it). Check accented names.',
    ]);
  });

  it('warns whenever the bytes are not valid UTF-8, and only then (property)', () => {
    const noUtf16Bom = (d: Uint8Array) => !(d[0] === 0xff && d[1] === 0xfe) && !(d[0] === 0xfe && d[1] === 0xff);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }).filter(noUtf16Bom), (data) => {
        let valid: string | null;
        try {
          valid = new TextDecoder('utf-8', { fatal: true }).decode(data);
        } catch {
          valid = null;
        }
        const result = decodeText(data, 'f.csv');
        if (valid === null) {
          expect(result.encoding).toBe('windows-1252');
          expect(result.warnings).toHaveLength(1);
        } else {
          expect(result).toEqual({ text: valid, encoding: 'utf-8', warnings: [] });
        }
      }),
    );
  });
});

describe('utf8Chunks', () => {
  it('decodes UTF-8 cut anywhere, even inside a character or the BOM', async () => {
    const text = 'CONTENT\n"Zoë 😀 café ✔"\n';
    const data = bytes(0xef, 0xbb, 0xbf, ...utf8(text));
    for (let size = 1; size <= 5; size++) {
      await expect(collect(decodeChunks(chunksOf(data, Array(data.length).fill(size)), 'messages.csv'))).resolves.toBe(text);
    }
  });

  it('decodes UTF-16LE in chunks of odd sizes', async () => {
    const text = 'A\tB\nÉ😀';
    const data = utf16le(text);
    for (let size = 1; size <= 3; size++) {
      await expect(collect(decodeChunks(chunksOf(data, Array(data.length).fill(size)), 'x.csv'))).resolves.toBe(text);
    }
  });

  it('handles an empty file and a file shorter than a BOM', async () => {
    await expect(collect(decodeChunks(chunksOf(new Uint8Array(0), []), 'x.csv'))).resolves.toBe('');
    await expect(collect(decodeChunks(chunksOf(utf8('ab'), [1]), 'x.csv'))).resolves.toBe('ab');
  });

  it('refuses invalid UTF-8 and says at which byte', async () => {
    const data = bytes(...utf8('abc\ndé'), 0xe9, ...utf8('f\n'));
    for (const size of [1, 2, 3, 100]) {
      const read = collect(decodeChunks(chunksOf(data, Array(data.length).fill(size)), 'messages.csv'));
      await expect(read).rejects.toThrow(InputError);
      await expect(collect(decodeChunks(chunksOf(data, Array(data.length).fill(size)), 'messages.csv'))).rejects.toThrow(
        'messages.csv: is not valid UTF-8 (byte offset 7). Export it again from LinkedIn, or re-save it as UTF-8',
      );
    }
  });

  it('reports a character cut off at the end of the file', async () => {
    const data = bytes(...utf8('abc'), 0xe2, 0x9c);
    await expect(collect(decodeChunks(chunksOf(data, [2, 2, 1]), 'm.csv'))).rejects.toThrow('(byte offset 3)');
  });

  it('gives the same text as decoding the whole file, for any chunking (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 40 }), async (text, sizes) => {
        const data = utf8(text);
        await expect(collect(decodeChunks(chunksOf(data, sizes), 'x.csv'))).resolves.toBe(text.startsWith('\uFEFF') ? text.slice(1) : text);
      }),
    );
  });

  it('reports the same byte offset however the bytes are chunked (property)', async () => {
    const outcome = async (chunks: AsyncIterable<Uint8Array>) => {
      try {
        return await collect(decodeChunks(chunks, 'x.csv'));
      } catch (error) {
        return error instanceof InputError ? error.message : 'not an InputError';
      }
    };
    const text = fc.string({ unit: 'grapheme', maxLength: 12 }).map(utf8);
    const data = fc.array(fc.oneof(text, fc.uint8Array({ minLength: 1, maxLength: 3, min: 0x80 })), { maxLength: 5 }).map((parts) => {
      const out: number[] = [];
      for (const part of parts) out.push(...part);
      return new Uint8Array(out);
    });
    await fc.assert(
      fc.asyncProperty(data, fc.array(fc.integer({ min: 1, max: 4 }), { maxLength: 40 }), async (bytes, sizes) => {
        expect(await outcome(chunksOf(bytes, sizes))).toBe(await outcome(chunksOf(bytes, [bytes.length || 1])));
      }),
    );
  });
});
