import { htmlText, inlineHash, pageHead } from '../emit/html.js';
import type { Report } from '../schema.js';
import { aboutSection } from './about.js';
import { evidenceSection } from './evidence.js';
import { auditFigures } from './figures.js';
import { glanceSection } from './glance.js';
import { invitationsSection } from './invitations.js';
import { num, time } from './markup.js';
import { strangersSection } from './strangers.js';
import { STYLE } from './style.js';
import { pageTexts } from './texts.js';
import type { Translator } from '../../i18n/translator.js';
import { yearsSection } from './years.js';

/**
 * Nothing but the inline style sheet, allowed by its hash: no script, no image, no font, no fetch.
 * SVG drawn inline is part of the document and needs no source. Links to linkedin.com are
 * navigations, which the policy does not govern.
 */
const CSP = ["default-src 'none'", `style-src ${inlineHash(STYLE)}`, "img-src 'none'", "base-uri 'none'", "form-action 'none'"].join('; ');

/**
 * `audit --format html`: the report `audit --json` writes, as one self-contained page. Every list on
 * it is capped (figures.ts), so it stays the same size whether the network has 200 people or 30,000.
 * Nothing on it depends on the clock: the only dates are the export's and the connections'.
 */
export function renderAuditHtml(report: Report, t: Translator): string {
  const x = pageTexts(t);
  const f = auditFigures(report);
  const owner = `${report.input.owner.firstName} ${report.input.owner.lastName}`.trim();
  const date = report.input.exportDate.date;
  const meta = [
    `<span>${num(x, 'total', f.total)} ${x.connections}</span>`,
    ...(date === null ? [] : [`<span>${x.exported} ${time(x, date)}</span>`]),
    `<span>${report.classifier.plugin === null ? x.ruleSet : x.plugin} ${htmlText(report.classifier.name)}</span>`,
  ];
  return [
    ...pageHead({ csp: CSP, title: x.title, style: STYLE, lang: x.lang }),
    `<header><h1>${htmlText(x.heading(owner))}</h1><p class="meta">${meta.join('')}</p></header>`,
    glanceSection(f, x),
    yearsSection(f, x),
    evidenceSection(f, report.input.missing, x),
    strangersSection(f, x),
    invitationsSection(f, x),
    aboutSection(report, x),
    `<footer><p>${x.footer}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
