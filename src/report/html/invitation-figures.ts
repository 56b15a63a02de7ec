import type { ReportContact } from '../schema.js';

/** Past this many months from the first invitation to the last, the page counts them per year. */
const MONTH_SPAN_CAP = 24;
const YEAR_SPAN_CAP = 80;

export interface InvitationCounts {
  received: number;
  receivedNote: number;
  sent: number;
  sentNote: number;
}

interface InvitationPeriod extends InvitationCounts {
  /** `YYYY-MM` or `YYYY`; null for the invitations without a date. */
  period: string | null;
}

export interface InvitationFigures {
  all: InvitationCounts;
  unit: 'month' | 'year';
  periods: InvitationPeriod[];
}

const noCounts = (): InvitationCounts => ({ received: 0, receivedNote: 0, sent: 0, sentNote: 0 });

/**
 * The invitations the report knows: those of Invitations.csv from or to a connection, received and
 * sent, with a note or without, per month (every month from the first to the last, empty ones too).
 */
export function invitationFigures(contacts: readonly ReportContact[]): InvitationFigures {
  const all = noCounts();
  const dates: (string | null)[] = [];
  const invitations: NonNullable<ReportContact['evidence']['invitation']>[] = [];
  for (const contact of contacts) {
    const invitation = contact.evidence.invitation;
    if (invitation === null) continue;
    add(all, invitation);
    invitations.push(invitation);
    dates.push(invitation.sentAt);
  }
  const months = dates.filter((d): d is string => d !== null).map((d) => d.slice(0, 7));
  const first = months.reduce((a, b) => (b < a ? b : a), months[0] ?? '');
  const last = months.reduce((a, b) => (b > a ? b : a), months[0] ?? '');
  const unit = monthsBetween(first, last) < MONTH_SPAN_CAP ? 'month' : 'year';
  const keyOf = (sentAt: string | null) => (sentAt === null ? null : sentAt.slice(0, unit === 'month' ? 7 : 4));
  const byPeriod = new Map<string | null, InvitationPeriod>(periodsFrom(first, last, unit).map((period) => [period, { period, ...noCounts() }]));
  for (const invitation of invitations) {
    const period = keyOf(invitation.sentAt);
    const row = byPeriod.get(period) ?? { period, ...noCounts() };
    add(row, invitation);
    byPeriod.set(period, row);
  }
  const periods = [...byPeriod.values()].sort((a, b) => (a.period === null ? 1 : b.period === null ? -1 : a.period.localeCompare(b.period)));
  return { all, unit, periods };
}

function add(counts: InvitationCounts, invitation: { direction: 'incoming' | 'outgoing'; withNote: boolean }): void {
  if (invitation.direction === 'incoming') {
    counts.received++;
    if (invitation.withNote) counts.receivedNote++;
  } else {
    counts.sent++;
    if (invitation.withNote) counts.sentNote++;
  }
}

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthsBetween = (first: string, last: string) => (first === '' ? 0 : monthIndex(last) - monthIndex(first));

/** Every month (or year) from the first invitation's to the last's, oldest first. */
function periodsFrom(first: string, last: string, unit: 'month' | 'year'): string[] {
  if (first === '') return [];
  if (unit === 'year') {
    const from = Number(first.slice(0, 4));
    // A forged date a thousand years away would make a thousand rows: then only the years that have invitations get one.
    if (Number(last.slice(0, 4)) - from > YEAR_SPAN_CAP) return [];
    return Array.from({ length: Number(last.slice(0, 4)) - from + 1 }, (_, i) => String(from + i));
  }
  const from = monthIndex(first);
  return Array.from({ length: monthIndex(last) - from + 1 }, (_, i) => {
    const m = from + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}
