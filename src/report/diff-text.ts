import type { Translator } from '../i18n/translator.js';
import { LABELS, type Label } from '../plugin-api.js';
import { labelColour, type Colour } from '../util/colour.js';
import { displayWidth, fitWidth, safeText } from '../util/terminal-text.js';
import type { DiffReport } from './diff-schema.js';
import { describeExportDate, staleWarning } from './export-age.js';

type Person = DiffReport['added'][number];

const firstReason = (p: { reasons: { detail: string }[] }) => safeText(p.reasons[0]?.detail ?? '');

/**
 * Two exports compared, as a person reads it: who came, who went, who changed, what is left to do.
 * The `detail` texts come made in `t`'s language by the command (English in the JSON).
 */
export function renderDiff(report: DiffReport, c: Colour, t: Translator): string {
  const { summary: s, older, newer } = report;
  const nameOf = (p: Pick<Person, 'firstName' | 'lastName'>) => safeText(`${p.firstName.trim()} ${p.lastName.trim()}`.trim()) || t('diff.noName');
  const roleOf = ({ position, company }: Pick<Person, 'position' | 'company'>) =>
    safeText(
      position.trim() !== '' && company.trim() !== ''
        ? t('diff.role', { position: position.trim(), company: company.trim() })
        : position.trim() || company.trim(),
    );
  const said = (label: string) => t(`label.${label as Label}`);
  const labelWidth = Math.max(...LABELS.map((label) => displayWidth(said(label))));
  const paint = (label: string) => labelColour(c, label)(fitWidth(said(label), labelWidth));
  const out = [
    c.bold(`${safeText(older.path)} → ${safeText(newer.path)}`),
    `  ${t('diff.counts', { older: older.connections, newer: newer.connections, added: s.added, removed: s.removed, inBoth: s.inBoth, count: s.relabelled })}`,
    c.dim(`  ${t('diff.judged', { classifier: safeText(report.classifier.name), date: { day: report.judgedOn } })}`),
    ...[older, newer].map((input) => c.dim(`  ${t('diff.exportDate', { path: safeText(input.path), date: describeExportDate(input.exportDate, t) })}`)),
  ];
  // The older export is old by design; only the newer one's age says what the comparison misses.
  const stale = staleWarning(newer.exportDate, t);
  if (stale !== null) out.push(c.yellow(`  ! ${stale}`));
  if (s.matchedByName > 0) out.push(c.dim(`  ${t('diff.matchedByName', { count: s.matchedByName })}`));

  const row = (p: Person, tail: string) => `  ${paint(p.label)}  ${fitWidth(nameOf(p), 26)} ${c.dim(fitWidth(roleOf(p), 38))} ${tail}`.trimEnd();
  if (report.added.length > 0) {
    out.push('', c.bold(t('diff.added', { count: report.added.length })));
    for (const p of report.added) out.push(row(p, firstReason(p)));
  }
  if (report.removed.length > 0) {
    out.push('', c.bold(t('diff.removed', { count: report.removed.length })));
    for (const p of report.removed) out.push(row(p, p.decision === null ? '' : c.dim(t(`diff.youMarked.${p.decision}`))));
  }
  if (report.relabelled.length > 0) {
    out.push('', c.bold(t('diff.changed', { count: report.relabelled.length })));
    for (const p of report.relabelled) {
      out.push(`  ${c.bold(nameOf(p))}  ${c.dim(roleOf(p))}`);
      out.push(`    ${labelColour(c, p.before.label)(said(p.before.label))} → ${labelColour(c, p.after.label)(said(p.after.label))}`);
      out.push(`    ${c.dim(t('diff.was'))} ${firstReason(p.before)}`);
      out.push(`    ${c.dim(t('diff.now'))} ${firstReason(p.after)}`);
      for (const lost of p.lost) out.push(`    ${c.dim(t('diff.why'))} ${safeText(lost.detail)}`);
    }
  }
  const d = report.decisions;
  if (d !== null) {
    out.push('', c.bold(t('diff.decisions', { path: safeText(d.path) })));
    const marked = { count: d.marked, done: d.done, pending: d.pending.length };
    out.push(`  ${d.unclear.length > 0 ? t('diff.markedUnclear', { ...marked, unclear: d.unclear.length }) : t('diff.marked', marked)}`);
    if (d.pending.length > 0) {
      out.push('', c.bold(t('diff.stillConnected', { count: d.pending.length })));
      for (const p of d.pending)
        out.push(
          `  ${fitWidth(nameOf(p), 26)} ${p.url === null ? c.dim(t(p.matchedBy.startsWith('name') ? 'diff.noUrlByName' : 'diff.noUrl')) : safeText(p.url)}${p.matchedBy === 'url-changed' ? ` ${c.dim(t('diff.urlChanged'))}` : ''}`,
        );
    } else if (d.marked > 0 && d.unclear.length === 0 && d.unchecked.length === 0) out.push(c.green(`  ${t('diff.done')}`));
    if (d.unchecked.length > 0)
      out.push(c.yellow(`  ! ${t('diff.unchecked', { count: d.unchecked.length, names: d.unchecked.map((u) => safeText(u.name)).join(', ') })}`));
    if (d.unclear.length > 0) {
      out.push('', c.bold(t('diff.unclear', { count: d.unclear.length })));
      for (const u of d.unclear) out.push(`  ${safeText(u.detail)}`);
      out.push(c.dim(`  ${t('diff.notApplied')}`));
    }
    if (d.keptButGone.length > 0) out.push(c.dim(`  ${t('diff.keptButGone', { names: d.keptButGone.map((u) => safeText(u.name)).join(', ') })}`));
  }
  return `${out.join('\n')}\n`;
}
