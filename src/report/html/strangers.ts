import { htmlText } from '../emit/html.js';
import { profileUrlOrNull } from '../emit/links.js';
import type { ReportContact } from '../schema.js';
import type { AuditFigures } from './figures.js';
import { bar, more, num, section, time } from './markup.js';
import type { PageTexts } from './texts.js';

/** The companies with the most strangers, and the strangers connected the longest: where to start pruning. */
export function strangersSection(f: AuditFigures, x: PageTexts): string {
  const body = ['<div class="pair">', `<div class="panel">${companies(f, x)}</div>`, `<div class="panel">${oldest(f, x)}</div>`, '</div>'];
  return section('strangers', x.strangers, body.join('\n'));
}

function companies({ companies }: AuditFigures, x: PageTexts): string {
  const heading = `<h3>${x.companies}</h3>`;
  if (companies.shown.length === 0) return `${heading}<p class="note">${x.noCompanies}</p>`;
  const top = companies.shown[0]?.strangers ?? 1;
  const rows = companies.shown.map(
    (c, i) =>
      `<tr><th scope="row" class="name">${htmlText(c.name)}</th><td class="chart" aria-hidden="true">${bar([{ kind: 'stranger', value: c.strangers }], top)}</td>` +
      `<td class="n">${num(x, `company.${i}`, c.strangers)}</td></tr>`,
  );
  const head = `<tr><th scope="col">${x.company}</th><td class="chart" aria-hidden="true"></td><th scope="col" class="n">${x.strangersColumn}</th></tr>`;
  return `${heading}<table class="bars companies"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>${more(x, 'companies.more', companies.more, x.moreCompanies)}`;
}

function oldest({ oldest }: AuditFigures, x: PageTexts): string {
  const heading = `<h3>${x.oldest}</h3>`;
  if (oldest.shown.length === 0) return `${heading}<p class="note">${x.noStrangers}</p>`;
  const head = `<tr><th scope="col">${x.connectedOn}</th><th scope="col">${x.person}</th></tr>`;
  const rows = oldest.shown.map((c) => `<tr><td class="date">${time(x, c.connectedOn ?? '')}</td><td>${person(c, x)}</td></tr>`);
  return `${heading}<table class="people"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>${more(x, 'oldest.more', oldest.more, x.moreStrangers)}`;
}

/** The name links to the profile only when the URL is a well-formed LinkedIn one (emit/links.ts). */
function person(c: ReportContact, x: PageTexts): string {
  const name = htmlText(`${c.firstName} ${c.lastName}`.trim());
  const url = profileUrlOrNull(c.url);
  const who = url === null ? name : `<a href="${htmlText(url)}" rel="noopener noreferrer">${name}</a>`;
  const role = [c.position, c.company]
    .filter((part) => part.trim() !== '')
    .map(htmlText)
    .join(` ${x.at} `);
  return `<span class="who">${who}</span>${role === '' ? '' : `<span class="role">${role}</span>`}`;
}
