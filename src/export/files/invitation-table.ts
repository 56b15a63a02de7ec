import { runtime } from '../../launch/runtime.js';
import { fastUtcStamp, stampToIso } from '../dates.js';
import type { Invitation } from '../records.js';
import { StringColumn } from './string-column.js';
import { copied } from '../../util/typed-arrays.js';

/**
 * Invitations.csv as read: any list of invitations that can be counted, indexed and walked. An
 * array is one (tests build exports with arrays); the reader hands over an {@link InvitationTable}.
 */
export interface InvitationList extends Iterable<Invitation> {
  readonly length: number;
  at(index: number): Invitation | undefined;
}

/**
 * Rows past which the read holds a large heap to the end: a real Invitations.csv keeps the last months,
 * a few thousand rows. V8 is then told to grow the heap slowly, as for a million conversations (launch/heap-growth.ts).
 */
const LARGE_TABLE = 100_000;

const NO_DATE = -1;
/** A `sentAt` that a stamp does not give back as written: kept as text (`odd`). None of parseDateTime's do. */
const ODD_DATE = -2;

/**
 * Invitations.csv's records in columns, each made into an `Invitation` again when read, equal field
 * for field to the one pushed: dates as stamps, directions as bytes, texts end to end
 * (string-column.ts). A 700,000-row file held 311 MB of heap as records, about 440 bytes a row
 * (issue 15, docs/performance.md).
 */
export class InvitationTable implements InvitationList {
  private readonly from = new StringColumn();
  private readonly to = new StringColumn();
  private readonly message = new StringColumn();
  private readonly otherKey = new StringColumn();
  private sentAt = new Float64Array(1024);
  private line = new Float64Array(1024);
  private outgoing = new Uint8Array(1024);
  private readonly odd = new Map<number, string>();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(invitation: Invitation): void {
    const row = this.count;
    if (row === this.line.length) this.grow();
    if (row === LARGE_TABLE) runtime().largeHeap();
    this.from.push(invitation.from);
    this.to.push(invitation.to);
    this.message.push(invitation.message);
    this.otherKey.push(invitation.otherKey);
    this.sentAt[row] = dateStamp(invitation.sentAt);
    if (this.sentAt[row] === ODD_DATE) this.odd.set(row, invitation.sentAt!);
    this.line[row] = invitation.line;
    this.outgoing[row] = invitation.direction === 'outgoing' ? 1 : 0;
    this.count++;
  }

  at(index: number): Invitation | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const stamp = this.sentAt[index]!;
    // Keys in the schema's order, as the reader made them.
    return {
      from: this.from.at(index)!,
      to: this.to.at(index)!,
      sentAt: stamp === NO_DATE ? null : stamp === ODD_DATE ? this.odd.get(index)! : stampToIso(stamp),
      message: this.message.at(index)!,
      direction: this.outgoing[index] === 1 ? 'outgoing' : 'incoming',
      otherKey: this.otherKey.at(index),
      line: this.line[index]!,
    };
  }

  *[Symbol.iterator](): Iterator<Invitation> {
    for (let i = 0; i < this.count; i++) yield this.at(i)!;
  }

  private grow(): void {
    const size = this.line.length * 2;
    this.sentAt = copied(this.sentAt, new Float64Array(size));
    this.line = copied(this.line, new Float64Array(size));
    this.outgoing = copied(this.outgoing, new Uint8Array(size));
  }
}

function dateStamp(sentAt: string | null): number {
  if (sentAt === null) return NO_DATE;
  const stamp = sentAt.length === 20 ? fastUtcStamp(sentAt) : -1;
  return stamp >= 0 && stampToIso(stamp) === sentAt ? stamp : ODD_DATE;
}
