import type { Contact } from '../classify/index.js';
import type { Evidence } from '../evidence/types.js';
import { pairConnections, type Pairing } from './pair-exports.js';
import { dayOf } from '../util/iso-date.js';
import type { Translator } from '../i18n/translator.js';

/** One side of a comparison: an export's contacts, and the oldest invitation its Invitations.csv keeps. */
export interface Side {
  contacts: readonly Contact[];
  invitationsFrom: string | null;
}

/** Evidence the older export had and the newer one lacks: often why a label dropped. `say` says it in a language. */
export interface Lost {
  id: 'invitation' | 'address-book' | 'messages' | 'endorsements' | 'recommendations';
  say: (t: Translator) => string;
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

const day = (t: Translator, iso: string | null) => (iso === null ? t('diff.unknownDate') : { day: dayOf(iso) });

/**
 * Exports forget: Invitations.csv keeps only recent months, the owner prunes the address book,
 * conversations get deleted. Said plainly, so that a label that drops is not taken for a change
 * in the relationship.
 */
export function lostEvidence(before: Evidence | undefined, after: Evidence | undefined, invitationsFrom: string | null): Lost[] {
  if (before === undefined || after === undefined) return [];
  const lost: Lost[] = [];
  if (before.invitation !== null && after.invitation === null) {
    const sentAt = before.invitation.sentAt;
    lost.push({
      id: 'invitation',
      say: (t) =>
        invitationsFrom === null
          ? t('diff.lost.invitationNone', { date: day(t, sentAt) })
          : t('diff.lost.invitation', { date: day(t, sentAt), from: day(t, invitationsFrom) }),
    });
  }
  if (before.addressBook !== null && after.addressBook === null) lost.push({ id: 'address-book', say: (t) => t('diff.lost.addressBook') });
  const [m, n] = [before.messages, after.messages];
  if (n.sent + n.received < m.sent + m.received) {
    lost.push({ id: 'messages', say: (t) => t('diff.lost.messages', { before: m.sent + m.received, after: n.sent + n.received }) });
  }
  const [e, f] = [before.endorsements, after.endorsements];
  if (f.given + f.received < e.given + e.received)
    lost.push({ id: 'endorsements', say: (t) => t('diff.lost.endorsements', { before: e.given + e.received, after: f.given + f.received }) });
  const [r, s] = [before.recommendations, after.recommendations];
  if (s.given + s.received < r.given + r.received)
    lost.push({ id: 'recommendations', say: (t) => t('diff.lost.recommendations', { before: r.given + r.received, after: s.given + s.received }) });
  return lost;
}
