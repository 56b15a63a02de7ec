import type { Report, ReportContact } from './schema.js';
import { labelColour, type Colour } from '../util/colour.js';
import { fitWidth, safeText } from '../util/terminal-text.js';
import { LABELS, type Label } from '../plugin-api.js';
import { countLabels, totalOf } from '../util/labels.js';
import { shellQuote } from '../util/shell-quote.js';

const BAR_WIDTH = 40;
/** Without colour the labels still differ by shade. */
const BLOCKS = { known: '█', 'weak-tie': '▓', stranger: '░' } as const;

/** The audit as a person reads it: totals, a chart by year, where the strangers are. */
/** `flags`: the options in force, repeated in the next command suggested (config/flags.ts). */
export function renderAudit(report: Report, c: Colour, flags = ''): string {
  const out: string[] = [];
  const { total, byLabel } = report.summary;
  const owner = safeText(`${report.input.owner.firstName} ${report.input.owner.lastName}`.trim());
  out.push(
    c.bold(owner === '' ? `Your network: ${n(total)} connections` : `Network of ${owner}: ${n(total)} connections`) +
      c.dim(`  (rules: ${safeText(report.classifier.name)})`),
  );
  out.push('');
  for (const label of LABELS) {
    const count = byLabel[label];
    const bar = BLOCKS[label].repeat(total === 0 ? 0 : Math.round((count / total) * BAR_WIDTH));
    out.push(`  ${labelColour(c, label)(label.padEnd(9))} ${n(count).padStart(7)}  ${pct(count, total).padStart(4)}  ${labelColour(c, label)(bar)}`);
  }
  out.push('', ...yearChart(report.contacts, c));
  const companies = topStrangerCompanies(report.contacts);
  if (companies.length > 0) {
    out.push('', c.bold('Companies with the most strangers'));
    for (const [company, count] of companies) out.push(`  ${fitWidth(safeText(company), 36)} ${n(count).padStart(5)}`);
  }
  const oldest = oldestStrangers(report.contacts);
  if (oldest.length > 0) {
    out.push('', c.bold('Strangers connected the longest'));
    for (const s of oldest) {
      const who = fitWidth(safeText(`${s.firstName} ${s.lastName}`), 28);
      const where = fitWidth(safeText([s.position, s.company].filter(Boolean).join(' at ')), 40);
      out.push(`  ${s.connectedOn ?? '    ?     '}  ${who} ${c.dim(where.trimEnd())}`);
    }
  }
  if (report.warnings.length > 0) {
    out.push('');
    for (const w of report.warnings) out.push(c.yellow(`! ${safeText(w)}`));
  }
  if (byLabel.stranger + byLabel['weak-tie'] > 0) {
    out.push('', `Next: ${c.bold(`netprune review ${shellQuote(report.input.path)}${flags}`)} to keep or remove them, one card at a time.`);
  }
  return `${out.join('\n')}\n`;
}

/** One row per year connected: a bar split into known / weak-tie / stranger. */
function yearChart(contacts: ReportContact[], c: Colour): string[] {
  const years = new Map<string, Record<Label, number>>();
  for (const contact of contacts) {
    const year = contact.connectedOn?.slice(0, 4) ?? '?';
    const row = years.get(year) ?? countLabels();
    row[contact.label]++;
    years.set(year, row);
  }
  const max = Math.max(1, ...[...years.values()].map(totalOf));
  const lines = [`${c.bold('Connections per year')}  ${LABELS.map((l) => labelColour(c, l)(`${BLOCKS[l]} ${l}`)).join('  ')}`];
  for (const [year, row] of [...years].sort(([a], [b]) => a.localeCompare(b))) {
    const total = totalOf(row);
    const bar = LABELS.map((l) => labelColour(c, l)(BLOCKS[l].repeat(Math.round((row[l] / max) * BAR_WIDTH)))).join('');
    lines.push(`  ${year.padEnd(4)} ${n(total).padStart(6)}  ${bar}`);
  }
  return lines;
}

// Not companies: many strangers "at Freelance" say nothing about where they come from.
const NOT_A_COMPANY =
  /^(freelance|freelancer|independent|indépendant|indépendante|self[- ]employed|auto[- ]?entrepreneur|consultant|retired|retraité|retraitée|student|étudiant|étudiante|n\/a|-|\.)$/i;

function topStrangerCompanies(contacts: ReportContact[]): [string, number][] {
  const counts = new Map<string, [string, number]>();
  for (const c of contacts) {
    if (c.label !== 'stranger' || c.company === '' || NOT_A_COMPANY.test(c.company.trim())) continue;
    const key = c.company.toLowerCase();
    const entry = counts.get(key) ?? [c.company, 0];
    entry[1]++;
    counts.set(key, entry);
  }
  return [...counts.values()]
    .filter(([, k]) => k > 1)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8);
}

function oldestStrangers(contacts: ReportContact[]): ReportContact[] {
  return contacts
    .filter((c) => c.label === 'stranger' && c.connectedOn !== null)
    .sort((a, b) => (a.connectedOn ?? '').localeCompare(b.connectedOn ?? ''))
    .slice(0, 8);
}

const n = (value: number) => value.toLocaleString('en-US');
const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);
