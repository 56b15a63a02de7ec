import type { Label } from '../../plugin-api.js';
import { countLabels, labelsByYear } from '../../util/labels.js';
import type { Report, ReportContact } from '../schema.js';
import { strangerCompanies, strangersByAge } from '../strangers.js';
import { invitationFigures, type InvitationFigures } from './invitation-figures.js';

/** Rows a list on the page shows; the rest are counted in "and N more", so that the page stays the same size at 30,000 connections. */
export const LIST_CAP = 10;
/** Past this many years between the first and last connection (a forged date), only the years that have connections get a row. */
const YEAR_SPAN_CAP = 80;

export const SIGNALS = ['two-way', 'one-way', 'endorsements', 'recommendations', 'shared-employer', 'address-book', 'invitation-note'] as const;
export type SignalId = (typeof SIGNALS)[number];

/** Whether a contact's evidence holds each signal, as the page counts them. */
const HAS: Record<SignalId, (e: ReportContact['evidence']) => boolean> = {
  'two-way': (e) => e.messages.twoWay,
  'one-way': (e) => !e.messages.twoWay && e.messages.sent + e.messages.received > 0,
  endorsements: (e) => e.endorsements.given + e.endorsements.received > 0,
  recommendations: (e) => e.recommendations.given + e.recommendations.received > 0,
  'shared-employer': (e) => e.sharedEmployer !== null,
  'address-book': (e) => e.addressBook !== null,
  'invitation-note': (e) => e.invitation?.withNote === true,
};

interface YearRow {
  /** `YYYY`, or null for the connections without a date. */
  year: string | null;
  counts: Record<Label, number>;
}

interface Capped<T> {
  shown: T[];
  more: number;
}

/** What the audit page draws, all of it taken from the report that `audit --json` writes. */
export interface AuditFigures {
  total: number;
  byLabel: Record<Label, number>;
  years: YearRow[];
  signals: { id: SignalId; count: number }[];
  companies: Capped<{ name: string; strangers: number }>;
  oldest: Capped<ReportContact>;
  /** Null when the export has no Invitations.csv. */
  invitations: InvitationFigures | null;
}

export function auditFigures(report: Report): AuditFigures {
  const signals = new Map<SignalId, number>(SIGNALS.map((id) => [id, 0]));
  for (const contact of report.contacts) {
    for (const id of SIGNALS) if (HAS[id](contact.evidence)) signals.set(id, (signals.get(id) ?? 0) + 1);
  }
  const companies = strangerCompanies(report.contacts);
  const oldest = strangersByAge(report.contacts);
  return {
    total: report.summary.total,
    byLabel: report.summary.byLabel,
    years: yearRows(labelsByYear(report.contacts)),
    signals: SIGNALS.map((id) => ({ id, count: signals.get(id) ?? 0 })),
    companies: cap(companies.map(([name, strangers]) => ({ name, strangers }))),
    oldest: cap(oldest),
    invitations: report.invitations === null ? null : invitationFigures(report.invitations),
  };
}

/** Every year from the first connection to the last, empty ones included, then the undated. */
function yearRows(byYear: Map<string | null, Record<Label, number>>): YearRow[] {
  const dated = [...byYear.keys()].filter((y): y is string => y !== null).sort();
  const first = Number(dated[0]);
  const last = Number(dated.at(-1));
  const span = dated.length === 0 || last - first > YEAR_SPAN_CAP ? dated : Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
  const rows = span.map((year) => ({ year, counts: byYear.get(year) ?? countLabels() }));
  const undated = byYear.get(null);
  return undated === undefined ? rows : [...rows, { year: null, counts: undated }];
}

const cap = <T>(items: T[]): Capped<T> => ({ shown: items.slice(0, LIST_CAP), more: Math.max(0, items.length - LIST_CAP) });
