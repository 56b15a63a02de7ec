import { noInvitations, type InvitationWindow } from '../../network/invitation-window.js';

/** Past this many months from the first invitation to the last, the page counts them per year. */
const MONTH_SPAN_CAP = 24;
/** Past this many years (a forged date), only the years that have invitations get a row. */
const YEAR_SPAN_CAP = 80;

export type InvitationCounts = InvitationWindow['undated'];

interface InvitationPeriod extends InvitationCounts {
  /** `YYYY-MM` or `YYYY`; null for the invitations without a date. */
  period: string | null;
}

export interface InvitationFigures {
  all: InvitationCounts;
  unit: 'month' | 'year';
  periods: InvitationPeriod[];
}

/**
 * The report's invitations as the page draws them: every month from the first to the last, empty
 * ones too (or every year, when they span more than two), then the undated.
 */
export function invitationFigures(window: InvitationWindow): InvitationFigures {
  const { months, undated, ...all } = window;
  const first = months[0]?.month ?? '';
  const last = months.at(-1)?.month ?? '';
  const unit = first === '' || monthIndex(last) - monthIndex(first) < MONTH_SPAN_CAP ? 'month' : 'year';
  const byPeriod = new Map<string, InvitationPeriod>(periodsFrom(first, last, unit).map((period) => [period, { period, ...noInvitations() }]));
  for (const { month, ...counts } of months) {
    const period = unit === 'month' ? month : month.slice(0, 4);
    const row = byPeriod.get(period) ?? { period, ...noInvitations() };
    byPeriod.set(period, sum(row, counts));
  }
  const periods = [...byPeriod.values()].sort((a, b) => (a.period ?? '').localeCompare(b.period ?? ''));
  if (undated.received + undated.sent > 0) periods.push({ period: null, ...undated });
  return { all, unit, periods };
}

const sum = (row: InvitationPeriod, c: InvitationCounts): InvitationPeriod => ({
  period: row.period,
  received: row.received + c.received,
  receivedWithNote: row.receivedWithNote + c.receivedWithNote,
  sent: row.sent + c.sent,
  sentWithNote: row.sentWithNote + c.sentWithNote,
});

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** Every month (or year) from the first invitation's to the last's, oldest first. */
function periodsFrom(first: string, last: string, unit: 'month' | 'year'): string[] {
  if (first === '') return [];
  if (unit === 'year') {
    const from = Number(first.slice(0, 4));
    const to = Number(last.slice(0, 4));
    return to - from > YEAR_SPAN_CAP ? [] : Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
  }
  const from = monthIndex(first);
  return Array.from({ length: monthIndex(last) - from + 1 }, (_, i) => {
    const m = from + i;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}
