import { labelColour, type Colour } from '../util/colour.js';
import { fitWidth, safeText } from '../util/terminal-text.js';
import type { DiffReport } from './diff-schema.js';
import { describeExportDate, staleWarning } from './export-age.js';

type Person = DiffReport['added'][number];

const nameOf = (p: Pick<Person, 'firstName' | 'lastName'>) => safeText(`${p.firstName.trim()} ${p.lastName.trim()}`.trim()) || '(no name)';
const roleOf = (p: Pick<Person, 'position' | 'company'>) => safeText([p.position.trim(), p.company.trim()].filter(Boolean).join(' at '));
const firstReason = (p: { reasons: { detail: string }[] }) => safeText(p.reasons[0]?.detail ?? '');

/** Two exports compared, as a person reads it: who came, who went, who changed, what is left to do. */
export function renderDiff(report: DiffReport, c: Colour): string {
  const { summary: s, older, newer } = report;
  const paint = (label: string) => labelColour(c, label)(label.padEnd(8));
  const out = [
    c.bold(`${safeText(older.path)} → ${safeText(newer.path)}`),
    `  ${older.connections} → ${newer.connections} connections: ${s.added} added, ${s.removed} removed, ${s.inBoth} in both; ${s.relabelled} changed label`,
    c.dim(`  Both judged by ${safeText(report.classifier.name)} as of ${report.judgedOn}, so a new label comes from the exports, not from the calendar.`),
    ...[older, newer].map((input) => c.dim(`  ${safeText(input.path)}: ${describeExportDate(input.exportDate)}`)),
  ];
  // The older export is old by design; only the newer one's age says what the comparison misses.
  const stale = staleWarning(newer.exportDate);
  if (stale !== null) out.push(c.yellow(`  ! ${stale}`));
  if (s.matchedByName > 0) out.push(c.dim(`  ${s.matchedByName} matched by name, as an export without profile URLs allows.`));

  const row = (p: Person, tail: string) => `  ${paint(p.label)}  ${fitWidth(nameOf(p), 26)} ${c.dim(fitWidth(roleOf(p), 38))} ${tail}`.trimEnd();
  if (report.added.length > 0) {
    out.push('', c.bold(`Added (${report.added.length})`));
    for (const p of report.added) out.push(row(p, firstReason(p)));
  }
  if (report.removed.length > 0) {
    out.push('', c.bold(`Removed (${report.removed.length})`));
    for (const p of report.removed) out.push(row(p, p.decision === null ? '' : c.dim(`you marked ${p.decision}`)));
  }
  if (report.relabelled.length > 0) {
    out.push('', c.bold(`Changed label (${report.relabelled.length})`));
    for (const p of report.relabelled) {
      out.push(`  ${c.bold(nameOf(p))}  ${c.dim(roleOf(p))}`);
      out.push(`    ${labelColour(c, p.before.label)(p.before.label)} → ${labelColour(c, p.after.label)(p.after.label)}`);
      out.push(`    ${c.dim('was:')} ${firstReason(p.before)}`);
      out.push(`    ${c.dim('now:')} ${firstReason(p.after)}`);
      for (const lost of p.lost) out.push(`    ${c.dim('why:')} ${safeText(lost.detail)}`);
    }
  }
  const d = report.decisions;
  if (d !== null) {
    out.push('', c.bold(`Your decisions (${safeText(d.path)})`));
    out.push(
      `  ${d.marked} marked for removal: ${d.done} no longer connected, ${d.pending.length} still connected${d.unclear.length > 0 ? `, ${d.unclear.length} unclear` : ''}`,
    );
    if (d.pending.length > 0) {
      out.push('', c.bold(`Still connected: remove ${d.pending.length === 1 ? 'this person' : 'these people'} on LinkedIn (${d.pending.length})`));
      for (const p of d.pending)
        out.push(
          `  ${fitWidth(nameOf(p), 26)} ${p.url === null ? c.dim(`no profile URL${p.matchedBy.startsWith('name') ? ', found by name' : ''}`) : safeText(p.url)}`,
        );
    } else if (d.marked > 0 && d.unclear.length === 0) out.push(c.green(`  Done: nobody you marked for removal is still connected.`));
    if (d.unclear.length > 0) {
      out.push('', c.bold(`Unclear: saved by name, and the one of that name here may be someone else (${d.unclear.length})`));
      for (const u of d.unclear) out.push(`  ${safeText(u.detail)}`);
      out.push(c.dim('  Not applied: check them by hand on LinkedIn.'));
    }
    if (d.keptButGone.length > 0) out.push(c.dim(`  Marked keep but no longer connected: ${d.keptButGone.map((u) => safeText(u.name)).join(', ')}`));
  }
  return `${out.join('\n')}\n`;
}
