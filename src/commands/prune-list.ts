import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { openExport } from '../export/locate.js';
import { analyse } from '../analyse.js';
import type { ExportDate } from '../export/types.js';
import { checkDecisions, type DecisionCheck } from '../network/decisions.js';
import { readDecisions, decisionsFileFor, type DecisionsFile } from '../decisions/index.js';
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
  if (file.owner !== null && owner !== null && file.owner !== owner) {
    throw new InputError(statePath, { key: 'problem.otherAccount', values: { theirs: file.owner, path, owner } }, { key: 'advice.stateOfThisAccount' });
  }

  const connected = analysis.contacts.map((c) => c.connection);
  const check = checkDecisions(file, connected);
  const rows = pruneRows(stillConnected(file, check), options.include === 'keep', t);
  const text =
    format === 'urls' ? renderUrls(rows) : format === 'csv' ? renderPruneCsv(rows) : format === 'md' ? renderPruneMarkdown(rows, t) : renderPruneHtml(rows, t);
  await emit(io, options.out, text, { export: analysis, decisions: statePath });

  const notes = [...summarise(check, path, t), ...ageNote(analysis.exportDate, io.today, t)];
  const withoutUrl = rows.filter((r) => r.decision === 'remove' && r.url === null).length;
  if (format === 'urls' && withoutUrl > 0) notes.push(t('prune.withoutUrl', { count: withoutUrl }));
  for (const note of notes) io.stderr.write(`netprune: ${safeText(note)}\n`);
  if (options.out !== undefined && options.out !== '-') {
    const target = resolve(io.cwd, options.out);
    const shown = safeText(format === 'html' ? pathToFileURL(target).href : target);
    io.stderr.write(`${t('prune.wrote', { count: check.pending.length, target: shown })}\n`);
  }
  return 0;
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
 * The decisions about people still connected: removals still to do, and the people kept. Removals
 * already done, and removals known by a name several connections share, are left out.
 */
function stillConnected(file: DecisionsFile, check: DecisionCheck): DecisionsFile {
  const gone = new Set(check.keptButGone.map((d) => d.key));
  const keys = new Set(check.pending.map((p) => p.key));
  for (const [key, entry] of Object.entries(file.decisions)) if (entry.decision === 'keep' && !gone.has(key)) keys.add(key);
  return { ...file, decisions: Object.fromEntries(Object.entries(file.decisions).filter(([key]) => keys.has(key))) };
}

function summarise(check: DecisionCheck, path: string, t: Translator): string[] {
  if (check.marked === 0) return [t('prune.nobodyMarked')];
  const unclear = check.unclear.length;
  const counts = { count: check.marked, done: check.done.length, path, pending: check.pending.length };
  const lines = [unclear > 0 ? t('prune.summaryUnclear', { ...counts, unclear }) : t('prune.summary', counts)];
  if (unclear > 0) {
    const names = check.unclear.map((u) => u.entry.name.trim()).join(', ');
    lines.push(t('prune.unclear', { names, command: `netprune explain ${shellQuote(path)} "<name>"` }));
  }
  if (check.pending.length === 0) lines.push(t('prune.nothingLeft'));
  return lines;
}

/** The export's date, and a warning when it is old: it still lists people removed since. */
function ageNote(exportDate: ExportDate, today: string, t: Translator): string[] {
  const report = exportDateReport(exportDate, today);
  const stale = staleWarning(report, t);
  return [describeExportDate(report, t), ...(stale === null ? [] : [stale])];
}
