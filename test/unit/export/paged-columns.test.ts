import { describe, expect, it } from 'vitest';
import { IdTable } from '../../../src/export/messages/id-table.js';
import { Snippets } from '../../../src/export/messages/snippets.js';
import { StringPages } from '../../../src/export/messages/string-pages.js';
import { bytesOf } from '../../../src/export/messages/bytes.js';
import { PagedFloat64, PagedInt32 } from '../../../src/util/typed-arrays.js';

describe('paged columns', () => {
  it('keep every value across page boundaries, new pages holding zeros', () => {
    const ints = new PagedInt32();
    const floats = new PagedFloat64();
    const n = 3 * 16_384 + 17;
    ints.reserve(n);
    floats.reserve(n);
    expect(ints.capacity).toBeGreaterThanOrEqual(n);
    expect([ints.get(0), ints.get(n - 1), floats.get(16_384)]).toEqual([0, 0, 0]);
    for (let i = 0; i < n; i++) {
      ints.set(i, i % 2 === 0 ? i : -i);
      floats.set(i, 20240102103000 + i);
    }
    const wrong = Array.from({ length: n }, (_, i) => i).filter((i) => ints.get(i) !== (i % 2 === 0 ? i : -i) || floats.get(i) !== 20240102103000 + i);
    expect(wrong).toEqual([]);
  });

  it('keep every string across pages', () => {
    const pages = new StringPages();
    for (let i = 0; i < 40_000; i++) pages.push(`in/person-${i}`);
    expect(pages.length).toBe(40_000);
    expect([0, 16_383, 16_384, 39_999].map((i) => pages.at(i))).toEqual(['in/person-0', 'in/person-16383', 'in/person-16384', 'in/person-39999']);
  });
});

describe('the conversation id table', () => {
  it('finds and gives back every id, across pages, one longer than a page among them', () => {
    // Pages of 512 bytes, then of 8 KiB once 16 are full, so that 5,000 ids fill many of both.
    const table = new IdTable(9, 13);
    const long = `2-${'x'.repeat(10_000)}`;
    const ids = Array.from({ length: 5_000 }, (_, i) => (i === 2_500 ? long : `2-${i.toString(16).padStart(40, '0')}${'é'.repeat(i % 3)}`));
    const numbers = ids.map((id) => table.add(bytesOf(id)));
    expect(numbers).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => table.find(bytesOf(id)))).toEqual(numbers);
    expect(table.find(bytesOf('2-unknown'))).toBe(-1);
    table.seal();
    expect(numbers.map((i) => table.text(i))).toEqual(ids);
    expect(numbers.every((i) => table.is(i, bytesOf(ids[i]!)))).toBe(true);
  });
});

describe("the conversations' snippets", () => {
  it('keep the latest of each conversation, however often they were replaced', () => {
    const snippets = new Snippets();
    const latest: string[] = [];
    const wrong: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (let c = round % 3; c < 500; c += round % 2 === 0 ? 1 : 3) {
        const text = round === 19 && c % 7 === 0 ? '' : `Round ${round}, conversation ${c}: ${'é'.repeat(c % 5)}`;
        snippets.set(c, text);
        latest[c] = text;
        if (c % 50 === 0) for (let d = 0; d < 500; d++) if (snippets.at(d) !== (latest[d] ?? '')) wrong.push(d);
      }
    }
    expect(wrong).toEqual([]);
    expect(Array.from({ length: 501 }, (_, c) => snippets.at(c))).toEqual([...latest, '']);
  });
});
