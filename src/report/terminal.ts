import type { Report, ReportContact } from './schema.js';
import { labelColour, type Colour } from '../util/colour.js';
import { fitWidth, safeText } from '../util/terminal-text.js';
import { LABELS, type Label } from '../plugin-api.js';
import { labelsByYear, percent, totalOf } from '../util/labels.js';
import { shellQuote } from '../util/shell-quote.js';
import { strangerCompanies, strangersByAge } from './strangers.js';
import { sayNotice, type Notice } from '../i18n/notice.js';
import type { Translator } from '../i18n/translator.js';

const BAR_WIDTH = 40;
/** Without colour the labels still differ by shade. */
const BLOCKS = { known: '█', 'weak-tie': '▓', stranger: '░' } as const;

/**
 * The audit as a person reads it: totals, a chart by year, where the strangers are. `warnings` are
 * the analysis's, said in `t`'s language (the report's own are English, for the JSON). `flags`: the
 * options in force, repeated in the next command suggested (config/flags.ts).
 */
export function renderAudit(report: Report, warnings: readonly Notice[], t: Translator, c: Colour, flags = ''): string {
  const out: string[] = [];
  const { total, byLabel } = report.summary;
  const owner = safeText(`${report.input.owner.firstName} ${report.input.owner.lastName}`.trim());
  out.push(
    c.bold(owner === '' ? t('audit.titleNoOwner', { count: total }) : t('audit.title', { owner, count: total })) +
      c.dim(`  ${t('audit.rules', { name: safeText(report.classifier.name) })}`),
  );
  out.push('');
  const names = labelNames(t);
  const width = Math.max(...LABELS.map((label) => names[label].length));
  for (const label of LABELS) {
    const count = byLabel[label];
    const bar = BLOCKS[label].repeat(total === 0 ? 0 : Math.round((count / total) * BAR_WIDTH));
    const share = t.percent(percent(count, total) / 100);
    out.push(`  ${labelColour(c, label)(names[label].padEnd(width))} ${t.number(count).padStart(7)}  ${share.padStart(5)}  ${labelColour(c, label)(bar)}`);
  }
  out.push('', ...yearChart(report.contacts, t, c));
  const companies = strangerCompanies(report.contacts).slice(0, 8);
  if (companies.length > 0) {
    out.push('', c.bold(t('audit.topCompanies')));
    for (const [company, count] of companies) out.push(`  ${fitWidth(safeText(company), 36)} ${t.number(count).padStart(5)}`);
  }
  const oldest = strangersByAge(report.contacts).slice(0, 8);
  if (oldest.length > 0) {
    out.push('', c.bold(t('audit.oldestStrangers')));
    const days = oldest.map((s) => (s.connectedOn === null ? '?' : t.date(s.connectedOn)));
    const dayWidth = Math.max(...days.map((d) => d.length));
    oldest.forEach((s, i) => {
      const who = fitWidth(safeText(`${s.firstName} ${s.lastName}`), 28);
      out.push(`  ${days[i]!.padEnd(dayWidth)}  ${who} ${c.dim(fitWidth(jobText(s, t), 40).trimEnd())}`);
    });
  }
  if (warnings.length > 0) {
    out.push('');
    for (const w of warnings) out.push(c.yellow(`! ${safeText(sayNotice(w, t))}`));
  }
  if (byLabel.stranger + byLabel['weak-tie'] > 0) {
    const command = t('audit.reviewCommand', { path: `${shellQuote(report.input.path)}${flags}` });
    out.push('', t('audit.next', { command: c.bold(command) }));
  }
  return `${out.join('\n')}\n`;
}

/** Each label as the language names it: `stranger` · `inconnu`. */
export const labelNames = (t: Translator): Record<Label, string> => ({
  known: t('label.known'),
  'weak-tie': t('label.weak-tie'),
  stranger: t('label.stranger'),
});

/** `Position at Company`, or whichever of the two the export has, safe to print. */
export function jobText(person: { position: string; company: string }, t: Translator): string {
  const [position, company] = [safeText(person.position.trim()), safeText(person.company.trim())];
  return position !== '' && company !== '' ? t('audit.job', { position, company }) : position || company;
}

/** One row per year connected: a bar split into known / weak-tie / stranger. */
function yearChart(contacts: ReportContact[], t: Translator, c: Colour): string[] {
  const years = [...labelsByYear(contacts)].map(([year, row]) => [year ?? '?', row] as const);
  const max = Math.max(1, ...years.map(([, row]) => totalOf(row)));
  const names = labelNames(t);
  const lines = [`${c.bold(t('audit.perYear'))}  ${LABELS.map((l) => labelColour(c, l)(`${BLOCKS[l]} ${names[l]}`)).join('  ')}`];
  for (const [year, row] of years.sort(([a], [b]) => a.localeCompare(b))) {
    const total = totalOf(row);
    const bar = LABELS.map((l) => labelColour(c, l)(BLOCKS[l].repeat(Math.round((row[l] / max) * BAR_WIDTH)))).join('');
    lines.push(`  ${year.padEnd(4)} ${t.number(total).padStart(6)}  ${bar}`);
  }
  return lines;
}
