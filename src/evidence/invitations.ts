import type { Invitation } from '../export/records.js';
import type { InvitationList } from '../export/files/invitation-table.js';
import { noteMatch, tally, type MatchCounts } from './match-audit.js';
import { resolve, type PeopleIndex } from './people-index.js';
import type { Unattributed } from './same-name.js';
import type { Evidence } from './types.js';

/** `a` replaces `b`: sent at the same time or later; an undated invitation is older than any dated one. */
const supersedes = (a: string | null, b: string | null): boolean => (a === null ? b === null : b === null || a >= b);

function addInvitation(target: Evidence, invitation: Invitation): void {
  if (target.invitation !== null && !supersedes(invitation.sentAt, target.invitation.sentAt)) return;
  const note = invitation.message.trim();
  target.invitation = { direction: invitation.direction, sentAt: invitation.sentAt, withNote: note !== '', note };
}

/**
 * Joins Invitations.csv by the other side's profile key, else by their name (`From` for
 * incoming, `To` for outgoing), never to anyone connected before the day it was sent: nobody
 * invites a connection. When several invitations join one person the latest is kept (on equal
 * dates, the later row).
 */
export function joinInvitations(invitations: InvitationList, people: PeopleIndex, evidence: Evidence[], counts: MatchCounts, unattributed: Unattributed): void {
  for (const invitation of invitations) {
    const name = invitation.direction === 'incoming' ? invitation.from : invitation.to;
    const date = invitation.sentAt === null ? null : { connectedFrom: invitation.sentAt };
    const resolution = resolve(people, { key: invitation.otherKey, name, date });
    tally(counts, resolution);
    if (resolution.kind === 'ambiguous') unattributed.add(resolution.candidates, { invitations: 1 }, (e) => addInvitation(e, invitation));
    if (resolution.kind !== 'match') continue;
    const target = evidence[resolution.index];
    if (target === undefined) continue;
    noteMatch(target, 'invitations', resolution.by);
    addInvitation(target, invitation);
  }
}
