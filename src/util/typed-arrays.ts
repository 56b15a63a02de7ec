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
