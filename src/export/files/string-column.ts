import { PagedInt32 } from '../../util/typed-arrays.js';

/** Rows whose texts share one stored string. A power of two: a row's block is `row >> BLOCK_BITS`. */
const BLOCK_BITS = 12;
/** Values compared with each new one before it is stored again: the owner's name, in every row of `From` or `To`, is one of them. */
const RECENT = 4;

/**
 * A column of strings (or nulls), stored end to end: the values of each block of 4,096 rows are
 * joined into one string, and each row keeps where its value starts and how long it is. A value
 * equal to one of the last few stored in its block points to that one instead of being stored again.
 *
 * Why: a string held on its own costs V8 a header of 16 bytes, rounded up to 8, and a value read
 * from a CSV cell is worse, a slice (32 bytes) of a copy of the cell. 700,000 rows of Invitations.csv
 * held 311 MB as records; stored here, a name costs its characters and 8 bytes (issue 15). A value is
 * read back as a slice of its block's string, made when asked for.
 */
export class StringColumn {
  private blocks: string[] = [];
  // The block being filled: its values so far, not yet joined, and their length in characters.
  private pending: string[] = [];
  private pendingLength = 0;
  private recent: string[] = [];
  private recentStart: number[] = [];
  /** Paged, not grown by copying: see PagedInt32. */
  private readonly start = new PagedInt32();
  /** -1 for null. */
  private readonly size = new PagedInt32();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: string | null): void {
    const row = this.count;
    if (row === this.start.capacity) {
      this.start.reserve(row + 1);
      this.size.reserve(row + 1);
    }
    if ((row & ((1 << BLOCK_BITS) - 1)) === 0 && row > 0) this.seal();
    this.count++;
    if (value === null) {
      this.size.set(row, -1);
      return;
    }
    this.size.set(row, value.length);
    const seen = this.recent.indexOf(value);
    if (seen >= 0) {
      this.start.set(row, this.recentStart[seen]!);
      return;
    }
    this.start.set(row, this.pendingLength);
    if (this.recent.length === RECENT) {
      this.recent.shift();
      this.recentStart.shift();
    }
    this.recent.push(value);
    this.recentStart.push(this.pendingLength);
    this.pending.push(value);
    this.pendingLength += value.length;
  }

  at(row: number): string | null {
    if (row < 0 || row >= this.count) return null;
    const size = this.size.get(row);
    if (size < 0) return null;
    if (size === 0) return '';
    const block = row >> BLOCK_BITS;
    const text = this.blocks[block] ?? this.joinPending();
    const start = this.start.get(row);
    return text.slice(start, start + size);
  }

  /** The block being filled, joined so far: the values pushed after this are joined to it later. */
  private joinPending(): string {
    const text = this.pending.join('');
    this.pending = [text];
    return text;
  }

  /** Ends the block being filled. */
  private seal(): void {
    this.blocks.push(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.recent = [];
    this.recentStart = [];
  }
}
