import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EXIT, InputError, UsageError } from '../errors.js';
import { openExport } from '../export/locate.js';
import { analyse, type Analysis } from '../analyse.js';
import type { ExportDate } from '../export/types.js';
import { checkDecisions, unreadConnections, type DecisionCheck } from '../network/decisions.js';
import type { Connection } from '../export/records.js';
import { sayNotice } from '../i18n/notice.js';
import { readDecisions, decisionsFileFor, type DecisionsFile } from '../decisions/index.js';
import { sameAccount } from '../decisions/owner.js';
import { describeExportDate, exportDateReport, staleWarning } from '../report/export-age.js';
import type { Translator } from '../i18n/translator.js';
import { pruneRows, renderPruneCsv, renderPruneMarkdown, renderUrls } from '../report/prune-list.js';
import { PRUNE_FORMATS, type PruneFormat } from '../report/prune-formats.js';
import { renderPruneHtml } from '../report/prune-list-html.js';
import { emit } from '../report/emit/index.js';
import type { OptionsOf, PRUNE_LIST } from '../command-options.js';
import { shellQuote } from '../util/shell-quote.js';
import { createProgress } from '../util/progress.js';
import { safeText } from '../util/terminal-text.js';
import type { Io } from '../util/io.js';
import { flagsInForce } from '../config/flags.js';

export type PruneListOptions = OptionsOf<typeof PRUNE_LIST>;

/**
 * Decisions file, checked against the export given → something to act on: profile URLs, CSV, a
 * Markdown checklist or an HTML page. Only people still connected in that export are listed: a
 * later export shows who is already gone, and listing them again would send the user after people
 * removed long ago, or after a namesake.
 */
