import { fastUtcStamp, stampToIso } from '../export/dates.js';
import { newOutsider, type Outsider } from './outsider.js';
import { copied } from '../util/typed-arrays.js';
import { StringColumn } from '../export/files/string-column.js';
import { RowIndex } from './row-index.js';

/** One side of a 1:1 conversation: how many messages it wrote, and when (ISO, as the summary writes them). */
export interface Side {
  count: number;
  first: string | null;
  last: string | null;
}

const NONE = -1;
/**
 * StringColumn's block: it joins a block's values into one string when the next block starts, and a
 * value of the block being filled, read before, is read from a join of the values so far, made again
 * at each read after a push. The table reads names while it adds rows (an outsider made whole as soon
 * as met): those of the block being filled are read from `recentNames` instead, as given.
 */
const NAME_BLOCK = 4096;

/**
 * Everyone the export mentions who is not a connection, in the order first met, one row each.
 * Most of them are known from 1:1 messages and invitations alone (a million people messaged once, a
 * 700,000-row Invitations.csv): those stay light, in typed columns, and become an `Outsider` only
 * when asked for, one at a time. A person anything else is known of (a group, an address-book entry,
 * a recommendation, an endorsement, a merge) is made whole once and kept as an object. An outsider
 * object was about 600 bytes with its weighing, kept for everyone; a light row with messages is about
 * 70 (its name's characters, a pointer to its key, 32 bytes of counts and dates), 80 while rows are
 * added and the index of ids is kept (issue 15).
 *
 * A person's id is their profile key when there is one, else `name:<nameKey>`: only the latter is
 * stored apart. Numbers that may be absent (an invitation, a date) are stored plus one, so that a
 * column's zeros, which a new typed array starts with, mean none: no column is filled before use,
 * and the pages of one sized for more rows than come are never touched.
 */
export class OutsiderTable {
  private readonly index: RowIndex;
  private sealed = false;
  private count = 0;
  private readonly keys: (string | null)[] = [];
  private readonly names = new StringColumn();
  /** The names of the rows since the last multiple of NAME_BLOCK. */
  private recentNames: string[] = [];
  /** The ids of the rows without a profile key. */
  private readonly nameIds = new Map<number, string>();
  /** Rows made whole: each alone says what is known of its row. */
  private readonly whole = new Map<number, Outsider>();
  private removed: Uint8Array;
  // A light row's invitations, in the order added: a chain from its first through `nextInvitation` (each index + 1).
  private firstInvitation: Int32Array;
  private lastInvitation: Int32Array;
  // A light row's 1:1 messages: counts, and the first and last dates as fastUtcStamp() numbers + 1 (0: no
  // date). As long as the last row with messages: the rows met in other files alone have none.
  private sent = new Int32Array(0);
  private received = new Int32Array(0);
  private conversations = new Int32Array(0);
  private twoWay = new Int32Array(0);
  private first = new Float64Array(0);
  private last = new Float64Array(0);
  private readonly nextInvitation: Int32Array;
  /** The row holding each invitation of Invitations.csv, by its index there, + 1; 0 when no outsider does. */
  private readonly invitationRow: Int32Array;

  /**
   * `invitations`: the rows of Invitations.csv. `expected`: about how many people will be added (the
   * conversations and invitations, say), so that the columns and the index are sized once.
   */
  constructor(
    invitations: number,
    private readonly expected = 0,
  ) {
    this.nextInvitation = new Int32Array(invitations);
    this.invitationRow = new Int32Array(invitations);
    const rows = Math.max(1024, expected);
    this.removed = new Uint8Array(rows);
    this.firstInvitation = new Int32Array(rows);
    this.lastInvitation = new Int32Array(rows);
    this.index = new RowIndex(expected, (row) => (this.removed[row] === 0 ? this.id(row) : null));
  }

  /** Rows ever added, removed ones included: the bound of `row` numbers. */
  get size(): number {
    return this.count;
  }

  /**
   * The row of `id`, added (light, nothing known) if there is none. `key` and `name` are kept from
   * the first call. `id` is `key` when there is a key: a person with a profile key is found by it.
   */
  row(id: string, key: string | null, name: string): number {
    if (key !== null && key !== id) throw new Error('OutsiderTable: a row whose id is not its key');
    const found = this.index.find(id);
    if (found !== -1) return found;
    if (this.sealed) throw new Error('OutsiderTable: a row added after seal()');
    const row = this.count++;
    if (row === this.removed.length) this.grow();
    this.keys.push(key);
    this.names.push(name);
    if (row % NAME_BLOCK === 0) this.recentNames = [];
    this.recentNames.push(name);
    if (key === null) this.nameIds.set(row, id);
    this.index.add(id, row);
    return row;
  }

  /** Rows in the order they were added, those removed left out. */
  *rows(): Generator<number> {
    for (let row = 0; row < this.count; row++) if (this.removed[row] === 0) yield row;
  }

  name(row: number): string {
    const recent = row - (this.count - this.recentNames.length);
    return recent >= 0 ? this.recentNames[recent]! : this.names.at(row)!;
  }

  key(row: number): string | null {
    return this.keys[row]!;
  }

