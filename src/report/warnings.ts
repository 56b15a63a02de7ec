import type { Evidence } from '../evidence/types.js';
import type { LinkedInExport } from '../export/types.js';
import { exportDateReport, staleWarning } from './export-age.js';

/** Facts about the input that change how the result should be read; `today` is the day judged as of. */
export function readWarnings(exp: Pick<LinkedInExport, 'exportDate' | 'missing' | 'owner' | 'files' | 'connections'>, today: string): string[] {
  const warnings: string[] = [];
  const stale = staleWarning(exportDateReport(exp.exportDate, today));
  if (stale !== null) warnings.push(stale);
  const missing = new Set(exp.missing);
  if (missing.has('messages')) {
    warnings.push('No messages.csv: everyone without other evidence looks like a stranger. Request the export with messages included.');
  }
  if (!missing.has('invitations')) {
    warnings.push('Invitations.csv only covers the last months before the export: older invitations are not known.');
  }
  if (exp.owner.key === null && !missing.has('messages')) {
    warnings.push('The owner could not be found in messages.csv, so message directions are unknown: pass --me <your profile URL>.');
  }
  for (const file of exp.files) warnings.push(...file.warnings);
  const noUrl = exp.connections.filter((c) => c.key === null).length;
  if (noUrl > 0 && exp.connections.length > 0) {
    warnings.push(`${noUrl} connection(s) have no profile URL (exports before mid-2023): they are matched by name, which is less certain.`);
  }
  return warnings;
}

/** Connections that share a name with another and records that fit both: each one's reasons say what. */
export function sameNameWarnings(evidence: readonly Evidence[]): string[] {
  const count = evidence.filter((e) => e.sameName !== null).length;
  if (count === 0) return [];
  return [
    `${count} connection(s) share their name with another connection, and the export has records that fit both: counted for none of them, and said in their reasons (same-name; see netprune explain).`,
  ];
}
