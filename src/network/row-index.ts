import { fnv1a } from '../util/string-hash.js';

/** A slot holds its row + 1: the zeros a new Int32Array starts with are empty slots, and its pages are touched only as rows come. */
const EMPTY = 0;

/**
 * Rows found by their id: an open-addressing table of row numbers, kept at most half full, in one
 * Int32Array. A Map of ids held an entry per person, about 30 bytes each and a copy of the whole
 * while it grew (950,000 people messaged once, issue 15); a slot here is 4 bytes, and the id is read
 * back from the row (`idOf`) to be compared. A row whose `idOf` is null (removed) is passed over
 * and its slot never reused, so that the rows placed after it are still found.
 */
export class RowIndex {
  private slots: Int32Array;
  private used = 0;

  constructor(
    expected: number,
    private readonly idOf: (row: number) => string | null,
  ) {
    this.slots = new Int32Array(capacityFor(expected));
  }

  /** The row of `id`, or -1. */
  find(id: string): number {
    const mask = this.slots.length - 1;
    for (let slot = hashOf(id) & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === EMPTY) return -1;
      if (this.idOf(held - 1) === id) return held - 1;
    }
  }

  /** `row` is found by `id` from now on; `id` must not be found already. */
  add(id: string, row: number): void {
    if (2 * (this.used + 1) > this.slots.length) this.rehash(this.slots.length * 2);
    this.place(id, row);
    this.used++;
  }

  /** Lets go of the slots: nothing is found any more. */
  clear(): void {
    this.slots = new Int32Array(1);
    this.used = 0;
  }

  private place(id: string, row: number): void {
    const mask = this.slots.length - 1;
    let slot = hashOf(id) & mask;
    while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.slots[slot] = row + 1;
  }

  /** Into a table of `capacity` slots, the removed rows left out. */
  private rehash(capacity: number): void {
    const old = this.slots;
    this.slots = new Int32Array(capacity);
    this.used = 0;
    for (const held of old) {
      const id = held === EMPTY ? null : this.idOf(held - 1);
      if (id === null) continue;
      this.place(id, held - 1);
      this.used++;
    }
  }
}

/** A power of two at least twice `expected`, so that a table sized from the export never grows. */
function capacityFor(expected: number): number {
  let capacity = 1024;
  while (capacity < 2 * expected) capacity *= 2;
  return capacity;
}

/** FNV-1a, then mixed so that the low bits, which pick the slot, vary. */
function hashOf(text: string): number {
  let hash = fnv1a(text);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return (hash ^ (hash >>> 13)) >>> 0;
}
