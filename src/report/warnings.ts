import type { Evidence } from '../evidence/types.js';
import type { LinkedInExport } from '../export/types.js';
import type { Notice } from '../i18n/notice.js';
import { BESIDE } from '../export/locate.js';
import { dirname } from 'node:path';
import { shellQuote } from '../util/shell-quote.js';
import { exportDateReport, staleMessage } from './export-age.js';

/** Facts about the input that change how the result should be read; `today` is the day judged as of. */
export function readWarnings(
  exp: Pick<LinkedInExport, 'exportDate' | 'missing' | 'owner' | 'files' | 'connections' | 'ignored' | 'source'>,
  today: string,
): Notice[] {
  const warnings: Notice[] = [];
  const stale = staleMessage(exportDateReport(exp.exportDate, today));
  if (stale !== null) warnings.push(stale);
  const missing = new Set(exp.missing);
  const beside = exp.ignored.filter((item) => item.reason === BESIDE).length;
  // The export's other files lie beside the Connections.csv given: its messages are not missing, only unread.
  if (beside > 0) warnings.push({ key: 'warning.besideLoneCsv', values: { count: beside, folder: shellQuote(dirname(exp.source.path)) } });
  else if (missing.has('messages')) warnings.push({ key: 'warning.noMessages' });
  if (!missing.has('invitations')) warnings.push({ key: 'warning.invitationsRecent' });
  if (exp.owner.key === null && !missing.has('messages')) warnings.push({ key: 'warning.ownerNotFound' });
  for (const file of exp.files) warnings.push(...file.warnings);
  const noUrl = exp.connections.filter((c) => c.key === null).length;
  if (noUrl > 0 && exp.connections.length > 0) warnings.push({ key: 'warning.noProfileUrl', values: { count: noUrl } });
  return warnings;
}

/** Connections that share a name with another and records that fit both: each one's reasons say what. */
export function sameNameWarnings(evidence: readonly Evidence[]): Notice[] {
  const count = evidence.filter((e) => e.sameName !== null).length;
  return count === 0 ? [] : [{ key: 'warning.sameName', values: { count } }];
}
