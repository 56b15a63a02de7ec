import type { MessagesSummary } from './messages/types.js';
import type { ExportDate } from './types.js';
import { dayOf } from '../util/iso-date.js';

/** LinkedIn names its archives `Basic_LinkedInDataExport_MM-DD-YYYY`; the unzipped folder keeps the name. */
const NAMED = /LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})/i;

/** The date in a path's `…LinkedInDataExport_MM-DD-YYYY`, as `YYYY-MM-DD`; null when there is none. */
export function dateInName(path: string): string | null {
  const match = NAMED.exec(path);
  if (match === null) return null;
  const [, month, day, year] = match;
  const date = `${year}-${month}-${day}`;
  return isRealDay(date) ? date : null;
}

const isRealDay = (date: string) => {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
};

export interface DateClues {
  /** Paths that may carry LinkedIn's archive name: the export given, and its Connections.csv. */
  names: readonly string[];
  /** The zip's date for Connections.csv, when the export is a zip. */
  fileDate: string | null | undefined;
  /** The newest dated row of any file (see newestRecord). */
  newest: string | null;
}

/**
 * Days a zip's file dates may run past the newest record and still be believed. LinkedIn prepares an
 * export within a day of asking (§2.3), and an account in use gets invitations and messages every few
 * days. Past this, the zip is more likely a copy of an old export zipped again, whose entries carry
 * the day of the copy (any copy resets file dates); the export is then only known to be no older than
 * its newest record, and is said to be, so that the warning about an old export still shows.
 */
const FILE_DATE_MARGIN_DAYS = 30;

/**
 * When the export was made: the date in its name, else the zip's file dates, else its newest record.
 * An export cannot be older than a row it holds, so a name or file date before the newest record (a
 * renamed folder, a zip re-made with a wrong clock) is not believed; nor are file dates more than
 * FILE_DATE_MARGIN_DAYS after it (an old export re-zipped).
 */
export function exportDateOf(clues: DateClues): ExportDate {
  const plausible = (date: string | null | undefined): date is string => typeof date === 'string' && (clues.newest === null || date >= clues.newest);
  const named = clues.names.map(dateInName).find((date) => date !== null);
  if (plausible(named)) return { date: named, from: 'name' };
  if (plausible(clues.fileDate) && (clues.newest === null || daysBetween(clues.newest, clues.fileDate) <= FILE_DATE_MARGIN_DAYS)) {
    return { date: clues.fileDate, from: 'file-dates' };
  }
  return clues.newest === null ? { date: null, from: null } : { date: clues.newest, from: 'newest-record' };
}

const daysBetween = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

interface Dated {
  connections: readonly { connectedOn: string | null }[];
  invitations: Iterable<{ sentAt: string | null }>;
  endorsementsReceived: readonly { date: string | null }[];
  endorsementsGiven: readonly { date: string | null }[];
  recommendationsReceived: readonly { date: string | null }[];
  recommendationsGiven: readonly { date: string | null }[];
  messages: MessagesSummary | null;
}

/** The day of the newest dated row in the export (ISO dates and date-times are compared by their day). */
export function newestRecord(exp: Dated): string | null {
  let newest: string | null = null;
  const see = (date: string | null | undefined) => {
    const day = date == null ? undefined : dayOf(date);
    if (day !== undefined && (newest === null || day > newest)) newest = day;
  };
  for (const c of exp.connections) see(c.connectedOn);
  for (const i of exp.invitations) see(i.sentAt);
  for (const list of [exp.endorsementsReceived, exp.endorsementsGiven, exp.recommendationsReceived, exp.recommendationsGiven]) {
    for (const row of list) see(row.date);
  }
  for (const conversation of exp.messages?.conversations ?? []) see(conversation.last?.date);
  return newest;
}
