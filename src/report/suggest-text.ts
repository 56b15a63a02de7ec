import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { SuggestReport } from './suggest-schema.js';
import { exportDateLines } from './export-age.js';

const TIERS = [
  ['strong', 'Strong evidence'],
  ['good', 'Good evidence'],
  ['some', 'Some evidence'],
] as const;

/** People to invite, strongest evidence first, each with why. */
export function renderSuggestions(report: SuggestReport, c: Colour): string {
  const { summary } = report;
  const out = [
    c.bold(`People you know who are not among your ${report.input.connections} connections (${safeText(report.input.path)}): ${summary.suggestions}`),
    ...exportDateLines(report.input.exportDate, c),
  ];
  const width = String(report.suggestions.length).length;
  for (const [tier, title] of TIERS) {
    const list = report.suggestions.filter((s) => s.tier === tier);
    if (list.length === 0) continue;
    out.push('', c.bold(`${title} (${list.length})`));
    for (const s of list) {
      const link = s.person.url === null ? c.dim('no profile URL in the export') : safeText(s.person.url);
      out.push(`  ${String(s.rank).padStart(width)}. ${c.bold(safeText(s.name) || '(no name)')}  ${link}`);
      for (const signal of s.person.signals) out.push(`  ${' '.repeat(width)}    • ${safeText(signal.detail)}`);
      for (const note of s.person.notes) out.push(`  ${' '.repeat(width)}    ${c.dim(`· ${safeText(note.detail)}`)}`);
    }
  }
  if (summary.suggestions === 0) out.push('', 'Nobody: everyone the export shows you know is already a connection.');
  const left = [
    summary.leftOut.notProfessional > 0 &&
      `${summary.leftOut.notProfessional} ${summary.leftOut.notProfessional === 1 ? 'person' : 'people'} known only from your phone's address book (a phone number or a personal e-mail, nothing professional)`,
    summary.leftOut.singleName > 0 &&
      `${summary.leftOut.singleName} address-book ${summary.leftOut.singleName === 1 ? 'entry' : 'entries'} with a single name and no e-mail`,
    summary.leftOut.ambiguous > 0 &&
      `${summary.leftOut.ambiguous} ${summary.leftOut.ambiguous === 1 ? 'record whose name fits' : 'records whose names fit'} several of your connections`,
  ].filter((t): t is string => typeof t === 'string');
  out.push('');
  if (left.length > 0) out.push(c.dim(`Left out: ${left.join('; ')}.`));
  out.push(c.dim('Only professional evidence counts: conversations, recommendations, endorsements, a shared employer, and address-book'));
  out.push(c.dim('entries with a work e-mail or a company. Positions.csv lists only your own employers, so a colleague shows only'));
  out.push(c.dim('where another file gives their company or a group is named after an employer.'));
  return `${out.join('\n')}\n`;
}
