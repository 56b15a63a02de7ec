import { roleOf, type PruneRow } from './prune-list.js';
import { profileUrlOrNull, searchUrl } from './emit/links.js';
import { htmlText, inlineHash, pageHead } from './emit/html.js';
import type { Translator } from '../i18n/translator.js';

const STYLE = `
:root { color-scheme: light dark; font-family: system-ui, sans-serif; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; line-height: 1.4; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid #8884; vertical-align: top; }
td.done { width: 4rem; text-align: center; }
input[type=checkbox] { width: 1.2rem; height: 1.2rem; }
tr.is-done td:not(.done) { text-decoration: line-through; opacity: .55; }
.role { color: #777; }
#progress { font-weight: 600; }
`;

const SCRIPT = `
(() => {
  const prefix = 'netprune:done:';
  let store = null;
  try { store = window.localStorage; store.getItem(prefix); } catch { store = null; }
  const boxes = Array.from(document.querySelectorAll('input[data-key]'));
  const progress = document.getElementById('progress');
  const show = () => {
    const done = boxes.filter((box) => box.checked).length;
    const text = progress.dataset.progress.replace('{done}', String(done)).replace('{total}', String(boxes.length));
    progress.textContent = text + (store === null ? progress.dataset.forgets : '');
  };
  for (const box of boxes) {
    const key = prefix + box.dataset.key;
    const row = box.closest('tr');
    box.checked = store !== null && store.getItem(key) === '1';
    row.classList.toggle('is-done', box.checked);
    box.addEventListener('change', () => {
      if (store !== null) { if (box.checked) store.setItem(key, '1'); else store.removeItem(key); }
      row.classList.toggle('is-done', box.checked);
      show();
    });
  }
  show();
})();
`;

/**
 * Everything in the page is inline and the policy allows exactly that style and that
 * script by hash: nothing loads from the network, and injected markup could not run even
 * if escaping failed. Links to linkedin.com are navigations, which the policy does not block.
 */
const CSP = [
  "default-src 'none'",
  `style-src ${inlineHash(STYLE)}`,
  `script-src ${inlineHash(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The page the person keeps open while removing people on linkedin.com: one row per person
 * with a link to the profile and a "done" checkbox that the browser remembers (localStorage).
 */
export function renderPruneHtml(rows: readonly PruneRow[], t: Translator): string {
  const remove = rows.filter((r) => r.decision === 'remove');
  const keep = rows.filter((r) => r.decision === 'keep');
  const intro = t('prune.html.intro', { count: remove.length, menu: `<b>${htmlText(t('prune.menu'))}</b>`, done: `<i>${htmlText(t('prune.html.done'))}</i>` });
  // The script counts the ticks and says so with these: the page's words stay in the catalogue, its script in one language-free piece.
  const progress = `data-progress="${htmlText(t.template('prune.html.progress'))}" data-forgets="${htmlText(t('prune.html.forgets'))}"`;
  const body = [
    `<h1>${htmlText(t('prune.html.title'))}</h1>`,
    `<p>${intro}</p>`,
    `<p id="progress" aria-live="polite" ${progress}></p>`,
    table(remove, true, t),
    ...(keep.length === 0 ? [] : [`<h2>${htmlText(t('prune.md.keep', { count: keep.length }))}</h2>`, table(keep, false, t)]),
  ];
  return [
    ...pageHead({ csp: CSP, title: htmlText(t('prune.title')), style: STYLE, lang: t.language }),
    ...body,
    '</main>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function table(rows: readonly PruneRow[], withDone: boolean, t: Translator): string {
  const th = (key: 'prune.html.done' | 'prune.html.name' | 'prune.html.position') => `<th>${htmlText(t(key))}</th>`;
  const head = `<thead><tr>${withDone ? th('prune.html.done') : ''}${th('prune.html.name')}${th('prune.html.position')}</tr></thead>`;
  const body = rows.map((row) => {
    const name = htmlText(row.name);
    const url = profileUrlOrNull(row.url);
    const href = htmlText(url ?? searchUrl(row.name));
    const link = `<a href="${href}" target="_blank" rel="noopener noreferrer">${url === null ? htmlText(t('prune.html.searchFor', { name: row.name })) : name}</a>`;
    const label = htmlText(t('prune.html.doneFor', { name: row.name }));
    const done = withDone ? `<td class="done"><input type="checkbox" data-key="${htmlText(row.key)}" aria-label="${label}"></td>` : '';
    return `<tr>${done}<td>${link}</td><td class="role">${htmlText(roleOf(row, t))}</td></tr>`;
  });
  return `<table>\n${head}\n<tbody>\n${body.join('\n')}\n</tbody>\n</table>`;
}
