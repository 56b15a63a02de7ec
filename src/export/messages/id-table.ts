import { doubled } from '../../util/typed-arrays.js';

/**
 * Conversation ids (byte strings, bytes.ts) numbered in the order they are first met. Their bytes sit
 * in one buffer, found through an open-addressing table of their hashes: a million distinct ids as
 * strings, each a key of a Map, took about 110 bytes apiece of V8's heap, this about 55 outside it.
 */
export class IdTable {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Where id i starts in `bytes`; it ends where id i + 1 starts (`used` for the last). */
  private starts = new Int32Array(1024);
  private hashes = new Int32Array(1024);
  /** id + 1 per slot, 0 for an empty one; never more than half full. */
  private slots = new Int32Array(2048);
  private count = 0;

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
      if (this.hashes[entry] === hash && this.is(entry, id)) return entry;
    }
  }

  /** Numbers an id that find() did not know. */
  add(id: string): number {
    const entry = this.count++;
    if (entry + 1 >= this.starts.length) {
      this.starts = doubled(this.starts);
      this.hashes = doubled(this.hashes);
    }
    if (this.used + id.length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(Math.ceil(this.bytes.length * 1.5), this.used + id.length));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
    }
    const { bytes } = this;
    for (let k = 0; k < id.length; k++) bytes[this.used + k] = id.charCodeAt(k);
    this.starts[entry] = this.used;
    this.used += id.length;
    this.starts[entry + 1] = this.used;
    const hash = hashOf(id);
    this.hashes[entry] = hash;
    if (this.count * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(entry, hash);
    return entry;
  }

  /** Whether id number `entry` is `id`. */
  is(entry: number, id: string): boolean {
    const start = this.starts[entry]!;
    if (this.starts[entry + 1]! - start !== id.length) return false;
    const { bytes } = this;
    for (let k = 0; k < id.length; k++) if (bytes[start + k] !== id.charCodeAt(k)) return false;
    return true;
  }

  /** The text of id number `entry`. */
  text(entry: number): string {
    const start = this.starts[entry]!;
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset + start, this.starts[entry + 1]! - start).toString('utf8');
  }

  /** Lets go of the lookup table and the hashes, once every id is in: text() still works. */
  seal(): void {
    this.slots = new Int32Array(0);
    this.hashes = new Int32Array(0);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(entry, this.hashes[entry]!);
  }
}

/** FNV-1a over the byte string's bytes. */
function hashOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) hash = Math.imul(hash ^ id.charCodeAt(k), 0x01000193);
  return hash;
}
