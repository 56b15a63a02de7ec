import * as z from 'zod';
import type { Invitation } from '../export/records.js';
import type { InvitationList } from '../export/files/invitation-table.js';

const count = z.number().int().nonnegative();
const counts = { received: count, receivedWithNote: count, sent: count, sentWithNote: count };

export const invitationWindowSchema = z
  .object({
    ...counts,
    months: z.array(z.object({ month: z.string().regex(/^\d{4}-\d{2}$/), ...counts })).describe('months with invitations, oldest first'),
    undated: z.object(counts).describe('invitations without a date'),
  })
  .describe('every invitation of Invitations.csv, pending ones included: the months LinkedIn keeps before the export');
export type InvitationWindow = z.infer<typeof invitationWindowSchema>;
type Counts = InvitationWindow['undated'];

/** Nothing counted yet. */
export const noInvitations = (): Counts => ({ received: 0, receivedWithNote: 0, sent: 0, sentWithNote: 0 });

/** Invitations.csv counted: received and sent, with a note or without, in all and per month. */
export function invitationWindow(invitations: InvitationList): InvitationWindow {
  const all = noInvitations();
  const undated = noInvitations();
  const months = new Map<string, Counts>();
  for (const invitation of invitations) {
    add(all, invitation);
    if (invitation.sentAt === null) add(undated, invitation);
    else {
      const month = invitation.sentAt.slice(0, 7);
      add(months.get(month) ?? months.set(month, noInvitations()).get(month)!, invitation);
    }
  }
  // `YYYY-MM` keys: code-unit order is their order, and localeCompare would load ICU's collation data in the worker.
  const byMonth = [...months].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([month, c]) => ({ month, ...c }));
  return { ...all, months: byMonth, undated };
}

function add(counts: Counts, invitation: Invitation): void {
  // A note as the evidence counts one (evidence/invitations.ts): whitespace alone is none.
  const noted = invitation.message.trim() !== '';
  if (invitation.direction === 'incoming') {
    counts.received++;
    if (noted) counts.receivedWithNote++;
  } else {
    counts.sent++;
    if (noted) counts.sentWithNote++;
  }
}
