import type { Translator } from '../i18n/translator.js';
import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import type { SuggestReport } from './suggest-schema.js';
import { exportDateLines } from './export-age.js';

const TIERS = [
  ['strong', 'suggest.tier.strong'],
  ['good', 'suggest.tier.good'],
  ['some', 'suggest.tier.some'],
] as const;

/** People to invite, strongest evidence first, each with why: the report's `detail` texts, made in `t`'s language by the command. */
export function renderSuggestions(report: SuggestReport, c: Colour, t: Translator): string {
  const { summary } = report;
  const out = [
    c.bold(t('suggest.title', { connections: report.input.connections, path: safeText(report.input.path), count: summary.suggestions })),
    ...exportDateLines(report.input.exportDate, c, t),
  ];
  const width = String(report.suggestions.length).length;
  for (const [tier, title] of TIERS) {
    const list = report.suggestions.filter((s) => s.tier === tier);
    if (list.length === 0) continue;
    out.push('', c.bold(t(title, { count: list.length })));
    for (const s of list) {
      const link = s.person.url === null ? c.dim(t('suggest.noUrl')) : safeText(s.person.url);
      out.push(`  ${String(s.rank).padStart(width)}. ${c.bold(safeText(s.name) || t('suggest.noName'))}  ${link}`);
      for (const signal of s.person.signals) out.push(`  ${' '.repeat(width)}    • ${safeText(signal.detail)}`);
      for (const note of s.person.notes) out.push(`  ${' '.repeat(width)}    ${c.dim(`· ${safeText(note.detail)}`)}`);
    }
  }
  if (summary.suggestions === 0) out.push('', t('suggest.nobody'));
  const { notProfessional, singleName, ambiguous } = summary.leftOut;
  const left = [
    notProfessional > 0 ? t('suggest.notProfessional', { count: notProfessional }) : '',
    singleName > 0 ? t('suggest.singleName', { count: singleName }) : '',
    ambiguous > 0 ? t('suggest.ambiguous', { count: ambiguous }) : '',
  ].filter((reason) => reason !== '');
  out.push('');
  if (left.length > 0) out.push(c.dim(t('suggest.leftOut', { reasons: left.join(t('suggest.leftOutSeparator')) })));
  out.push(c.dim(t('suggest.onlyProfessional1')), c.dim(t('suggest.onlyProfessional2')), c.dim(t('suggest.onlyProfessional3')));
  return `${out.join('\n')}\n`;
}
