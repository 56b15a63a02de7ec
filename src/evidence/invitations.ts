import type { Invitation } from '../export/records.js';
import { noteMatch, tally, type MatchCounts } from './match-audit.js';
import { resolve, type PeopleIndex } from './people-index.js';
import type { Evidence } from './types.js';

/** `a` replaces `b`: sent at the same time or later; an undated invitation is older than any dated one. */
const supersedes = (a: string | null, b: string | null): boolean => (a === null ? b === null : b === null || a >= b);

/**
 * Joins Invitations.csv by the other side's profile key, else by their name (`From` for
 * incoming, `To` for outgoing). When several invitations join one person the latest is kept
 * (on equal dates, the later row).
 */
export function joinInvitations(invitations: readonly Invitation[], people: PeopleIndex, evidence: Evidence[], counts: MatchCounts): void {
  for (const invitation of invitations) {
    const name = invitation.direction === 'incoming' ? invitation.from : invitation.to;
    const resolution = resolve(people, { key: invitation.otherKey, name });
    tally(counts, resolution);
    if (resolution.kind !== 'match') continue;
    const target = evidence[resolution.index];
    if (target === undefined) continue;
    noteMatch(target, 'invitations', resolution.by);
    if (target.invitation !== null && !supersedes(invitation.sentAt, target.invitation.sentAt)) continue;
    const note = invitation.message.trim();
    target.invitation = { direction: invitation.direction, sentAt: invitation.sentAt, withNote: note !== '', note };
  }
}
