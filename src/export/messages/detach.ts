/**
 * A copy of `s` that shares no memory with it. V8 slices a field out of the decoded chunk without
 * copying, and the slice keeps the whole chunk alive: a value kept after its row (an aggregate, a
 * cache key) is detached first, or a million-row file would stay in memory chunk by chunk.
 */
export const detach = (s: string): string => Buffer.from(s, 'utf8').toString('utf8');

/**
 * Detached copies of strings met again and again, made once each: a person's name is kept in each of
 * their conversations, and the owner's in all of them. Past `max` distinct strings it starts over, so a
 * hostile file cannot grow it without end.
 */
export class DetachedStrings {
  private readonly copies = new Map<string, string>();

  constructor(private readonly max = 200_000) {}

  get(s: string): string {
    let copy = this.copies.get(s);
    if (copy === undefined) {
      if (this.copies.size >= this.max) this.copies.clear();
      copy = detach(s);
      this.copies.set(copy, copy);
    }
    return copy;
  }
}
