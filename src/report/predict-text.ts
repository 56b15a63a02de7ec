import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { PredictReport } from './predict-schema.js';

export const percent = (confidence: number): string => `${Math.floor(confidence * 100)} %`;

/**
 * One line per undecided contact, surest first: the decision, its confidence, the person, and why.
 * `next`: the review and decide commands to suggest, with the options in force.
 */
export function renderPredictions(report: PredictReport, c: Colour, next: { review: string; decide: string }): string {
  const { summary } = report;
  const out = [
    c.bold(`What your ${report.learnedFrom} decisions say about the ${summary.undecided} undecided (${safeText(report.input.path)})`),
    `${summary.remove} to remove, ${summary.keep} to keep; ${summary.atLeast90} at 90 % or more.`,
    '',
  ];
  for (const p of report.predictions) {
    const decision = p.decision === 'remove' ? c.red('remove') : c.green('keep  ');
    const who = [`${p.firstName} ${p.lastName}`.trim(), p.company.trim()].filter(Boolean).map(safeText).join(', ');
    out.push(`${decision} ${percent(p.confidence).padStart(5)}  ${c.bold(who || '(no name)')}: ${p.because.map(safeText).join('; ')}`);
  }
  out.push('', c.dim(`Accept them in \`${next.review}\` (b proposes the surest in batches), or record a list with \`${next.decide} --remove FILE\`.`), '');
  return out.join('\n');
}
