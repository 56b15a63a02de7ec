import { FILE_NAME } from '../../export/file-names.js';
import type { FileKind } from '../../export/types.js';
import type { AuditFigures } from './figures.js';
import { percent } from '../../util/labels.js';
import { bar, num, pct, section } from './markup.js';
import { TEXT } from './texts.js';
import { htmlText } from '../emit/html.js';

/** How many connections each signal supports, and what the files missing from the export cost. */
export function evidenceSection(f: AuditFigures, missing: readonly string[]): string {
  const rows = f.signals.map(
    ({ id, count }) =>
      `<tr><th scope="row">${TEXT.signals[id]}</th><td class="chart" aria-hidden="true">${bar([{ kind: 'signal', value: count }], f.total)}</td>` +
      `<td class="n">${num(`signal.${id}`, count)}</td><td class="n">${pct(`signal.${id}.pct`, percent(count, f.total))}</td></tr>`,
  );
  const head = `<tr><th scope="col">${TEXT.signal}</th><td class="chart" aria-hidden="true"></td><th scope="col" class="n">${TEXT.contacts}</th><th scope="col" class="n">${TEXT.share}</th></tr>`;
  const body = [
    `<p class="note">${TEXT.evidenceLead}</p>`,
    '<table class="bars signals">',
    `<thead>${head}</thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
    `<h3>${TEXT.missingHead}</h3>`,
    missing.length === 0 ? `<p class="ok">${TEXT.noneMissing}</p>` : `<ul class="missing">${missing.map(missingItem).join('')}</ul>`,
  ];
  return section('evidence', TEXT.evidence, body.join('\n'));
}

/** The kinds in the report are netprune's own; an unknown one (a newer report) is named as it is, escaped. */
function missingItem(kind: string): string {
  const known = kind in FILE_NAME ? (kind as FileKind) : null;
  const name = known === null ? kind : FILE_NAME[known];
  const cost = known === null ? '' : ` ${TEXT.missingCost[known]}`;
  return `<li><b>${htmlText(name)}</b>${cost === '' ? '' : `:${cost}`}</li>`;
}
