import { StringColumn } from '../files/string-column.js';
import { PagedInt32 } from '../../util/typed-arrays.js';

/** Characters of replaced snippets past which the column is written again (when they are also half the rest). */
const SPARE = 1 << 18;

/**
 * Each conversation's latest message, end to end in a StringColumn as they are made: a string each
 * held 64 bytes apiece of heap until the file was read, and then a copy of them all was made (issue 15).
 * A conversation's rows need not come together, so its snippet can be replaced: the new one is added
 * and pointed at, and once the replaced ones outweigh the rest, the column is written again with only
 * the latest of each: rows in random order replace a snippet several times, and kept the replaced
 * ones too long (the shuffled heavy bench export peaked 10 MB higher with a 4-million-character spare).
 */
export class Snippets {
  private column = new StringColumn();
  /** The row of each conversation's snippet in `column`, plus one; 0 while it has none. */
  private readonly rows = new PagedInt32();
  /** One past the highest conversation given a snippet. */
  private conversations = 0;
  private live = 0;
  private replaced = 0;

  constructor(private readonly spare = SPARE) {}

  set(conversation: number, text: string): void {
    if (conversation >= this.rows.capacity) this.rows.reserve(conversation + 1);
    if (conversation >= this.conversations) this.conversations = conversation + 1;
    const old = this.rows.get(conversation);
    if (old > 0) {
      const length = this.column.lengthOf(old - 1);
      this.replaced += length;
      this.live -= length;
    }
    this.rows.set(conversation, this.column.length + 1);
    this.column.push(text);
    this.live += text.length;
    if (this.replaced > this.spare && this.replaced * 2 > this.live) this.compact();
  }

  /** The snippet of `conversation`, '' when it has none. */
  at(conversation: number): string {
    const row = conversation < this.conversations ? this.rows.get(conversation) : 0;
    return row === 0 ? '' : (this.column.at(row - 1) ?? '');
  }

  private compact(): void {
    const old = this.column;
    this.column = new StringColumn();
    for (let conversation = 0; conversation < this.conversations; conversation++) {
      const row = this.rows.get(conversation);
      if (row === 0) continue;
      this.rows.set(conversation, this.column.length + 1);
      this.column.push(old.at(row - 1));
    }
    this.replaced = 0;
  }
}
