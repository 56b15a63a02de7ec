import type { DecisionsFile } from '../decisions/index.js';
import { fold } from '../evidence/text.js';
import type { Translator } from '../i18n/translator.js';
import { safeText } from '../util/terminal-text.js';
import { toCsvLine } from './table-out.js';
import { profileUrlOrNull, searchUrl } from './emit/links.js';
import { markdownLink, markdownProfileLink, markdownText } from './emit/markdown.js';

/** One person on the prune list. Every text field is already terminal-safe (safeText). */
export interface PruneRow {
  key: string;
  decision: 'remove' | 'keep';
  name: string;
  /** A LinkedIn profile URL, or null when the export had none (or the file holds something else). */
  url: string | null;
  company: string;
  position: string;
  decidedAt: string;
}

/** People to remove (and, with `includeKeep`, to keep), removals first, each group by name; `t` names the nameless. */
export function pruneRows(file: DecisionsFile, includeKeep: boolean, t: Translator): PruneRow[] {
  const rows: PruneRow[] = [];
  for (const [key, entry] of Object.entries(file.decisions)) {
    if (entry.decision === 'skip' || (entry.decision === 'keep' && !includeKeep)) continue;
    rows.push({
      key,
      decision: entry.decision,
      name: safeText(entry.name.trim()) || t('prune.noName'),
      url: profileUrlOrNull(entry.url),
      company: safeText(entry.company.trim()),
      position: safeText(entry.position.trim()),
      decidedAt: safeText(entry.decidedAt),
    });
  }
  const rank = (row: PruneRow) => (row.decision === 'remove' ? 0 : 1);
  return rows.sort((a, b) => rank(a) - rank(b) || compare(fold(a.name), fold(b.name)) || compare(a.key, b.key));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `Engineer at Acme`, or whichever of the two the export has. */
export const roleOf = ({ position, company }: Pick<PruneRow, 'position' | 'company'>, t: Translator): string =>
  position !== '' && company !== '' ? t('prune.role', { position, company }) : position || company;

/** One profile URL per line, removals only: the hand-off other tools accept. People without a URL cannot be listed. */
export const renderUrls = (rows: readonly PruneRow[]): string =>
  rows.flatMap((row) => (row.decision === 'remove' && row.url !== null ? [`${row.url}\n`] : [])).join('');

const CSV_COLUMNS = ['decision', 'name', 'company', 'position', 'profile_url', 'decided_at'];

/** RFC 4180 with CRLF; cells a spreadsheet would run as a formula are neutralised (see table-out.ts). */
export function renderPruneCsv(rows: readonly PruneRow[]): string {
  const lines = [CSV_COLUMNS, ...rows.map((r) => [r.decision, r.name, r.company, r.position, r.url ?? '', r.decidedAt])];
  return `${lines.map(toCsvLine).join('\r\n')}\r\n`;
}

/** A Markdown checklist: tick each person once removed on linkedin.com. */
export function renderPruneMarkdown(rows: readonly PruneRow[], t: Translator): string {
  const remove = rows.filter((r) => r.decision === 'remove');
  const keep = rows.filter((r) => r.decision === 'keep');
  const lines = [
    `# ${t('prune.title')}`,
    '',
    remove.length === 0 ? t('prune.md.nobody') : t('prune.md.intro', { count: remove.length, menu: `*${t('prune.menu')}*` }),
    '',
    `## ${t('prune.md.remove', { count: remove.length })}`,
    '',
    ...remove.map((r) => `- [ ] ${markdownPerson(r, t)}`),
  ];
  if (keep.length > 0) lines.push('', `## ${t('prune.md.keep', { count: keep.length })}`, '', ...keep.map((r) => `- ${markdownPerson(r, t)}`));
  return `${lines.join('\n')}\n`;
}

function markdownPerson(row: PruneRow, t: Translator): string {
  const who =
    row.url === null
      ? `${markdownText(row.name)} (${t('prune.md.noUrl', { search: markdownLink(t('prune.search'), searchUrl(row.name)) })})`
      : markdownProfileLink(row.name, row.url);
  const role = roleOf(row, t);
  return role === '' ? who : `${who} — ${markdownText(role)}`;
}
