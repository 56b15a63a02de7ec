import { PagedInt32 } from '../../util/typed-arrays.js';

/**
 * Bytes per page of ids (32 MiB): a power of two, so that a byte's page is `offset >>> pageBits`. glibc
 * maps a block this large on its own whatever it did before, so a page gives its memory back when
 * analyse() lets the ids go (smaller ones stayed in its heap: issue 15), and holds in memory only
 * the part written: a small export's ids take what they use.
 */
const PAGE_BITS = 25;

/**
 * Conversation ids (byte strings, bytes.ts) numbered in the order they are first met. Their bytes sit
 * in pages, found through an open-addressing table of their hashes: a million distinct ids as
 * strings, each a key of a Map, took about 110 bytes apiece of V8's heap, this about 55 outside it.
 * The pages are never copied into larger ones: one buffer grown half as large again each time held
 * up to half its size spare, and the one before it until collected, and left glibc's heap holding
 * what it freed (issue 15; see PagedInt32).
 */
export class IdTable {
  /** An id never straddles two pages; one longer than a page has pages of its own (the same array in each slot). */
  private readonly pages: Uint8Array[] = [];
  /** Where the next id may start, as an offset over all the pages. */
  private used = 0;
  private readonly starts = new PagedInt32();
  private readonly lengths = new PagedInt32();
  private hashes = new PagedInt32();
  /** id + 1 per slot, 0 for an empty one; never more than half full. */
  private slots = new Int32Array(2048);
  private count = 0;
  private readonly page: number;
  private readonly pageMask: number;

  /** `pageBits`: smaller pages, for tests. */
  constructor(private readonly pageBits = PAGE_BITS) {
    this.page = 1 << pageBits;
    this.pageMask = this.page - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The number of `id`, or -1. */
  find(id: string): number {
    const hash = hashOf(id);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return -1;
      if (this.hashes.get(entry) === hash && this.is(entry, id)) return entry;
    }
  }

  /** Numbers an id that find() did not know. */
  add(id: string): number {
    const entry = this.count++;
    if (entry >= this.starts.capacity) for (const column of [this.starts, this.lengths, this.hashes]) column.reserve(entry + 1);
    const start = this.room(id.length);
    const page = this.pages[start >>> this.pageBits]!;
    const at = start & this.pageMask;
    for (let k = 0; k < id.length; k++) page[at + k] = id.charCodeAt(k);
    this.starts.set(entry, start);
    this.lengths.set(entry, id.length);
    const hash = hashOf(id);
    this.hashes.set(entry, hash);
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry, hash);
    return entry;
  }

  /** Whether id number `entry` is `id`. */
  is(entry: number, id: string): boolean {
    if (this.lengths.get(entry) !== id.length) return false;
    const start = this.starts.get(entry);
    const page = this.pages[start >>> this.pageBits]!;
    const at = start & this.pageMask;
    for (let k = 0; k < id.length; k++) if (page[at + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  /** The text of id number `entry`. */
  text(entry: number): string {
    const start = this.starts.get(entry);
    const page = this.pages[start >>> this.pageBits]!;
    return Buffer.from(page.buffer, page.byteOffset + (start & this.pageMask), this.lengths.get(entry)).toString('utf8');
  }

  /** Lets go of the lookup table and the hashes, once every id is in: text() still works. */
  seal(): void {
    this.slots = new Int32Array(0);
    this.hashes = new PagedInt32();
  }

  /** Where an id of `length` bytes goes: after the last, or at the start of new pages when it does not fit. */
  private room(length: number): number {
    const { page } = this;
    const end = this.pages.length * page;
    let start = this.used;
    if (start === end || start + length > end || (start & this.pageMask) + length > page) {
      start = end;
      const span = Math.max(1, Math.ceil(length / page));
      const pages = new Uint8Array(span * page);
      for (let k = 0; k < span; k++) this.pages.push(pages);
      // After an id of several pages, the next one starts a page of its own: offsets in its last page are not its array's.
      if (span > 1) {
        this.used = this.pages.length * page;
        return start;
      }
    }
    this.used = start + length;
    return start;
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(entry, this.hashes.get(entry));
  }
}

/** FNV-1a over the byte string's bytes. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
  return hash;
}
