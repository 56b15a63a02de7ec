import { FILE_NAME } from '../../export/file-names.js';
import type { FileKind } from '../../export/types.js';
import type { AuditFigures } from './figures.js';
import { percent } from '../../util/labels.js';
import { bar, num, pct, section } from './markup.js';
import type { PageTexts } from './texts.js';
import { htmlText } from '../emit/html.js';

/** How many connections each signal supports, and what the files missing from the export cost. */
export function evidenceSection(f: AuditFigures, missing: readonly string[], x: PageTexts): string {
  const rows = f.signals.map(
    ({ id, count }) =>
      `<tr><th scope="row">${x.signals[id]}</th><td class="chart" aria-hidden="true">${bar([{ kind: 'signal', value: count }], f.total)}</td>` +
      `<td class="n">${num(x, `signal.${id}`, count)}</td><td class="n">${pct(x, `signal.${id}.pct`, percent(count, f.total))}</td></tr>`,
  );
  const head = `<tr><th scope="col">${x.signal}</th><td class="chart" aria-hidden="true"></td><th scope="col" class="n">${x.contacts}</th><th scope="col" class="n">${x.share}</th></tr>`;
  const body = [
    `<p class="note">${x.evidenceLead}</p>`,
    '<table class="bars signals">',
    `<thead>${head}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<h3>${x.missingHead}</h3>`,
    missing.length === 0 ? `<p class="ok">${x.noneMissing}</p>` : `<ul class="missing">${missing.map((kind) => missingItem(kind, x)).join('')}</ul>`,
  ];
  return section('evidence', x.evidence, body.join('\n'));
}

/** The kinds in the report are netprune's own; an unknown one (a newer report) is named as it is, escaped. */
function missingItem(kind: string, x: PageTexts): string {
  const known = kind in FILE_NAME ? (kind as FileKind) : null;
  const name = known === null ? kind : FILE_NAME[known];
  const cost = known === null ? '' : ` ${x.missingCost[known]}`;
  return `<li><b>${htmlText(name)}</b>${cost === '' ? '' : `:${cost}`}</li>`;
}
