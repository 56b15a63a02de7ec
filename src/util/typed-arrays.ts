type Column = Uint8Array | Int32Array | Float64Array;

/** `to`, holding `from`'s values at its start: a column grown into a longer array, its values kept. */
export function copied<T extends Column>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** A column twice as long, its values kept. */
export function doubled<T extends Column>(array: T): T {
  return copied(array, new (array.constructor as new (length: number) => T)(array.length * 2));
}

/** Values per page of a paged column: a power of two, so that a value's page is `i >>> PAGE_BITS`. */
const PAGE_BITS = 14;
const PAGE_MASK = (1 << PAGE_BITS) - 1;

/**
 * A column of numbers that grows a page at a time and never moves: each page is allocated once and
 * kept to the end. A column grown by copying into a larger array frees the old one, and glibc, once
 * it has freed a large block, raises its threshold for mapping blocks of their own: the later blocks
 * land in its heap, which it never gives back. On a million conversations that kept about 60 MB of
 * the peak (issue 15). Made per element type, so that each class's reads see one kind of array.
 */
export interface PagedColumn {
  /** Values room is made for: a whole number of pages. */
  readonly capacity: number;
  /** Makes room for values 0 to `length - 1`; new pages hold zeros. */
  reserve(length: number): void;
  get(i: number): number;
  set(i: number, value: number): void;
  /** Sets every value room was made for to `value`, keeping the pages. */
  fill(value: number): void;
}

function pagedOf<T extends Int32Array | Float64Array>(Page: new (length: number) => T): new () => PagedColumn {
  return class Paged implements PagedColumn {
    private readonly pages: T[] = [];

    get capacity(): number {
      return this.pages.length << PAGE_BITS;
    }

    reserve(length: number): void {
      while (this.pages.length << PAGE_BITS < length) this.pages.push(new Page(1 << PAGE_BITS));
    }

    get(i: number): number {
      return this.pages[i >>> PAGE_BITS]![i & PAGE_MASK]!;
    }

    set(i: number, value: number): void {
      this.pages[i >>> PAGE_BITS]![i & PAGE_MASK] = value;
    }

    fill(value: number): void {
      for (const page of this.pages) page.fill(value);
    }
  };
}

export const PagedInt32 = pagedOf(Int32Array);
export const PagedFloat64 = pagedOf(Float64Array);
