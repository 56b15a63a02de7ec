import type { Translator } from '../i18n/translator.js';
import { becauseList } from '../review/because-text.js';
import { sureText } from '../review/screen-lines.js';
import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { PredictReport } from './predict-schema.js';

type Prediction = PredictReport['predictions'][number];

/**
 * One line per undecided contact: the decision, its confidence, the person, their label and its
 * strongest evidence, then the model's reasons. Keep and remove come first, surest first; then the
 * near-even ones; then, apart, people the person knows whom the model would remove below the bar.
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
    t('predict.summary', { remove: summary.remove, keep: summary.keep, unsure: summary.unsure, atLeast90: summary.atLeast90 }),
    '',
  ];
  const line = (p: Prediction): string => {
    const decision = p.decision === 'remove' ? c.red(t('predict.remove')) : p.decision === 'keep' ? c.green(t('predict.keep')) : c.yellow(t('predict.unsure'));
    const who = [`${p.firstName} ${p.lastName}`.trim(), p.company.trim()].filter(Boolean).map(safeText).join(', ');
    const because = becauseList(t, p.because, rules);
    const values = {
      who: c.bold(who || t('predict.noName')),
      label: t(`label.${p.label}`),
      evidence: safeText(p.reason?.detail ?? ''),
      because: p.decision === 'unsure' ? t(p.leaning === 'keep' ? 'predict.leansKeep' : 'predict.leansRemove', { because }) : because,
    };
    return `${decision} ${sureText(t, p.confidence).padStart(5)}  ${t(p.reason === null ? 'predict.why' : 'predict.whyEvidence', values)}`;
  };
  const youKnowThem = report.predictions.filter((p) => p.unsure === 'you-know-them');
  out.push(...report.predictions.filter((p) => p.unsure !== 'you-know-them').map(line));
  if (youKnowThem.length > 0) out.push('', c.bold(t('predict.youKnowThem', { count: youKnowThem.length })), ...youKnowThem.map(line));
  out.push('', c.dim(t('predict.next', { review: `\`${next.review}\``, decide: `\`${next.decide} --remove FILE\`` })), '');
  return out.join('\n');
}