  /** A 1:1 conversation with them: what the owner and they wrote there. */
  addConversation(row: number, mine: Side, theirs: Side): void {
    const myFirst = stampOf(mine.first);
    const myLast = stampOf(mine.last);
    const theirFirst = stampOf(theirs.first);
    const theirLast = stampOf(theirs.last);
    if (!this.whole.has(row) && myFirst !== undefined && myLast !== undefined && theirFirst !== undefined && theirLast !== undefined) {
      if (row >= this.sent.length) this.growMessages(row);
      this.conversations[row]!++;
      this.sent[row]! += mine.count;
      this.received[row]! += theirs.count;
      if (mine.count > 0 && theirs.count > 0) this.twoWay[row]!++;
      this.first[row] = earlier(earlier(this.first[row]!, myFirst), theirFirst);
      this.last[row] = later(later(this.last[row]!, myLast), theirLast);
      return;
    }
    // A date the columns cannot hold as it was written: the row is kept whole, with the strings.
    const m = this.made(row).messages;
    m.conversations++;
    m.sent += mine.count;
    m.received += theirs.count;
    if (mine.count > 0 && theirs.count > 0) m.twoWayConversations++;
    m.first = earlierIso(earlierIso(m.first, mine.first), theirs.first);
    m.last = laterIso(laterIso(m.last, mine.last), theirs.last);
  }

  /** Invitation `index` of Invitations.csv is with them. */
  addInvitation(row: number, index: number): void {
    this.invitationRow[index] = row + 1;
    const kept = this.whole.get(row);
    if (kept !== undefined) {
      kept.invitations.push(index);
      return;
    }
    // A moved invitation ends its new chain, whatever followed it in its old one.
    this.nextInvitation[index] = 0;
    const tail = this.lastInvitation[row]! - 1;
    if (tail === NONE) this.firstInvitation[row] = index + 1;
    else this.nextInvitation[tail] = index + 1;
    this.lastInvitation[row] = index + 1;
  }

  /** The row of the outsider behind invitation `index`, or NONE. */
  invitationHolder(index: number): number {
    return (this.invitationRow[index] ?? 0) - 1;
  }

  /** The row's outsider, made whole and kept: for what only an object holds, and to change it. */
  made(row: number): Outsider {
    let kept = this.whole.get(row);
    if (kept === undefined) {
      kept = this.outsider(row);
      this.whole.set(row, kept);
    }
    return kept;
  }

  /** The row's outsider as an object: the one kept when it is whole, else a new one, made now and not kept. */
  outsider(row: number): Outsider {
    const kept = this.whole.get(row);
    if (kept !== undefined) return kept;
    const outsider = newOutsider(this.id(row), this.key(row), this.name(row));
    if (row < this.sent.length) {
      const m = outsider.messages;
      m.sent = this.sent[row]!;
      m.received = this.received[row]!;
      m.conversations = this.conversations[row]!;
      m.twoWayConversations = this.twoWay[row]!;
      m.first = isoOf(this.first[row]!);
      m.last = isoOf(this.last[row]!);
    }
    for (let i = this.firstInvitation[row]! - 1; i !== NONE; i = this.nextInvitation[i]! - 1) outsider.invitations.push(i);
    return outsider;
  }

  /** `from` is one person with `into`: its invitations go to `into`, and its row is removed. The caller merges the rest. */
  moveInvitations(from: number, into: number): void {
    for (const index of this.made(from).invitations) this.addInvitation(into, index);
  }

  remove(row: number): void {
    this.removed[row] = 1;
    this.whole.delete(row);
  }

  /** No row is added from now on: the index of ids goes. */
  seal(): void {
    this.sealed = true;
    this.index.clear();
  }

  private id(row: number): string {
    return this.keys[row] ?? this.nameIds.get(row)!;
  }

  private grow(): void {
    const size = this.removed.length * 2;
    this.removed = copied(this.removed, new Uint8Array(size));
    this.firstInvitation = copied(this.firstInvitation, new Int32Array(size));
    this.lastInvitation = copied(this.lastInvitation, new Int32Array(size));
  }

  /** Message columns up to `row`: first as many as expected, then by halves more than they hold (rows are met in order). */
  private growMessages(row: number): void {
    const size = Math.max(1024, row + 1, this.sent.length === 0 ? this.expected : Math.floor(this.sent.length * 1.5));
    this.sent = copied(this.sent, new Int32Array(size));
    this.received = copied(this.received, new Int32Array(size));
    this.conversations = copied(this.conversations, new Int32Array(size));
    this.twoWay = copied(this.twoWay, new Int32Array(size));
    this.first = copied(this.first, new Float64Array(size));
    this.last = copied(this.last, new Float64Array(size));
  }
}

/** The stamp + 1, 0 for no date; undefined for a date the stamp would not give back as written. */
function stampOf(iso: string | null): number | undefined {
  if (iso === null) return 0;
  const stamp = fastUtcStamp(iso);
  return stamp >= 0 && stampToIso(stamp) === iso ? stamp + 1 : undefined;
}

const isoOf = (stored: number) => (stored === 0 ? null : stampToIso(stored - 1));
// Stamps sort as the ISO strings they give back do (fixed width, most significant first).
const earlier = (a: number, b: number) => (a === 0 || (b !== 0 && b < a) ? b : a);
const later = (a: number, b: number) => (a === 0 || (b !== 0 && b > a) ? b : a);
const earlierIso = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const laterIso = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);
