/**
 * Byte keys numbered in the order they are first met, found through an open-addressing table of their
 * hashes (FNV-1a): IdTable (id-table.ts) for keys made of bytes rather than byte strings. It holds at most
 * `maxBytes` of keys; past that, a new key gets no number and the caller does without one.
 */
export class ByteKeys {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Where key i starts in `bytes`; it ends where key i + 1 starts. */
  private starts = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  private marks = new Uint8Array(1024);
  /** key + 1 per slot, 0 for an empty one; never more than half full. */
  private slots = new Int32Array(2048);
  private count = 0;

  constructor(private readonly maxBytes: number) {}

  get size(): number {
    return this.count;
  }

  /** The number of key[0, length), given one if it is new; -1 when it is new and the table is full. */
  intern(key: Uint8Array, length: number): number {
    return this.internRange(key, 0, length, 0);
  }

  /**
   * The number of source[start, end) marked `mark` (0 or 1: two keys of the same bytes and different
   * marks are two keys), given one if it is new; -1 when it is new and the table is full.
   */
  internRange(source: Uint8Array, start: number, end: number, mark: number): number {
    const length = end - start;
    let hash = 0x811c9dc5 ^ mark;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ source[k]!, 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) break;
      if (this.hashes[entry] === hash && this.marks[entry] === mark && this.is(entry, source, start, length)) return entry;
    }
    if (this.used + length > this.maxBytes) return -1;
    return this.add(source, start, length, mark, hash, slot);
  }

  private is(entry: number, source: Uint8Array, from: number, length: number): boolean {
    const start = this.starts[entry]!;
    if (this.starts[entry + 1]! - start !== length) return false;
    const { bytes } = this;
    for (let k = 0; k < length; k++) if (bytes[start + k] !== source[from + k]) return false;
    return true;
  }

  private add(source: Uint8Array, from: number, length: number, mark: number, hash: number, slot: number): number {
    const entry = this.count++;
    if (entry + 1 >= this.starts.length) {
      this.starts = grow(this.starts);
      this.hashes = grow(this.hashes);
      const marks = new Uint8Array(this.starts.length);
      marks.set(this.marks);
      this.marks = marks;
    }
    if (this.used + length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(Math.ceil(this.bytes.length * 1.5), this.used + length));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    this.bytes.set(source.subarray(from, from + length), this.used);
    this.starts[entry] = this.used;
    this.used += length;
    this.starts[entry + 1] = this.used;
    this.hashes[entry] = hash;
    this.marks[entry] = mark;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.slots[slot] = entry + 1;
    return entry;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    const mask = size - 1;
    for (let entry = 0; entry < this.count; entry++) {
      let slot = this.hashes[entry]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = entry + 1;
    }
  }
}

function grow(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
