import type { Invitation } from '../export/records.js';
import type { LinkedInExport } from '../export/types.js';
import { indexEmployers } from '../evidence/employer.js';
import { indexPeople, resolve } from '../evidence/people-index.js';
import type { Verdict } from '../plugin-api.js';
import { findOutsiders, splitName, type Outsider } from './outsiders.js';
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

/**
 * Every invitation, newest first (undated last), joined to the connections exactly as the evidence
 * stage joins them (profile key, else name) and, for the others, to what messages, the address
 * book and recommendations say. `verdicts` are the classifier's, one per connection; `today` is the
 * day judged as of: an invitation more than three months older gets no reply (it was answered,
 * withdrawn or forgotten long ago, and an old export is full of them).
 */
export function listInvitations(exp: LinkedInExport, verdicts: readonly Verdict[], today: string): ListedInvitation[] {
  const people = indexPeople(exp.connections);
  const outsiders = findOutsiders(exp, people);
  const employers = indexEmployers(exp.positions);
  const listed = exp.invitations.map((invitation, i): ListedInvitation => {
    const name = (invitation.direction === 'incoming' ? invitation.from : invitation.to).trim();
    const resolution = resolve(people, { key: invitation.otherKey, name });
    const connection = resolution.kind === 'match' ? resolution.index : null;
    const contact = connection === null ? undefined : exp.connections[connection];
    const outsider = outsiders.byInvitation.get(i) ?? null;
    const weighed = outsider === null ? null : weighOutsider(outsider, employers, exp.invitations);
    const label = connection === null ? undefined : verdicts[connection]?.label;
    // A name several connections share is probably one of them: better no reply than one to a friend.
    // Anyone in the address book is known, even from a phone's contacts: "what brings you to me?" is no question for family.
    const known =
      contact !== undefined ? label !== 'stranger' : resolution.kind === 'ambiguous' || (weighed?.strength ?? 0) > 0 || outsider?.addressBook != null;
    const bare = invitation.direction === 'incoming' && invitation.message.trim() === '' && !known;
    const replyWithheld = !bare ? null : invitation.sentAt === null ? 'no date' : isStale(invitation.sentAt, today) ? 'older than three months' : null;
    const names = contact ?? outsider ?? splitName(name);
    return {
      invitation,
      name,
      firstName: names.firstName.trim(),
      lastName: names.lastName.trim(),
      connected: resolution.kind === 'match' ? 'yes' : resolution.kind === 'ambiguous' ? 'unclear' : 'no',
      connection,
      outsider,
      weighed,
      known,
      wantsReply: bare && replyWithheld === null,
      replyWithheld,
    };
  });
  return listed.sort((a, b) => (b.invitation.sentAt ?? '').localeCompare(a.invitation.sentAt ?? '') || a.invitation.line - b.invitation.line);
}
