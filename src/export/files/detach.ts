/**
 * The value as a string of its own. A cell is a slice of the file's text, and V8 keeps a slice of 13
 * characters or more as a pointer into it: the records would keep all of Connections.csv in memory
 * (6 MB for 30,000 connections, decoded as UTF-16 when one name is not Latin-1) for as long as they live.
 * Joining the value to a character makes V8 copy it; slicing that character off again points into the copy.
 */
export function detach(value: string): string {
  return value.length < 13 ? value : ` ${value}`.slice(1);
}
