import type { Invitation } from '../export/records.js';
import { fastUtcStamp } from '../export/dates.js';
import type { LinkedInExport } from '../export/types.js';
import { indexEmployers } from '../evidence/employer.js';
import { indexPeople, resolve } from '../evidence/people-index.js';
import type { Verdict } from '../plugin-api.js';
import { splitName, tableOutsiders, type Outsider } from './outsiders.js';
import { weighOutsider, type Weighed } from './weigh.js';
import { isStale } from '../report/export-age.js';

/** One invitation of Invitations.csv, with who the other side is to netprune. */
export interface ListedInvitation {
  invitation: Invitation;
  /** The other side, as the file names them. */
  name: string;
  firstName: string;
  lastName: string;
  /** `yes`: among the connections (index below); `no`: not; `unclear`: the name fits several connections. */
  connected: 'yes' | 'no' | 'unclear';
  connection: number | null;
  /** What the other files say of someone who is not a connection. */
  outsider: Outsider | null;
  weighed: Weighed | null;
  /** The owner knows them: a connection not labelled stranger, or an outsider with any sign of acquaintance. */
  known: boolean;
  /** An incoming invitation without a note from someone unknown, sent in the last three months: the case for asking what brings them. */
  wantsReply: boolean;
  /** Why such an invitation gets no reply: sent more than three months ago, or undated (its age unknown). */
  replyWithheld: 'older than three months' | 'no date' | null;
}

/** The invitations listed: `at(i)` makes the i-th, newest first, each time it is asked for. */
export interface ListedInvitations {
  readonly length: number;
  at(position: number): ListedInvitation;
}

const CONNECTED = ['no', 'yes', 'unclear'] as const;

/**
 * Every invitation, newest first (undated last), joined to the connections exactly as the evidence
 * stage joins them (profile key, else name) and, for the others, to what messages, the address
 * book and recommendations say. `verdicts` are the classifier's, one per connection; `today` is the
 * day judged as of: an invitation more than three months older gets no reply (it was answered,
 * withdrawn or forgotten long ago, and an old export is full of them). Only the order and each
 * invitation's connection are kept; the rest is made when an invitation is reached, so that a
 * 700,000-row Invitations.csv does not hold 700,000 outsiders and their weighing (issue 15).
 */
export function listInvitations(exp: LinkedInExport, verdicts: readonly Verdict[], today: string): ListedInvitations {
  const people = indexPeople(exp.connections);
  const { table } = tableOutsiders(exp, people);
  const employers = indexEmployers(exp.positions);
  const { invitations, connections } = exp;
  const otherName = (invitation: Invitation) => (invitation.direction === 'incoming' ? invitation.from : invitation.to).trim();
  // Per invitation, by its index in the file: the connection it joins (-1: none), and how (CONNECTED's index).
  const connectionOf = new Int32Array(invitations.length).fill(-1);
  const connected = new Uint8Array(invitations.length);
  // What orders them, newest first: the date as a number that sorts as its text does (-1: none), then the line.
  const sentAt = new Float64Array(invitations.length);
  const line = new Float64Array(invitations.length);
  for (let i = 0; i < invitations.length; i++) {
    const invitation = invitations.at(i)!;
    const resolution = resolve(people, { key: invitation.otherKey, name: otherName(invitation) });
    if (resolution.kind === 'match') connectionOf[i] = resolution.index;
    connected[i] = resolution.kind === 'match' ? 1 : resolution.kind === 'ambiguous' ? 2 : 0;
    sentAt[i] = sortableDate(invitation.sentAt);
    line[i] = invitation.line;
  }
  const order = Int32Array.from({ length: invitations.length }, (_, i) => i).sort((a, b) => sentAt[b]! - sentAt[a]! || line[a]! - line[b]!);

  const listed = (i: number): ListedInvitation => {
    const invitation = invitations.at(i)!;
    const name = otherName(invitation);
    const connection = connectionOf[i] === -1 ? null : connectionOf[i]!;
    const contact = connection === null ? undefined : connections[connection];
    const row = table.invitationHolder(i);
    const outsider = row === -1 ? null : table.outsider(row);
    const weighed = outsider === null ? null : weighOutsider(outsider, employers, invitations);
    const label = connection === null ? undefined : verdicts[connection]?.label;
    // A name several connections share is probably one of them: better no reply than one to a friend.
    // Anyone in the address book is known, even from a phone's contacts: "what brings you to me?" is no question for family.
    const known = contact !== undefined ? label !== 'stranger' : connected[i] === 2 || (weighed?.strength ?? 0) > 0 || outsider?.addressBook != null;
    const bare = invitation.direction === 'incoming' && invitation.message.trim() === '' && !known;
    const replyWithheld = !bare ? null : invitation.sentAt === null ? 'no date' : isStale(invitation.sentAt, today) ? 'older than three months' : null;
    const names = contact ?? outsider ?? splitName(name);
    return {
      invitation,
      name,
      firstName: names.firstName.trim(),
      lastName: names.lastName.trim(),
      connected: CONNECTED[connected[i]!]!,
      connection,
      outsider,
      weighed,
      known,
      wantsReply: bare && replyWithheld === null,
      replyWithheld,
    };
  };
  return { length: order.length, at: (position) => listed(order[position]!) };
}

/**
 * `YYYY-MM-DDThh:mm:ssZ` as the number its digits make, which orders the dates as their text does
 * (all fourteen digits in the same places); -1 for no date, before any. Sorting 700,000 by
 * `localeCompare` took seconds.
 */
function sortableDate(sentAt: string | null): number {
  if (sentAt === null) return -1;
  const stamp = fastUtcStamp(sentAt);
  return stamp >= 0 ? stamp : Number(sentAt.replace(/\D/g, ''));
}
