import type { RecordView } from './record-view.js';
import { doubled, PagedInt32 } from '../../util/typed-arrays.js';

/**
 * The kinds of row met so far in messages.csv, per conversation: a row's FROM, SENDER PROFILE URL, TO
 * and RECIPIENT PROFILE URLS. Rows of one kind in one conversation name the same people, so only the
 * first is resolved (participants.ts) and added (aggregate.ts); each later row finds its sender's
 * participation here, whatever row came before it. Remembering only the previous row's conversation
 * and people made every row of a shuffled file miss, and resolve its URLs again (docs/performance.md).
 *
 * The caller finds the row's conversation first (the aggregator's id table, which compares the id
 * byte for byte), and only that conversation's kinds are compared: a 1:1 conversation has two, one per
 * sender. Hashing a row's five fields to probe one table of every kind cost more than the comparing it
 * saved: a row's bytes were read twice, and the probe and each field's value missed the cache.
 *
 * A kind is four values, each a field's bytes as the file writes them with whether it has doubled
 * quotes, and is told apart from another by comparing them all: equal bytes are equal values, so a row
 * found here gets what resolving it afresh would. Each distinct value is kept once, however many kinds
 * hold it (the owner's name and URL are in nearly every kind): storing each kind's bytes whole took
 * 12 MiB on the heavy bench export's shuffled rows, and raised the run's peak memory by as much.
 * The bytes sit outside V8's heap, in pages that are never copied.
 */

/** FROM, SENDER PROFILE URL, TO and RECIPIENT PROFILE URLS, compared in this order: FROM tells a 1:1 conversation's two kinds apart. */
const FIELDS = 4;
/**
 * Per kind: its sender's participation, the conversation's kind met before it plus one (0 for none),
 * how many kinds the conversation had before it, then per field its value's length × 2 (plus 1 if it
 * has doubled quotes) and address (page and start). A kind pointing at its values' records instead,
 * one number a field, took 0.2–0.5 s more CPU on a million shuffled rows: one more place in memory to
 * reach per field.
 */
const KIND_STRIDE = 3 + 2 * FIELDS;
/** Per value: its hash, its address and its length × 2, plus 1 if it has doubled quotes. */
const VALUE_STRIDE = 3;
const PAGE_BYTES = 1 << 18;
/**
 * Past this many pages of values the table starts over. A heavy inbox's million rows hold about
 * 55,000 kinds of some 30,000 values, in about 3 MB; a file of a million one-row conversations would
 * otherwise keep them all to its end.
 */
const MAX_PAGES = 64;
/** Kinds can repeat values without end (one person in many conversations): they are capped too, at one per this many bytes of pages. */
const BYTES_PER_KIND = 128;
/**
 * Kinds kept per conversation: each row of the conversation may compare itself with all of them. A
 * group chat where 40 people write has 40; a file that gives one conversation a million senders would
 * otherwise compare each row with every sender before it. Past this, the conversation's rows are
 * resolved afresh, with the same result.
 */
const KINDS_PER_CONVERSATION = 64;

const SEED = 0x2f6a1d3b;

export class RowKinds {
  private kinds: Int32Array = new Int32Array(KIND_STRIDE * 1024);
  private kindCount = 0;
  private readonly maxKinds: number;
  /** Per conversation: its latest kind plus one, 0 for none. */
  private readonly heads = new PagedInt32();
  /** An address is a page's index shifted left by this, plus where the bytes start in the page. */
  private readonly pageShift: number;

  private values: Int32Array = new Int32Array(VALUE_STRIDE * 1024);
  /** value + 1 per slot, 0 for an empty one; never more than half full. */
  private valueSlots: Int32Array = new Int32Array(2048);
  private valueCount = 0;
  private readonly pages: Uint8Array[] = [];
  /** Bytes used in the last page. */
  private used = 0;

  /** `columns`: the indexes of FROM, SENDER PROFILE URL, TO and RECIPIENT PROFILE URLS (-1 for a column the file lacks). */
  constructor(
    private readonly columns: readonly number[],
    private readonly maxPages = MAX_PAGES,
    private readonly pageBytes = PAGE_BYTES,
  ) {
    if (columns.length !== FIELDS) throw new RangeError(`RowKinds: ${FIELDS} columns expected`);
    this.maxKinds = Math.max(1, Math.floor((maxPages * pageBytes) / BYTES_PER_KIND));
    this.pageShift = 32 - Math.clz32(pageBytes - 1);
    // One row's values can open a page each past the last one.
    if ((maxPages + FIELDS) * 2 ** this.pageShift > 2 ** 31) throw new RangeError('RowKinds: too many pages for an address');
  }

  /** The kind of the current row of `row` in `conversation` (the aggregator's number); -1 if none yet. */
  find(row: RecordView, conversation: number): number {
    const { kinds } = this;
    for (let kind = this.headOf(conversation) - 1; kind >= 0; kind = kinds[kind * KIND_STRIDE + 1]! - 1) {
      if (this.sameFields(kind * KIND_STRIDE, row)) return kind;
    }
    return -1;
  }

