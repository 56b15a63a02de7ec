import type { RecordView } from './record-view.js';

/**
 * The kinds of row met so far in messages.csv: a conversation id with a row's FROM, SENDER PROFILE
 * URL, TO and RECIPIENT PROFILE URLS. Rows of one kind name the same people in the same
 * conversation, so only the first is resolved (participants.ts) and added (aggregate.ts); each later
 * row finds its conversation and its sender's participation here, in one probe keyed on the row's own
 * bytes, whatever row came before it. Remembering only the previous row's conversation and people
 * made every row of a shuffled file miss, and resolve its URLs and id again (docs/performance.md).
 *
 * A kind holds the five fields' bytes as the file writes them, with whether each has doubled quotes,
 * and is told apart from another by comparing them all: equal bytes are equal values, so a row found
 * here gets what resolving it afresh would. The bytes sit outside V8's heap, in pages that are never
 * copied.
 */

/** CONVERSATION ID, FROM, SENDER PROFILE URL, TO and RECIPIENT PROFILE URLS. */
const FIELDS = 5;
/** Per kind: its hash, its conversation, its sender's participation, its page and where its bytes start in it, then per field its length × 2, plus 1 if it has doubled quotes. */
const STRIDE = 5 + FIELDS;
const PAGE_BYTES = 1 << 20;
/**
 * Past this many pages of kinds the table starts over. A heavy inbox's million rows hold about 55,000
 * kinds in 12 MB; a file of a million one-row conversations would otherwise keep them all to its end.
 */
const MAX_PAGES = 16;

export class RowKinds {
  private records = new Int32Array(STRIDE * 1024);
  private readonly pages: Uint8Array[] = [];
  /** Bytes used in the last page. */
  private used = 0;
  /** kind + 1 per slot, 0 for an empty one; never more than half full. */
  private slots = new Int32Array(2048);
  private count = 0;
  /** The hash of the row find() looked up last, for add(). */
  private hash = 0;

  /** `columns`: the indexes of CONVERSATION ID, FROM, SENDER PROFILE URL, TO and RECIPIENT PROFILE URLS (-1 for a column the file lacks). */
  constructor(
    private readonly columns: readonly number[],
    private readonly maxPages = MAX_PAGES,
    private readonly pageBytes = PAGE_BYTES,
  ) {
    if (columns.length !== FIELDS) throw new RangeError(`RowKinds: ${FIELDS} columns expected`);
  }

  /** The kind of the current row of `row`; -1 if none yet. */
  find(row: RecordView): number {
    const hash = this.hashOf(row);
    this.hash = hash;
    const { records, slots } = this;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const kind = slots[slot]! - 1;
      if (kind < 0) return -1;
      if (records[kind * STRIDE] === hash && this.sameFields(kind * STRIDE, row)) return kind;
    }
  }

  /** Adds the kind of the row find() just missed: its conversation and its sender's participation. */
  add(row: RecordView, conversation: number, sender: number): void {
    let length = 0;
    for (const column of this.columns) length += lengthOf(row, column) >> 1;
    if (this.pages.length === 0 || this.used + length > this.pageBytes) this.turnPage(length);
    const kind = this.count++;
    if ((kind + 1) * STRIDE > this.records.length) {
      const bigger = new Int32Array(this.records.length * 2);
      bigger.set(this.records);
      this.records = bigger;
    }
    const { records } = this;
    const page = this.pages[this.pages.length - 1]!;
    const at = kind * STRIDE;
    records[at] = this.hash;
    records[at + 1] = conversation;
    records[at + 2] = sender;
    records[at + 3] = this.pages.length - 1;
    records[at + 4] = this.used;
    for (let f = 0; f < FIELDS; f++) {
      const column = this.columns[f]!;
      const start = row.start(column);
      const encoded = lengthOf(row, column);
      records[at + 5 + f] = encoded;
      page.set(row.bytes.subarray(start, start + (encoded >> 1)), this.used);
      this.used += encoded >> 1;
    }
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(kind, this.hash);
  }

  conversation(kind: number): number {
    return this.records[kind * STRIDE + 1]!;
  }

  sender(kind: number): number {
    return this.records[kind * STRIDE + 2]!;
  }

  /** Whether the row's fields are the bytes of the kind whose record starts at `at`. */
  private sameFields(at: number, row: RecordView): boolean {
    const { records, columns } = this;
    const page = this.pages[records[at + 3]!]!;
    const source = row.bytes;
    let k = records[at + 4]!;
    for (let f = 0; f < FIELDS; f++) {
      const column = columns[f]!;
      const encoded = records[at + 5 + f]!;
      if (encoded !== lengthOf(row, column)) return false;
      const start = row.start(column);
      const stop = start + (encoded >> 1);
      for (let i = start; i < stop; i++, k++) if (source[i] !== page[k]) return false;
    }
    return true;
  }

  /** A hash of the row's five fields, as bytes, with their lengths and doubled quotes. */
  private hashOf(row: RecordView): number {
    let hash = 0x2f6a1d3b;
    for (const column of this.columns) hash = mixField(hash, row, column);
    // murmur3's finaliser: the table uses the low bits.
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    return hash ^ (hash >>> 16);
  }

  /** A new page for a kind of `length` bytes; past the last page, the table starts over. */
  private turnPage(length: number): void {
    if (this.pages.length >= this.maxPages) {
      this.pages.length = 0;
      this.count = 0;
      this.slots.fill(0);
    }
    this.pages.push(new Uint8Array(Math.max(this.pageBytes, length)));
    this.used = 0;
  }

  private place(kind: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = kind + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let kind = 0; kind < this.count; kind++) this.place(kind, this.records[kind * STRIDE]!);
  }
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
