import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyse } from '../analyse.js';
import { renderAuditHtml } from '../report/html/page.js';
import { safeText } from '../util/terminal-text.js';
import { buildLazyReport, buildReport, type LazyReport } from '../report/build.js';
import { renderAudit } from '../report/terminal.js';
import { renderReadSummary } from '../report/read-summary.js';
import { renderCsv, renderMarkdown } from '../report/table-out.js';
import { exceeded, parseThreshold } from '../report/threshold.js';
import { reportSchema } from '../report/schema.js';
import { emit } from '../report/emit/index.js';
import { type AUDIT, type OptionsOf, TABLE_FORMATS } from '../command-options.js';
import type { Inputs } from '../report/out-guard.js';
import { reportJson } from '../report/json-stream.js';
import { runtime } from '../launch/runtime.js';
import { EXIT, UsageError } from '../errors.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import type { Translator } from '../i18n/translator.js';
import { sayNotice } from '../i18n/notice.js';
import { pluginSettings } from './plugin-settings.js';
import { flagsInForce } from '../config/flags.js';
import type { FromConfig } from '../config/apply.js';

export type AuditOptions = OptionsOf<typeof AUDIT> & FromConfig;

/** export → evidence → classify → report. Returns the exit code: 0, or 1 when a threshold is exceeded. */
export async function audit(path: string, options: AuditOptions, io: Io, t: Translator): Promise<number> {
  const format = options.json ? 'json' : (options.format ?? 'text');
  if (format !== 'text' && format !== 'json' && !(TABLE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError({ key: 'usage.auditFormat', values: { formats: TABLE_FORMATS.join(', '), value: format } });
  }
  if (format === 'html' && options.out === undefined && io.stdoutIsTTY) {
    throw new UsageError({ key: 'usage.htmlNeedsOut', values: { file: 'report.html' } });
  }
  const maxStrangers = options.maxStrangers === undefined ? undefined : parseThreshold('--max-strangers', options.maxStrangers);
  const maxWeakTies = options.maxWeakTies === undefined ? undefined : parseThreshold('--max-weak-ties', options.maxWeakTies);

  const { report, text, read } = await reportOn(path, format, options, io, t);
  // What the analysis made and the report does not need went when reportOn() returned: collected now, V8
  // sizes the heap the report is written in from what is left, not from all it held before (docs/performance.md).
  runtime().collectGarbage();
  await emit(io, options.out, text ?? reportJson(report), { export: read });
  if (format === 'html' && options.out !== undefined && options.out !== '-') {
    io.stderr.write(`${t('page.wrote', { target: safeText(pathToFileURL(resolve(io.cwd, options.out)).href) })}\n`);
  }

  const { total, byLabel } = report.summary;
  const failures = [
    maxStrangers && exceeded('--max-strangers', 'threshold.strangers', maxStrangers, byLabel.stranger, total, t),
    maxWeakTies && exceeded('--max-weak-ties', 'threshold.weakTies', maxWeakTies, byLabel['weak-tie'], total, t),
  ].filter((reason): reason is string => typeof reason === 'string');
  for (const reason of failures) io.stderr.write(`netprune: ${reason}\n`);
  return failures.length > 0 ? EXIT.threshold : EXIT.ok;
}

/**
 * The report, and its text unless it is JSON, which is checked and written a piece at a time
 * (report/json-stream.ts), each contact made as it is reached: only the contacts are kept for it. The rest of
 * the analysis (the messages' aggregates, the tables read) is not kept while the report is written: a
 * million-row export's would otherwise stay in memory to the end.
 */
async function reportOn(
  path: string,
  format: string,
  options: AuditOptions,
  io: Io,
  t: Translator,
): Promise<{ report: LazyReport; text?: string; read: Inputs['export'] }> {
  const progress = createProgress(io.stderr, io.stderrIsTTY, t);
  // The reasons follow the language, in JSON too; the HTML page is English throughout until it is in the catalogue.
  const translator = format === 'html' ? undefined : t;
  const analysis = await analyse(path, {
    ...options,
    ...pluginSettings(options, io),
    today: io.today,
    cwd: io.cwd,
    onProgress: progress.update,
    translator,
  }).finally(progress.done);
  // What was read, so that --out never replaces it.
  const read = { source: analysis.source, files: analysis.files };
  if (format === 'json') return { report: buildLazyReport(analysis, io.now), read };
  const report = reportSchema.parse(buildReport(analysis, io.now));
  if (format === 'csv') return { report, text: renderCsv(report), read };
  if (format === 'md') return { report, text: renderMarkdown(report), read };
  if (format === 'html') {
    // The page says the warnings in its language; the report keeps them in English, as its JSON does.
    return { report, text: renderAuditHtml({ ...report, warnings: analysis.warnings.map((w) => sayNotice(w, t)) }, t), read };
  }
  const colour = createColour(io.env, options.out === undefined && io.stdoutIsTTY);
  // The read summary says each file's warnings under the files: the end says the others, not those again.
  const saidWithFiles = new Set(analysis.files.flatMap((file) => file.warnings));
  const warnings = analysis.warnings.filter((warning) => !saidWithFiles.has(warning));
  return {
    report,
    text: `${renderReadSummary(analysis, t, colour, io.cwd)}\n${renderAudit(report, warnings, t, colour, flagsInForce(options))}`,
    read,
  };
}
