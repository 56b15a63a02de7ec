import { PagedInt32 } from '../../util/typed-arrays.js';
import { fnv1a } from '../../util/string-hash.js';

/**
 * Bytes per page of ids past the first MiB (32 MiB): a power of two, so that a byte's page is
 * `offset >>> pageBits`. glibc maps a block this large on its own whatever it did before, so a page
 * gives its memory back when analyse() lets the ids go (smaller ones stayed in its heap: issue 15), and
 * holds in memory only the part written.
 */
const LARGE_PAGE_BITS = 25;
/** Until then, pages of 64 KiB: a table of a few ids (a test makes thousands) should not set 32 MiB aside. */
const SMALL_PAGE_BITS = 16;
const SMALL_PAGES = 16;
/**
 * A slot holds its id's number plus one in its low bits and the top bits of the id's hash above them,
 * so that a probe rules out other ids without reaching their hashes: on shuffled rows every lookup
 * missed the cache once for the slot, once for the hash and once each for the id's start and length.
 */
const ENTRY_BITS = 21;
const ENTRY_MASK = (1 << ENTRY_BITS) - 1;
/** Ids a table can number: one less than ENTRY_BITS can hold, above MAX_CONVERSATIONS (aggregate.ts). */
const MAX_IDS = ENTRY_MASK - 1;

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
  private pages: Uint8Array[] = [];
  /** Where the next id may start, as an offset over all the pages. */
  private used = 0;
  /** Per id, its start (an offset over all the pages) and its length, side by side: one place in memory to reach. */
  private readonly spans = new PagedInt32();
  private hashes = new PagedInt32();
  /** id + 1 per slot with its hash's top bits (ENTRY_BITS), 0 for an empty one; never more than half full. */
  private slots = new Int32Array(2048);
  private count = 0;
  private pageBits: number;
  private page: number;
  private pageMask: number;

  /** Smaller pages, for tests; SMALL_PAGES small ones must fit in a large one. */
  constructor(
    smallPageBits = SMALL_PAGE_BITS,
    private readonly largePageBits = LARGE_PAGE_BITS,
  ) {
    this.pageBits = smallPageBits;
    this.page = 1 << smallPageBits;
    this.pageMask = this.page - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The number of `id`, or -1. */
  find(id: string): number {
    const hash = fnv1a(id);
    const tag = hash & ~ENTRY_MASK;
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot]!;
      if (held === 0) return -1;
      if ((held & ~ENTRY_MASK) === tag && this.is((held & ENTRY_MASK) - 1, id)) return (held & ENTRY_MASK) - 1;
    }
  }

  /** Numbers an id that find() did not know. */
  add(id: string): number {
    if (this.count >= MAX_IDS) throw new RangeError(`IdTable: more than ${MAX_IDS} ids`);
    const entry = this.count++;
    if (entry >= this.hashes.capacity) this.hashes.reserve(entry + 1);
    if (2 * entry + 2 > this.spans.capacity) this.spans.reserve(2 * entry + 2);
    const start = this.room(id.length);
    const page = this.pages[start >>> this.pageBits]!;
    const at = start & this.pageMask;
    for (let k = 0; k < id.length; k++) page[at + k] = id.charCodeAt(k);
    this.spans.set(2 * entry, start);
    this.spans.set(2 * entry + 1, id.length);
    const hash = fnv1a(id);
    this.hashes.set(entry, hash);
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry, hash);
    return entry;
  }

  /** Whether id number `entry` is `id`. */
  is(entry: number, id: string): boolean {
    if (this.spans.get(2 * entry + 1) !== id.length) return false;
    const start = this.spans.get(2 * entry);
    const page = this.pages[start >>> this.pageBits]!;
    const at = start & this.pageMask;
    for (let k = 0; k < id.length; k++) if (page[at + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  /** The text of id number `entry`. */
  text(entry: number): string {
    const start = this.spans.get(2 * entry);
    const page = this.pages[start >>> this.pageBits]!;
    return Buffer.from(page.buffer, page.byteOffset + (start & this.pageMask), this.spans.get(2 * entry + 1)).toString('utf8');
  }

  /** Lets go of the lookup table and the hashes, once every id is in: text() still works. */
  seal(): void {
    this.slots = new Int32Array(0);
    this.hashes = new PagedInt32();
  }

  /** Where an id of `length` bytes goes: after the last, or at the start of new pages when it does not fit. */
  private room(length: number): number {
    const full = this.used === this.pages.length * this.page || (this.used & this.pageMask) + length > this.page;
    if (this.pageBits !== this.largePageBits && ((full && this.pages.length >= SMALL_PAGES) || length > this.page)) this.enlarge();
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

  /**
   * Moves to large pages: the small ones, all full-size (no id was longer than one), copied end to end
   * into the first, where every id keeps its offset.
   */
  private enlarge(): void {
    const large = new Uint8Array(1 << this.largePageBits);
    this.pages.forEach((small, k) => large.set(small, k * this.page));
    this.pages = this.pages.length === 0 ? [] : [large];
    this.pageBits = this.largePageBits;
    this.page = 1 << this.largePageBits;
    this.pageMask = this.page - 1;
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = (hash & ~ENTRY_MASK) | (entry + 1);
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(entry, this.hashes.get(entry));
  }
}
