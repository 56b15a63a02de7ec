import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { openExport } from '../export/locate.js';
import { analyse } from '../analyse.js';
import type { ExportDate } from '../export/types.js';
import { checkDecisions, type DecisionCheck } from '../network/decisions.js';
import { readDecisions, decisionsFileFor, type DecisionsFile } from '../decisions/index.js';
import { describeExportDate, exportDateReport, staleWarning } from '../report/export-age.js';
import { ENGLISH_FOR_JSON } from '../i18n/translator.js';
import { pruneRows, PRUNE_FORMATS, renderPruneCsv, renderPruneMarkdown, renderUrls, type PruneFormat } from '../report/prune-list.js';
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
export async function pruneList(path: string, options: PruneListOptions, io: Io): Promise<number> {
  const format = checkOptions(options, io);
  // The export first: a mistyped path is said to be missing, not to have "no decisions yet".
  const exportPath = resolve(io.cwd, path);
  await openExport(exportPath);
  const statePath = decisionsFileFor(exportPath, io.cwd, options.state);
  const file = await readDecisions(statePath);
  if (file === null) {
    throw new InputError(
      statePath,
      'no decisions yet',
      `Run \`netprune review ${shellQuote(path)}${flagsInForce({ me: options.me })}${options.state === undefined ? '' : ` --state ${shellQuote(options.state)}`}\` first${options.state === undefined ? ', or give the decisions file with --state' : ''}`,
    );
  }
  const progress = createProgress(io.stderr, io.stderrIsTTY, 'Reading messages.csv');
  const analysis = await analyse(exportPath, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
  const owner = analysis.owner.key;
  if (file.owner !== null && owner !== null && file.owner !== owner) {
    throw new InputError(
      statePath,
      `holds the decisions of another LinkedIn account (${file.owner}), not those of ${path} (${owner})`,
      'Give --state the decisions file of this account, or --me if netprune took the wrong owner',
    );
  }

  const connected = analysis.contacts.map((c) => c.connection);
  const check = checkDecisions(file, connected);
  const rows = pruneRows(stillConnected(file, check), options.include === 'keep');
  const text =
    format === 'urls' ? renderUrls(rows) : format === 'csv' ? renderPruneCsv(rows) : format === 'md' ? renderPruneMarkdown(rows) : renderPruneHtml(rows);
  await emit(io, options.out, text, { export: analysis, decisions: statePath });

  const notes = [...summarise(check, path), ...ageNote(analysis.exportDate, io.today)];
  const withoutUrl = rows.filter((r) => r.decision === 'remove' && r.url === null).length;
  if (format === 'urls' && withoutUrl > 0) {
    const one = withoutUrl === 1;
    notes.push(
      `${withoutUrl} ${one ? 'person' : 'people'} to remove ${one ? 'has' : 'have'} no profile URL in the export and ${one ? 'is' : 'are'} not listed; --format md or html lists them with a search link`,
    );
  }
  for (const note of notes) io.stderr.write(`netprune: ${safeText(note)}\n`);
  if (options.out !== undefined && options.out !== '-') {
    const target = resolve(io.cwd, options.out);
    io.stderr.write(`Wrote the prune list (${check.pending.length} to remove) to ${safeText(format === 'html' ? pathToFileURL(target).href : target)}\n`);
  }
  return 0;
}

function checkOptions(options: PruneListOptions, io: Io): PruneFormat {
  const format = (options.format ?? 'urls') as PruneFormat;
  if (!PRUNE_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${PRUNE_FORMATS.join(', ')}; got "${options.format}"`);
  if (options.include !== undefined && options.include !== 'keep') throw new UsageError(`--include takes only "keep"; got "${options.include}"`);
  if (options.include === 'keep' && format === 'urls') {
    throw new UsageError(
      '--include keep cannot go with --format urls: a bare list of URLs would mix people to keep with people to remove. Use --format csv, md or html',
    );
  }
  if (format === 'html' && options.out === undefined && io.stdoutIsTTY) {
    throw new UsageError('--format html writes a web page: add --out prune-list.html, then open that file in your browser');
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

function summarise(check: DecisionCheck, path: string): string[] {
  if (check.marked === 0) return ['nobody marked for removal yet'];
  const unclear = check.unclear.length;
  const lines = [
    `${check.marked} marked for removal: ${check.done.length} already done (no longer connected in ${path}), ${check.pending.length} still connected${unclear > 0 ? `, ${unclear} unclear` : ''}`,
  ];
  if (unclear > 0) {
    const names = check.unclear.map((u) => u.entry.name.trim()).join(', ');
    lines.push(
      `not listed, as several connections bear the name and the decision has no profile URL: ${names}; check them with \`netprune explain ${shellQuote(path)} "<name>"\``,
    );
  }
  if (check.pending.length === 0) lines.push('nothing left to remove');
  return lines;
}

/** The export's date, and a warning when it is old: it still lists people removed since. */
function ageNote(exportDate: ExportDate, today: string): string[] {
  const report = exportDateReport(exportDate, today);
  const stale = staleWarning(report, ENGLISH_FOR_JSON);
  return [describeExportDate(report, ENGLISH_FOR_JSON), ...(stale === null ? [] : [stale])];
}
