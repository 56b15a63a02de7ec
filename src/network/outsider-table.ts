import { fastUtcStamp, stampToIso } from '../export/dates.js';
import { newOutsider, type Outsider } from './outsider.js';
import { copied } from '../util/typed-arrays.js';

/** One side of a 1:1 conversation: how many messages it wrote, and when (ISO, as the summary writes them). */
export interface Side {
  count: number;
  first: string | null;
  last: string | null;
}

const NONE = -1;

/**
 * Everyone the export mentions who is not a connection, in the order first met, one row each.
 * Most of them are known from 1:1 messages and invitations alone (a million people messaged once, a
 * 700,000-row Invitations.csv): those stay light, in typed columns, and become an `Outsider` only
 * when asked for, one at a time. A person anything else is known of (a group, an address-book entry,
 * a recommendation, an endorsement, a merge) is made whole once and kept as an object. An outsider
 * object was about 600 bytes with its weighing, kept for everyone; a light row is about 60 once sealed (issue 15).
 */
export class OutsiderTable {
  private readonly rowOf = new Map<string, number>();
  private sealed = false;
  private readonly ids: string[] = [];
  private readonly keys: (string | null)[] = [];
  private readonly names: string[] = [];
  /** Rows made whole: each alone says what is known of its row. */
  private readonly whole = new Map<number, Outsider>();
  private removed = new Uint8Array(1024);
  // A light row's invitations, in the order added: a chain from its first through `nextInvitation`.
  private firstInvitation = new Int32Array(1024);
  private lastInvitation = new Int32Array(1024);
  // A light row's 1:1 messages: counts, and the first and last dates as fastUtcStamp() numbers (NONE: no
  // date). As long as the last row with messages: the rows met in other files alone have none.
  private sent = new Int32Array(0);
  private received = new Int32Array(0);
  private conversations = new Int32Array(0);
  private twoWay = new Int32Array(0);
  private first = new Float64Array(0);
  private last = new Float64Array(0);
  private readonly nextInvitation: Int32Array;
  /** The row holding each invitation of Invitations.csv, by its index there; NONE when no outsider does. */
  private readonly invitationRow: Int32Array;

  constructor(invitations: number) {
    this.nextInvitation = new Int32Array(invitations).fill(NONE);
    this.invitationRow = new Int32Array(invitations).fill(NONE);
  }

  /** Rows ever added, removed ones included: the bound of `row` numbers. */
  get size(): number {
    return this.ids.length;
  }

  /** The row of `id`, added (light, nothing known) if there is none. `key` and `name` are kept from the first call. */
  row(id: string, key: string | null, name: string): number {
    const found = this.rowOf.get(id);
    if (found !== undefined) return found;
    if (this.sealed) throw new Error('OutsiderTable: a row added after seal()');
    const row = this.ids.length;
    if (row === this.firstInvitation.length) this.grow();
    this.rowOf.set(id, row);
    this.ids.push(id);
    this.keys.push(key);
    this.names.push(name);
    this.firstInvitation[row] = NONE;
    this.lastInvitation[row] = NONE;
    return row;
  }

  /** Rows in the order they were added, those removed left out. */
  *rows(): Generator<number> {
    for (let row = 0; row < this.ids.length; row++) if (this.removed[row] === 0) yield row;
  }

  name(row: number): string {
    return this.names[row]!;
  }

  key(row: number): string | null {
    return this.keys[row]!;
  }

  /** A 1:1 conversation with them: what the owner and they wrote there. */
  addConversation(row: number, mine: Side, theirs: Side): void {
    const stamps = [mine.first, mine.last, theirs.first, theirs.last].map(stampOf);
    if (!this.whole.has(row) && stamps.every((s) => s !== undefined)) {
      const [myFirst, myLast, theirFirst, theirLast] = stamps as number[];
      if (row >= this.sent.length) this.growMessages(row);
      this.conversations[row]!++;
      this.sent[row]! += mine.count;
      this.received[row]! += theirs.count;
      if (mine.count > 0 && theirs.count > 0) this.twoWay[row]!++;
      this.first[row] = earlier(earlier(this.first[row]!, myFirst!), theirFirst!);
      this.last[row] = later(later(this.last[row]!, myLast!), theirLast!);
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
    this.invitationRow[index] = row;
    const kept = this.whole.get(row);
    if (kept !== undefined) {
      kept.invitations.push(index);
      return;
    }
    // A moved invitation ends its new chain, whatever followed it in its old one.
    this.nextInvitation[index] = NONE;
    const tail = this.lastInvitation[row]!;
    if (tail === NONE) this.firstInvitation[row] = index;
    else this.nextInvitation[tail] = index;
    this.lastInvitation[row] = index;
  }

  /** The row of the outsider behind invitation `index`, or NONE. */
  invitationHolder(index: number): number {
    return this.invitationRow[index] ?? NONE;
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
    const outsider = newOutsider(this.ids[row]!, this.keys[row]!, this.names[row]!);
    if (row < this.sent.length) {
      const m = outsider.messages;
      m.sent = this.sent[row]!;
      m.received = this.received[row]!;
      m.conversations = this.conversations[row]!;
      m.twoWayConversations = this.twoWay[row]!;
      m.first = isoOf(this.first[row]!);
      m.last = isoOf(this.last[row]!);
    }
    for (let i = this.firstInvitation[row]!; i !== NONE; i = this.nextInvitation[i]!) outsider.invitations.push(i);
    return outsider;
  }

  /** `from` is one person with `into`: its invitations go to `into`, and its row is removed. The caller merges the rest. */
  moveInvitations(from: number, into: number): void {
    for (const index of this.made(from).invitations) this.addInvitation(into, index);
  }

  remove(row: number): void {
    this.rowOf.delete(this.ids[row]!);
    this.removed[row] = 1;
    this.whole.delete(row);
  }

  /** No row is added from now on: the index of ids (a Map entry per person, ~40 bytes) goes. */
  seal(): void {
    this.sealed = true;
    this.rowOf.clear();
  }

  private grow(): void {
    const size = this.firstInvitation.length * 2;
    this.removed = copied(this.removed, new Uint8Array(size));
    this.firstInvitation = copied(this.firstInvitation, new Int32Array(size));
    this.lastInvitation = copied(this.lastInvitation, new Int32Array(size));
  }

  /** Message columns up to `row`, by halves more than they hold (rows are met in order). */
  private growMessages(row: number): void {
    const size = Math.max(1024, row + 1, Math.floor(this.sent.length * 1.5));
    const from = this.sent.length;
    this.sent = copied(this.sent, new Int32Array(size));
    this.received = copied(this.received, new Int32Array(size));
    this.conversations = copied(this.conversations, new Int32Array(size));
    this.twoWay = copied(this.twoWay, new Int32Array(size));
    this.first = copied(this.first, new Float64Array(size)).fill(NONE, from);
    this.last = copied(this.last, new Float64Array(size)).fill(NONE, from);
  }
}

/** NONE for no date; undefined for a date the stamp would not give back as written. */
function stampOf(iso: string | null): number | undefined {
  if (iso === null) return NONE;
  const stamp = fastUtcStamp(iso);
  return stamp >= 0 && stampToIso(stamp) === iso ? stamp : undefined;
}

const isoOf = (stamp: number) => (stamp === NONE ? null : stampToIso(stamp));
// Stamps sort as the ISO strings they give back do (fixed width, most significant first).
const earlier = (a: number, b: number) => (a === NONE || (b !== NONE && b < a) ? b : a);
const later = (a: number, b: number) => (a === NONE || (b !== NONE && b > a) ? b : a);
const earlierIso = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const laterIso = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);
