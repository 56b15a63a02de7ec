import { StringColumn } from '../files/string-column.js';
import { PagedInt32 } from '../../util/typed-arrays.js';

/**
 * Each conversation's latest message. The first one set for a conversation goes end to end into a
 * StringColumn: a string each held 64 bytes apiece of heap until the file was read, and then a copy of
 * them all was made (issue 15). A conversation's rows need not come together, so a snippet can be
 * replaced: the replacement is kept as a string of its own, over the first. Writing the column again
 * instead, once the replaced ones outweighed half the rest, made the shuffled heavy bench export peak
 * 15–20 MB higher than keeping a string each.
 */
export class Snippets {
  private readonly column = new StringColumn();
  /** The row of each conversation's first snippet in `column`, plus one; 0 while it has none. */
  private readonly rows = new PagedInt32();
  /** The latest snippet of each conversation whose first was replaced. */
  private readonly replaced = new Map<number, string>();
  /** One past the highest conversation given a snippet. */
  private conversations = 0;

  set(conversation: number, text: string): void {
    if (conversation >= this.rows.capacity) this.rows.reserve(conversation + 1);
    if (conversation >= this.conversations) this.conversations = conversation + 1;
    if (this.rows.get(conversation) > 0) {
      this.replaced.set(conversation, text);
      return;
    }
    this.rows.set(conversation, this.column.length + 1);
    this.column.push(text);
  }

  /** The snippet of `conversation`, '' when it has none. */
  at(conversation: number): string {
    const latest = this.replaced.get(conversation);
    if (latest !== undefined) return latest;
    const row = conversation < this.conversations ? this.rows.get(conversation) : 0;
    return row === 0 ? '' : (this.column.at(row - 1) ?? '');
  }
}
