import type { Report } from './schema.js';
import { safeText } from '../util/terminal-text.js';
import { markdownProfileLink, markdownText } from './emit/markdown.js';

const COLUMNS = ['url', 'firstName', 'lastName', 'company', 'position', 'connectedOn', 'label', 'reasons'] as const;

/** Cells are export text: escape sequences go, so that `cat`-ing the file in a terminal is safe too. */
const rowsOf = (report: Report): string[][] =>
  report.contacts.map((c) =>
    [c.url ?? '', c.firstName, c.lastName, c.company, c.position, c.connectedOn ?? '', c.label, c.reasons.map((r) => `${r.rule}: ${r.detail}`).join(' | ')].map(
      safeText,
    ),
  );

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": leading = + - @ tab CR)
 * is prefixed with an apostrophe, which spreadsheets show as text.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string): string {
  const safe = neutraliseCell(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const toCsvLine = (cells: string[]): string => cells.map(csvCell).join(',');

/** The contact list for a spreadsheet: one row per connection, CRLF as RFC 4180 says. */
export function renderCsv(report: Report): string {
  return `${[toCsvLine([...COLUMNS]), ...rowsOf(report).map(toCsvLine)].join('\r\n')}\r\n`;
}

export function renderMarkdown(report: Report): string {
  const lines = [
    `# LinkedIn audit: ${report.summary.total} connections`,
    '',
    `known ${report.summary.byLabel.known} · weak-tie ${report.summary.byLabel['weak-tie']} · stranger ${report.summary.byLabel.stranger}`,
    '',
    '| Name | Company | Position | Connected | Label | Why |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of report.contacts) {
    const linked = markdownProfileLink(`${c.firstName} ${c.lastName}`.trim(), c.url);
    const why = c.reasons.map((r) => markdownText(r.detail)).join('; ');
    lines.push(`| ${linked} | ${markdownText(c.company)} | ${markdownText(c.position)} | ${c.connectedOn ?? ''} | ${c.label} | ${why} |`);
  }
  return `${lines.join('\n')}\n`;
}
