import * as z from 'zod';
import type { ExportDate } from '../export/types.js';
import type { Colour } from '../util/colour.js';
import { dayOf, isoDay } from '../util/iso-date.js';
import type { Message, Translator } from '../i18n/translator.js';

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

/** `Exported on Nov 20, 2026 (from the archive’s name)`, said by every report; ENGLISH_FOR_JSON says it with an ISO day. */
export function describeExportDate({ date, from }: Pick<ExportDateReport, 'date' | 'from'>, t: Translator): string {
  if (date === null) return t('exportDate.unknown');
  const day = { day: date };
  if (from === 'newest-record') return t('exportDate.orLater', { date: day });
  return t(from === 'file-dates' ? 'exportDate.fromFileDates' : 'exportDate.fromName', { date: day });
}

/** The warning for an export more than three months old; null otherwise. */
export function staleMessage(report: ExportDateReport): Message | null {
  if (!report.stale || report.date === null) return null;
  return { key: report.from === 'newest-record' ? 'warning.staleNewestRecord' : 'warning.stale', values: { date: { day: report.date } } };
}

/** The same warning, said. */
export function staleWarning(report: ExportDateReport, t: Translator): string | null {
  const stale = staleMessage(report);
  return stale === null ? null : t.message(stale);
}

/** The lines every text report opens with under its title: the export's date, and the warning when it is old. */
export function exportDateLines(report: ExportDateReport, c: Colour, t: Translator): string[] {
  const warning = staleWarning(report, t);
  return [c.dim(describeExportDate(report, t)), ...(warning === null ? [] : [c.yellow(`! ${warning}`)])];
}
