/** Strings per page: a power of two, so that a string's page is `i >>> PAGE_BITS`. */
const PAGE_BITS = 14;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

/**
 * A list of strings kept in pages that are never copied. One array of two million participants' keys
 * grew by copying itself into one half as large again: up to 24 MB for 16 MB of pointers, and the 16 MB
 * before it until collected, at the top of the read's heap (issue 15).
 */
export class StringPages {
  private readonly pages: string[][] = [];
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(value: string): void {
    if ((this.count & PAGE_MASK) === 0) this.pages.push([]);
    this.pages[this.pages.length - 1]!.push(value);
    this.count++;
  }

  /** The string at `i`, which must be below `length`. */
  at(i: number): string {
    return this.pages[i >>> PAGE_BITS]![i & PAGE_MASK]!;
  }
}
