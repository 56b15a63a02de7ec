import { htmlText } from '../emit/html.js';
import type { Report } from '../schema.js';
import { LIST_CAP } from './figures.js';
import { more, num, section, time } from './markup.js';
import type { PageTexts } from './texts.js';

/** What the page was made from: the export's date, its owner, the rule set, each file read, and the warnings. */
export function aboutSection(report: Report, x: PageTexts): string {
  const { input, classifier, warnings } = report;
  const date = input.exportDate.date;
  const exported = date === null ? x.exportUndated : `${time(x, date)} <span class="muted">${x.exportedFrom[input.exportDate.from ?? 'name']}</span>`;
  const owner = `${input.owner.firstName} ${input.owner.lastName}`.trim();
  const facts = [
    [x.exported, exported],
    [x.owner, owner === '' ? x.ownerUnknown : htmlText(owner)],
    [x.rules, `${classifier.plugin === null ? x.ruleSet : x.plugin} <b>${htmlText(classifier.name)}</b>`],
  ];
  const files = input.files.map((file, i) => {
    const skipped = Object.entries(file.skipped)
      .sort((a, b) => b[1] - a[1])
      .map(([why, n], j) => x.skippedEntry(why, num(x, `file.${i}.skipped.${j}`, n)));
    return `<tr><th scope="row">${htmlText(baseName(file.name))}</th><td class="n">${num(x, `file.${i}.rows`, file.rows)}</td><td class="skipped">${skipped.join(`${x.skippedJoin} `)}</td></tr>`;
  });
  const body = [
    `<dl class="facts">${facts.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`).join('')}</dl>`,
    `<h3>${x.files}</h3>`,
    `<table class="files"><thead><tr><th scope="col">${x.file}</th><th scope="col" class="n">${x.rows}</th><th scope="col">${x.skipped}</th></tr></thead>`,
    `<tbody>\n${files.join('\n')}\n</tbody></table>`,
    ...(warnings.length === 0 ? [] : warningList(warnings, x)),
  ];
  return section('about', x.about, body.join('\n'));
}

function warningList(warnings: readonly string[], x: PageTexts): string[] {
  const shown = warnings.slice(0, LIST_CAP).map((w) => `<li class="warning">${htmlText(w)}</li>`);
  return [`<h3>${x.warnings}</h3>`, `<ul class="warnings">${shown.join('')}</ul>`, more(x, 'warnings.more', warnings.length - shown.length, x.moreWarnings)];
}

/** A file is named by its base name: the full path says where the export lies on this machine, which the page need not keep. */
const baseName = (path: string) => path.split(/[/\\:]/).pop() ?? path;
