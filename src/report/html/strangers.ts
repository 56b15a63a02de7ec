import { htmlText } from '../emit/html.js';
import { profileUrlOrNull } from '../emit/links.js';
import type { ReportContact } from '../schema.js';
import type { AuditFigures } from './figures.js';
import { bar, more, num, section, time } from './markup.js';
import { TEXT } from './texts.js';

/** The companies with the most strangers, and the strangers connected the longest: where to start pruning. */
export function strangersSection(f: AuditFigures): string {
  const body = ['<div class="pair">', `<div class="panel">${companies(f)}</div>`, `<div class="panel">${oldest(f)}</div>`, '</div>'];
  return section('strangers', TEXT.strangers, body.join('\n'));
}

function companies({ companies }: AuditFigures): string {
  const heading = `<h3>${TEXT.companies}</h3>`;
  if (companies.shown.length === 0) return `${heading}<p class="note">${TEXT.noCompanies}</p>`;
  const top = companies.shown[0]?.strangers ?? 1;
  const rows = companies.shown.map(
    (c, i) =>
      `<tr><th scope="row" class="name">${htmlText(c.name)}</th><td class="chart" aria-hidden="true">${bar([{ kind: 'stranger', value: c.strangers }], top)}</td>` +
      `<td class="n">${num(`company.${i}`, c.strangers)}</td></tr>`,
  );
  const head = `<tr><th scope="col">${TEXT.company}</th><td class="chart" aria-hidden="true"></td><th scope="col" class="n">${TEXT.strangersColumn}</th></tr>`;
  return `${heading}<table class="bars companies"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>${more('companies.more', companies.more, TEXT.moreCompanies)}`;
}

function oldest({ oldest }: AuditFigures): string {
  const heading = `<h3>${TEXT.oldest}</h3>`;
  if (oldest.shown.length === 0) return `${heading}<p class="note">${TEXT.noStrangers}</p>`;
  const head = `<tr><th scope="col">${TEXT.connectedOn}</th><th scope="col">${TEXT.person}</th></tr>`;
  const rows = oldest.shown.map((c) => `<tr><td class="date">${time(c.connectedOn ?? '')}</td><td>${person(c)}</td></tr>`);
  return `${heading}<table class="people"><thead>${head}</thead><tbody>${rows.join('\n')}</tbody></table>${more('oldest.more', oldest.more, TEXT.moreStrangers)}`;
}

/** The name links to the profile only when the URL is a well-formed LinkedIn one (emit/links.ts). */
function person(c: ReportContact): string {
  const name = htmlText(`${c.firstName} ${c.lastName}`.trim());
  const url = profileUrlOrNull(c.url);
  const who = url === null ? name : `<a href="${htmlText(url)}" rel="noopener noreferrer">${name}</a>`;
  const role = [c.position, c.company]
    .filter((part) => part.trim() !== '')
    .map(htmlText)
    .join(` ${TEXT.at} `);
  return `<span class="who">${who}</span>${role === '' ? '' : `<span class="role">${role}</span>`}`;
}
