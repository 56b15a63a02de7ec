import { z } from 'zod';
import type { ExportDate } from '../export/types.js';
import type { Colour } from '../util/colour.js';
import { dayOf, isoDay } from '../util/iso-date.js';

/**
 * An export is a snapshot: past three months, people it calls strangers may have become friends,
 * and its invitations have been answered, withdrawn or forgotten.
 */
const STALE_MONTHS = 3;

/** The first day that is not stale as of `today` (`YYYY-MM-DD`): the same day three months before, or the month's last. */
export function staleBefore(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - STALE_MONTHS, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return isoDay(first);
}

/** True when an ISO date or date-time is more than three months before `today`. */
export const isStale = (date: string, today: string): boolean => dayOf(date) < staleBefore(today);

export const exportDateSchema = z
  .object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
    from: z.enum(['name', 'file-dates', 'newest-record']).nullable().describe('newest-record: the export was made that day or later'),
    stale: z.boolean().describe('more than three months before the day the report was made for'),
  })
  .describe('when the export was made');
export type ExportDateReport = z.infer<typeof exportDateSchema>;

export const exportDateReport = (exportDate: ExportDate, today: string): ExportDateReport => ({
  ...exportDate,
  stale: exportDate.date !== null && isStale(exportDate.date, today),
});

const FROM = { name: 'from the archive’s name', 'file-dates': 'from the dates of the files in the zip' } as const;

/** `Exported on 2026-11-20 (from the archive’s name)`, said by every report. */
export function describeExportDate({ date, from }: Pick<ExportDateReport, 'date' | 'from'>): string {
  if (date === null) return 'Export date unknown: nothing in it is dated';
  if (from === 'newest-record') return `Exported on ${date} or later (the date of its newest record)`;
  return `Exported on ${date} (${FROM[from ?? 'name']})`;
}

/** The warning for an export more than three months old; null otherwise. */
export function staleWarning(report: ExportDateReport): string | null {
  if (!report.stale || report.date === null) return null;
  const fresh = 'Download a fresh one (Settings → Data privacy → Get a copy of your data)';
  if (report.from === 'newest-record') {
    return `The newest record in this export is from ${report.date}, more than three months ago: it is probably an old export, and nothing that happened since is in it. ${fresh}.`;
  }
  return `This export is from ${report.date}, more than three months ago: nothing that happened since is in it. ${fresh}.`;
}

/** The lines every text report opens with under its title: the export's date, and the warning when it is old. */
export function exportDateLines(report: ExportDateReport, c: Colour): string[] {
  const warning = staleWarning(report);
  return [c.dim(describeExportDate(report)), ...(warning === null ? [] : [c.yellow(`! ${warning}`)])];
}
