import type { Translator } from '../i18n/translator.js';
import { becauseList } from '../review/because-text.js';
import { sureText } from '../review/screen-lines.js';
import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { PredictReport } from './predict-schema.js';

/**
 * One line per undecided contact, surest first: the decision, its confidence, the person, and why.
 * `next`: the review and decide commands to suggest, with the options in force; `rules`: the rule set's ids.
 */
export function renderPredictions(
  report: PredictReport,
  c: Colour,
  next: { review: string; decide: string },
  t: Translator,
  rules: readonly string[] = [],
): string {
  const { summary } = report;
  const out = [
    c.bold(t('predict.title', { count: report.learnedFrom, undecided: summary.undecided, path: safeText(report.input.path) })),
    t('predict.summary', { remove: summary.remove, keep: summary.keep, atLeast90: summary.atLeast90 }),
    '',
  ];
  for (const p of report.predictions) {
    const decision = p.decision === 'remove' ? c.red(t('predict.remove')) : c.green(t('predict.keep'));
    const who = [`${p.firstName} ${p.lastName}`.trim(), p.company.trim()].filter(Boolean).map(safeText).join(', ');
    out.push(
      `${decision} ${sureText(t, p.confidence).padStart(5)}  ${t('predict.why', { who: c.bold(who || t('predict.noName')), because: becauseList(t, p.because, rules) })}`,
    );
  }
  out.push('', c.dim(t('predict.next', { review: `\`${next.review}\``, decide: `\`${next.decide} --remove FILE\`` })), '');
  return out.join('\n');
}
