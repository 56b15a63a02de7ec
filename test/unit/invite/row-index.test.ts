import { describe, expect, it } from 'vitest';
import { RowIndex } from '../../../src/network/row-index.js';

/** An index over an array of ids, as the outsider table keeps them: null for a removed row. */
function indexOver(ids: (string | null)[], expected = 0) {
  const index = new RowIndex(expected, (row) => ids[row] ?? null);
  const add = (id: string) => {
    ids.push(id);
    index.add(id, ids.length - 1);
  };
  return { index, add };
}

describe('RowIndex', () => {
  it('finds every row by its id, odd ids included, and nothing else', () => {
    const odd = ['', ' ', 'in/sam-lee', 'name:sam lee', 'name:søren ålund', 'in/%F0%9F%98%80', '😀', '\u0000', 'in/x'.repeat(500), 'a\u2028b', 'in/sam-lee '];
    const { index, add } = indexOver([]);
    for (const id of odd) add(id);
    expect(odd.map((id) => index.find(id))).toEqual(odd.map((_, row) => row));
    expect(index.find('in/sam')).toBe(-1);
    expect(index.find('in/Sam-lee')).toBe(-1);
  });

  it('grows past the size it was given without losing a row', () => {
    const { index, add } = indexOver([], 10);
    for (let i = 0; i < 5000; i++) add(`in/p${i}`);
    expect([0, 1, 1023, 2048, 4999].map((i) => index.find(`in/p${i}`))).toEqual([0, 1, 1023, 2048, 4999]);
    expect(index.find('in/p5000')).toBe(-1);
  });

  it('passes over a removed row, still finds those placed after it, and takes the id again as a new row', () => {
    const ids: (string | null)[] = [];
    const { index, add } = indexOver(ids);
    // Many ids, so that some share a run of slots with the one removed.
    for (let i = 0; i < 600; i++) add(`name:p${i}`);
    ids[7] = null;
    expect(index.find('name:p7')).toBe(-1);
    expect(Array.from({ length: 600 }, (_, i) => index.find(`name:p${i}`)).filter((row, i) => row !== i)).toEqual([-1]);
    add('name:p7');
    expect(index.find('name:p7')).toBe(600);
  });

  it('finds nothing once cleared', () => {
    const { index, add } = indexOver([]);
    add('in/kim');
    index.clear();
    expect(index.find('in/kim')).toBe(-1);
  });
});