export async function pruneList(path: string, options: PruneListOptions, io: Io, t: Translator): Promise<number> {
  const format = checkOptions(options, io);
  // The export first: a mistyped path is said to be missing, not to have "no decisions yet".
  const exportPath = resolve(io.cwd, path);
  await openExport(exportPath);
  const statePath = decisionsFileFor(exportPath, io.cwd, options.state);
  const file = await readDecisions(statePath);
  if (file === null) {
    throw new InputError(
      statePath,
      { key: 'problem.noDecisions' },
      {
        key: options.state === undefined ? 'advice.reviewFirstOrState' : 'advice.reviewFirst',
        values: {
          command: `netprune review ${shellQuote(path)}${flagsInForce({ me: options.me })}${options.state === undefined ? '' : ` --state ${shellQuote(options.state)}`}`,
        },
      },
    );
  }
  const progress = createProgress(io.stderr, io.stderrIsTTY, t);
  const analysis = await analyse(exportPath, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
  const owner = analysis.owner.key;
  if (owner !== null && !sameAccount(file.owner, analysis.owner)) {
    throw new InputError(statePath, { key: 'problem.otherAccount', values: { theirs: file.owner ?? '', path, owner } }, { key: 'advice.stateOfThisAccount' });
  }

  const connected = analysis.contacts.map((c) => c.connection);
  const unread = unreadConnections(analysis.files);
  const check = checkDecisions(file, connected, unread);
  const rows = pruneRows(stillConnected(file, check, connected), options.include === 'keep', t);
  const text =
    format === 'urls' ? renderUrls(rows) : format === 'csv' ? renderPruneCsv(rows) : format === 'md' ? renderPruneMarkdown(rows, t) : renderPruneHtml(rows, t);
  await emit(io, options.out, text, { export: analysis, decisions: statePath });

  const notes = [...unreadNotes(analysis, unread, t), ...summarise(check, path, connected, t), ...ageNote(analysis.exportDate, io.today, t)];
  const withoutUrl = rows.filter((r) => r.decision === 'remove' && r.url === null).length;
  if (format === 'urls' && withoutUrl > 0) notes.push(t('prune.withoutUrl', { count: withoutUrl }));
  // A script reading the URLs must not take a partial list for the whole one.
  const leftOut = format === 'urls' ? withoutUrl + check.unclear.length + check.unchecked.length : 0;
  if (leftOut > 0) notes.push(t('prune.leftOut', { count: leftOut }));
  for (const note of notes) io.stderr.write(`netprune: ${safeText(note)}\n`);
  if (options.out !== undefined && options.out !== '-') {
    const target = resolve(io.cwd, options.out);
    const shown = safeText(format === 'html' ? pathToFileURL(target).href : target);
    io.stderr.write(`${t('prune.wrote', { count: check.pending.length, target: shown })}\n`);
  }
  return leftOut > 0 ? EXIT.threshold : EXIT.ok;
}

function checkOptions(options: PruneListOptions, io: Io): PruneFormat {
  const format = (options.format ?? 'urls') as PruneFormat;
  if (!PRUNE_FORMATS.includes(format))
    throw new UsageError({ key: 'usage.pruneFormat', values: { formats: PRUNE_FORMATS.join(', '), value: String(options.format) } });
  if (options.include !== undefined && options.include !== 'keep') throw new UsageError({ key: 'usage.include', values: { value: options.include } });
  if (options.include === 'keep' && format === 'urls') {
    throw new UsageError({ key: 'usage.includeKeepUrls' });
  }
  if (format === 'html' && options.out === undefined && io.stdoutIsTTY) {
    throw new UsageError({ key: 'usage.htmlNeedsOut', values: { file: 'prune-list.html' } });
  }
  return format;
}

/**
 * The decisions about people still connected, each with the profile URL the export gives that person
 * now (a decision saved by name, or before their URL changed, has none or an old one): removals still to
 * do, and the people kept. Removals done, and those that cannot be told to be about one connection, are left out.
 */
function stillConnected(file: DecisionsFile, check: DecisionCheck, connections: readonly Connection[]): DecisionsFile {
  const found = [...check.pending, ...check.kept].map(({ key, entry, index }) => [key, { ...entry, url: connections[index]?.url ?? entry.url }] as const);
  return { ...file, decisions: Object.fromEntries(found) };
}

/** Unclear decisions described one per line; past this, counted (an older file keyed by name alone may hold hundreds). */
const UNCLEAR_SHOWN = 20;

function summarise(check: DecisionCheck, path: string, connections: readonly Connection[], t: Translator): string[] {
  if (check.marked === 0) return [t('prune.nobodyMarked')];
  const [unclear, unchecked] = [check.unclear.length, check.unchecked.length];
  const counts = { count: check.marked, done: check.done.length, path, pending: check.pending.length };
  const lines = [unclear > 0 ? t('prune.summaryUnclear', { ...counts, unclear }) : t('prune.summary', counts)];
  if (unchecked > 0) lines.push(t('prune.unchecked', { count: unchecked, names: check.unchecked.map((u) => u.entry.name.trim()).join(', ') }));
  for (const moved of check.pending.filter((p) => p.by === 'url-changed'))
    lines.push(t('prune.urlChanged', { name: moved.entry.name.trim(), before: moved.entry.url ?? '', now: connections[moved.index]?.url ?? '' }));
  if (unclear > 0) {
    const names = check.unclear.map((u) => u.entry.name.trim()).join(', ');
    lines.push(t('prune.unclear', { names, command: `netprune review ${shellQuote(path)} --only all` }));
    for (const u of check.unclear.slice(0, UNCLEAR_SHOWN)) lines.push(`  ${u.say(t)}`);
    if (unclear > UNCLEAR_SHOWN) lines.push(`  ${t('decide.andMore', { count: unclear - UNCLEAR_SHOWN })}`);
  }
  if (check.pending.length === 0 && unchecked === 0) lines.push(t('prune.nothingLeft'));
  return lines;
}

/** Audit's own warnings about Connections.csv rows it could not read, before any count that they make uncertain. */
function unreadNotes(analysis: Analysis, unread: number, t: Translator): string[] {
  if (unread === 0) return [];
  return analysis.files.filter((f) => f.kind === 'connections').flatMap((f) => f.warnings.map((w) => sayNotice(w, t)));
}

/** The export's date, and a warning when it is old: it still lists people removed since. */
function ageNote(exportDate: ExportDate, today: string, t: Translator): string[] {
  const report = exportDateReport(exportDate, today);
  const stale = staleWarning(report, t);
  return [describeExportDate(report, t), ...(stale === null ? [] : [stale])];
}
