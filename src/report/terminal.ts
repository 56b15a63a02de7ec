import type { Report, ReportContact } from './schema.js';
import { labelColour, type Colour } from '../util/colour.js';
import { fitWidth, safeText } from '../util/terminal-text.js';
import { LABELS, type Label } from '../plugin-api.js';
import { countLabels, totalOf } from '../util/labels.js';
import { strangerCompanies, strangersByAge } from './strangers.js';

const BAR_WIDTH = 40;
/** Without colour the labels still differ by shade. */
const BLOCKS = { known: '█', 'weak-tie': '▓', stranger: '░' } as const;

/** The audit as a person reads it: totals, a chart by year, where the strangers are. */
export function renderAudit(report: Report, c: Colour): string {
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
  const companies = strangerCompanies(report.contacts).slice(0, 8);
  if (companies.length > 0) {
    out.push('', c.bold('Companies with the most strangers'));
    for (const [company, count] of companies) out.push(`  ${fitWidth(safeText(company), 36)} ${n(count).padStart(5)}`);
  }
  const oldest = strangersByAge(report.contacts).slice(0, 8);
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
    out.push('', `Next: ${c.bold(`netprune review ${shellQuote(safeText(report.input.path))}`)} to keep or remove them, one card at a time.`);
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

const shellQuote = (text: string) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

const n = (value: number) => value.toLocaleString('en-US');
const pct = (part: number, whole: number) => (whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`);
