import type { Contact } from '../classify/index.js';
import type { Evidence } from '../evidence/types.js';
import { pairConnections, type Pairing } from './pair-exports.js';
import { dayOf } from '../util/iso-date.js';

/** One side of a comparison: an export's contacts, and the oldest invitation its Invitations.csv keeps. */
export interface Side {
  contacts: readonly Contact[];
  invitationsFrom: string | null;
}

/** Evidence the older export had and the newer one lacks: often why a label dropped. */
export interface Lost {
  id: 'invitation' | 'address-book' | 'messages' | 'endorsements' | 'recommendations';
  detail: string;
}

interface LabelChange {
  older: number;
  newer: number;
  lost: Lost[];
}

export interface ExportDiff extends Pairing {
  /** People in both exports whose label differs, in the newer export's order. */
  changed: LabelChange[];
}

/** Two exports of one account compared: who was added, who was removed, whose label changed. Pure. */
export function diffExports(older: Side, newer: Side): ExportDiff {
  const pairing = pairConnections(
    older.contacts.map((c) => c.connection),
    newer.contacts.map((c) => c.connection),
  );
  const changed = pairing.pairs
    .filter(([o, n]) => older.contacts[o]?.verdict.label !== newer.contacts[n]?.verdict.label)
    .map(([o, n]) => ({ older: o, newer: n, lost: lostEvidence(older.contacts[o]?.evidence, newer.contacts[n]?.evidence, newer.invitationsFrom) }))
    .sort((a, b) => a.newer - b.newer);
  return { ...pairing, changed };
}

const day = (iso: string | null) => (iso === null ? 'an unknown date' : dayOf(iso));

/**
 * Exports forget: Invitations.csv keeps only recent months, the owner prunes the address book,
 * conversations get deleted. Said plainly, so that a label that drops is not taken for a change
 * in the relationship.
 */
export function lostEvidence(before: Evidence | undefined, after: Evidence | undefined, invitationsFrom: string | null): Lost[] {
  if (before === undefined || after === undefined) return [];
  const lost: Lost[] = [];
  if (before.invitation !== null && after.invitation === null) {
    const window = invitationsFrom === null ? 'the newer export has none' : `the newer one starts on ${day(invitationsFrom)}`;
    lost.push({
      id: 'invitation',
      detail: `The invitation of ${day(before.invitation.sentAt)} is no longer in Invitations.csv, which keeps only recent months (${window})`,
    });
  }
  if (before.addressBook !== null && after.addressBook === null) lost.push({ id: 'address-book', detail: 'No longer in your address book (Contacts.csv)' });
  const [m, n] = [before.messages, after.messages];
  if (n.sent + n.received < m.sent + m.received) {
    lost.push({
      id: 'messages',
      detail: `Fewer 1:1 messages in messages.csv (${m.sent + m.received} → ${n.sent + n.received}): a conversation was deleted or archived out of the export`,
    });
  }
  const [e, f] = [before.endorsements, after.endorsements];
  if (f.given + f.received < e.given + e.received)
    lost.push({ id: 'endorsements', detail: `Fewer endorsements (${e.given + e.received} → ${f.given + f.received})` });
  const [r, s] = [before.recommendations, after.recommendations];
  if (s.given + s.received < r.given + r.received)
    lost.push({ id: 'recommendations', detail: `Fewer recommendations (${r.given + r.received} → ${s.given + s.received})` });
  return lost;
}
