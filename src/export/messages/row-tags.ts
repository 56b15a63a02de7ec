import { ByteKeys } from './byte-keys.js';
import { findMessageColumns, type MessageColumns } from './columns.js';
import type { RecordBatch } from './record-scanner.js';

/** Bytes of conversation ids, of field values and of kinds of row numbered at most: many times a heavy inbox's. */
const MAX_ID_BYTES = 8 << 20;
const MAX_VALUE_BYTES = 8 << 20;
const MAX_KIND_BYTES = 8 << 20;
/** A kind's key: its conversation and its four fields' values, by number. */
const KIND_BYTES = 20;
/** The number of a column the file does not have. */
const ABSENT = -2;

/**
 * Numbers each record of messages.csv by its conversation and by its kind: its conversation with its
 * FROM, SENDER PROFILE URL, TO and RECIPIENT PROFILE URLS, byte for byte. Rows of one kind name the same
 * people, so the fold (read-messages.ts) works out who they are once per kind and finds the rest by
 * number, whatever order the rows come in: LinkedIn does not sort messages.csv, and rows in random
 * order made the fold hash each row's conversation id and look up each of its URLs (issue 18).
 *
 * The CLI runs it on the main thread (launch/message-scan.ts), which is otherwise idle while the
 * worker folds; a library caller, folding on one thread, does without: it would only move the work. The numbers only ever spare work: a record without them
 * (-1: the header, a row of the wrong width, no conversation id, or a table full) is folded as before.
 * Two records with the same number have the same bytes, quotes doubled or not; the converse does not
 * hold (a space more), and need not.
 */
export class RowTagger {
  /** The header's columns; undefined until the header is met, null when it is not messages.csv's. */
  private columns: MessageColumns | null | undefined;
  private width = 0;
  private readonly ids = new ByteKeys(MAX_ID_BYTES);
  /**
   * Names, URLs and lists of them, each numbered once however many rows carry them: a kind is keyed by
   * five numbers, not by its bytes (a heavy inbox's 100,000 kinds of row held 50 MB as bytes).
   */
  private readonly values = new ByteKeys(MAX_VALUE_BYTES);
  private readonly kinds = new ByteKeys(MAX_KIND_BYTES);
  private readonly key = new Uint8Array(KIND_BYTES);
  private readonly numbers = new Int32Array(this.key.buffer);

  /** Sets the batch's tags. */
  tag(batch: RecordBatch): void {
    const { bytes, fields, records } = batch;
    const tags = new Int32Array(2 * records).fill(-1);
    let at = 0;
    for (let r = 0; r < records; r++) {
      const count = fields[at]!;
      const first = at + 2;
      at = first + 2 * count;
      if (this.columns === undefined) {
        this.columns = headerColumns(bytes, fields, first, count);
        this.width = count;
        continue;
      }
      const c = this.columns;
      if (c === null || count !== this.width || c.conversationId < 0) continue;
      const start = fields[first + 2 * c.conversationId]!;
      const end = fields[first + 2 * c.conversationId + 1]!;
      // An empty id: the fold reads the row without one.
      if (end === start) continue;
      const conversation = this.ids.internRange(bytes, start, end >= 0 ? end : ~end, end >= 0 ? 0 : 1);
      const kind = conversation < 0 ? -1 : this.kindOf(conversation, bytes, fields, first, c);
      if (kind < 0) continue;
      tags[2 * r] = conversation;
      tags[2 * r + 1] = kind;
    }
    batch.tags = tags;
  }

  private kindOf(conversation: number, bytes: Uint8Array, fields: Int32Array, first: number, c: MessageColumns): number {
    const { numbers } = this;
    numbers[0] = conversation;
    numbers[1] = this.value(bytes, fields, first, c.from);
    numbers[2] = this.value(bytes, fields, first, c.senderUrl);
    numbers[3] = this.value(bytes, fields, first, c.to);
    numbers[4] = this.value(bytes, fields, first, c.recipientUrls);
    if (numbers[1] === -1 || numbers[2] === -1 || numbers[3] === -1 || numbers[4] === -1) return -1;
    return this.kinds.intern(this.key, KIND_BYTES);
  }

  /** The number of field i's value, its doubled quotes marked; ABSENT for no column, -1 for a full table. */
  private value(bytes: Uint8Array, fields: Int32Array, first: number, i: number): number {
    if (i < 0) return ABSENT;
    const start = fields[first + 2 * i]!;
    const end = fields[first + 2 * i + 1]!;
    return end >= 0 ? this.values.internRange(bytes, start, end, 0) : this.values.internRange(bytes, start, ~end, 1);
  }
}

/** The columns the fold finds in the same header (read-messages.ts), or null. */
function headerColumns(bytes: Uint8Array, fields: Int32Array, first: number, count: number): MessageColumns | null {
  const header: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = fields[first + 2 * i]!;
    const stored = fields[first + 2 * i + 1]!;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + start, (stored >= 0 ? stored : ~stored) - start).toString('utf8');
    header.push((stored >= 0 ? text : text.replaceAll('""', '"')).trim());
  }
  return findMessageColumns(header);
}