  /** Adds the kind of the row find() just missed in `conversation`: its sender's participation. */
  add(row: RecordView, conversation: number, sender: number): void {
    let length = 0;
    for (const column of this.columns) length += lengthOf(row, column) >> 1;
    // Started over before the first of the row's values is looked up, so that all four stay valid.
    if (this.kindCount >= this.maxKinds || (this.pages.length >= this.maxPages && this.used + length > this.pageBytes)) this.clear();
    const head = this.headOf(conversation);
    const before = head === 0 ? 0 : this.kinds[(head - 1) * KIND_STRIDE + 2]! + 1;
    if (before >= KINDS_PER_CONVERSATION) return;
    const kind = this.kindCount++;
    if ((kind + 1) * KIND_STRIDE > this.kinds.length) this.kinds = doubled(this.kinds);
    const at = kind * KIND_STRIDE;
    this.kinds[at] = sender;
    this.kinds[at + 1] = head;
    this.kinds[at + 2] = before;
    for (let f = 0; f < FIELDS; f++) {
      const value = this.valueOf(row, this.columns[f]!) * VALUE_STRIDE;
      this.kinds[at + 3 + 2 * f] = this.values[value + 2]!;
      this.kinds[at + 4 + 2 * f] = this.values[value + 1]!;
    }
    if (conversation >= this.heads.capacity) this.heads.reserve(conversation + 1);
    this.heads.set(conversation, kind + 1);
  }

  sender(kind: number): number {
    return this.kinds[kind * KIND_STRIDE]!;
  }

  private headOf(conversation: number): number {
    return conversation < this.heads.capacity ? this.heads.get(conversation) : 0;
  }

  /** Whether the row's fields are the values of the kind whose record starts at `at`. */
  private sameFields(at: number, row: RecordView): boolean {
    const { kinds, columns } = this;
    for (let f = 0; f < FIELDS; f++) if (!this.sameValue(kinds[at + 3 + 2 * f]!, kinds[at + 4 + 2 * f]!, row, columns[f]!)) return false;
    return true;
  }

  /** Whether the row's field `column` is the value of length `encoded` (as lengthOf() gives it) at `address`. */
  private sameValue(encoded: number, address: number, row: RecordView, column: number): boolean {
    if (encoded !== lengthOf(row, column)) return false;
    const page = this.pages[address >>> this.pageShift]!;
    const source = row.bytes;
    const start = row.start(column);
    const stop = start + (encoded >> 1);
    for (let i = start, k = address & ((1 << this.pageShift) - 1); i < stop; i++, k++) if (source[i] !== page[k]) return false;
    return true;
  }

  /** The value of the row's field `column`: the one kept already, or a new one. */
  private valueOf(row: RecordView, column: number): number {
    const hash = finalise(mixField(SEED, row, column));
    const { values, valueSlots } = this;
    const mask = valueSlots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = valueSlots[slot]! - 1;
      if (value < 0) break;
      const at = value * VALUE_STRIDE;
      if (values[at] === hash && this.sameValue(values[at + 2]!, values[at + 1]!, row, column)) return value;
    }
    const encoded = lengthOf(row, column);
    const length = encoded >> 1;
    // An empty value too starts a page when the last is full: its start must stay below 1 << pageShift.
    if (this.pages.length === 0 || this.used + Math.max(length, 1) > this.pageBytes) {
      this.pages.push(new Uint8Array(Math.max(this.pageBytes, length)));
      this.used = 0;
    }
    const value = this.valueCount++;
    if ((value + 1) * VALUE_STRIDE > this.values.length) this.values = doubled(this.values);
    const at = value * VALUE_STRIDE;
    this.values[at] = hash;
    this.values[at + 1] = ((this.pages.length - 1) << this.pageShift) | this.used;
    this.values[at + 2] = encoded;
    const start = row.start(column);
    this.pages[this.pages.length - 1]!.set(row.bytes.subarray(start, start + length), this.used);
    this.used += length;
    if (this.valueCount * 2 > valueSlots.length) this.valueSlots = rehashed(this.values, VALUE_STRIDE, this.valueCount, valueSlots.length * 2);
    else place(valueSlots, value, hash);
    return value;
  }

  /** Forgets every kind and value: the table is a cache, and a row whose kind is forgotten is resolved again, with the same result. */
  private clear(): void {
    this.pages.length = 0;
    this.used = 0;
    this.kindCount = 0;
    this.heads.fill(0);
    this.valueCount = 0;
    this.valueSlots.fill(0);
  }
}

function place(slots: Int32Array, entry: number, hash: number): void {
  const mask = slots.length - 1;
  let slot = hash & mask;
  while (slots[slot] !== 0) slot = (slot + 1) & mask;
  slots[slot] = entry + 1;
}

/** New slots of `size` for the first `count` records, each `stride` numbers starting with its hash. */
function rehashed(records: Int32Array, stride: number, count: number, size: number): Int32Array {
  const slots = new Int32Array(size);
  for (let entry = 0; entry < count; entry++) place(slots, entry, records[entry * stride]!);
  return slots;
}

/** The field's length × 2, plus 1 if it has doubled quotes to undo. */
function lengthOf(row: RecordView, column: number): number {
  const end = row.end(column);
  return end < 0 ? (~end - row.start(column)) * 2 + 1 : (end - row.start(column)) * 2;
}

/** murmur3's body over the field's bytes, four at a time, then its length and whether it has doubled quotes. */
function mixField(hash: number, row: RecordView, column: number): number {
  const b = row.bytes;
  const start = row.start(column);
  const encoded = lengthOf(row, column);
  const stop = start + (encoded >> 1);
  let h = hash;
  let i = start;
  for (; i + 4 <= stop; i += 4) h = mixWord(h, b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24));
  let tail = 0;
  for (let shift = 0; i < stop; i++, shift += 8) tail |= b[i]! << shift;
  h = mixWord(h, tail);
  return mixWord(h, encoded);
}

function mixWord(hash: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  const h = hash ^ Math.imul(k, 0x1b873593);
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: the table uses the low bits. */
function finalise(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
