import { LABELS } from '../../plugin-api.js';
import { totalOf } from '../../util/labels.js';
import type { AuditFigures } from './figures.js';
import { bar, num, section } from './markup.js';
import type { PageTexts } from './texts.js';

/** One row per year connected, empty years too: the counts per label in text, and the same as a stacked bar. */
export function yearsSection(f: AuditFigures, x: PageTexts): string {
  const max = Math.max(1, ...f.years.map((row) => totalOf(row.counts)));
  const head = `<tr><th scope="col">${x.year}</th><td class="chart" aria-hidden="true"></td>${LABELS.map((l) => `<th scope="col" class="n"><span class="swatch ${l}"></span>${x.label[l]}</th>`).join('')}<th scope="col" class="n">${x.total}</th></tr>`;
  const rows = f.years.map((row) => {
    const key = `year.${row.year ?? 'undated'}`;
    const year = row.year === null ? x.unknownYear : `<time datetime="${row.year}">${row.year}</time>`;
    const counts = LABELS.map((l) => `<td class="n">${num(x, `${key}.${l}`, row.counts[l])}</td>`).join('');
    const chart = bar(
      LABELS.map((l) => ({ kind: l, value: row.counts[l] })),
      max,
    );
    return `<tr><th scope="row">${year}</th><td class="chart" aria-hidden="true">${chart}</td>${counts}<td class="n total">${num(x, `${key}.total`, totalOf(row.counts))}</td></tr>`;
  });
  const body = [
    `<p class="note">${x.yearsLead}</p>`,
    `<table class="bars years">`,
    `<thead>${head}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ];
  return section('years', x.years, body.join('\n'));
}
