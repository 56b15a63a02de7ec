import { analyse } from '../analyse.js';
import { buildReport } from '../report/build.js';
import { renderAudit } from '../report/terminal.js';
import { renderReadSummary } from '../report/read-summary.js';
import { renderCsv, renderMarkdown } from '../report/table-out.js';
import { exceeded, parseThreshold } from '../report/threshold.js';
import { reportSchema } from '../report/schema.js';
import { writeOutput } from '../report/write.js';
import { UsageError } from '../errors.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import { escapeJsonControls } from '../util/terminal-text.js';
import type { Io } from '../util/io.js';

export interface AuditOptions {
  rules?: string;
  classifier?: string;
  me?: string;
  json?: boolean;
  out?: string;
  format?: string;
  maxStrangers?: string;
  maxWeakTies?: string;
}

/** export → evidence → classify → report. Returns the exit code: 0, or 1 when a threshold is exceeded. */
export async function audit(path: string, options: AuditOptions, io: Io): Promise<number> {
  const format = options.json ? 'json' : (options.format ?? 'text');
  if (!['text', 'json', 'csv', 'md'].includes(format)) {
    throw new UsageError(`--format must be csv or md (or use --json); got "${format}"`);
  }
  const maxStrangers = options.maxStrangers === undefined ? undefined : parseThreshold('--max-strangers', options.maxStrangers);
  const maxWeakTies = options.maxWeakTies === undefined ? undefined : parseThreshold('--max-weak-ties', options.maxWeakTies);

  const progress = createProgress(io.stderr, io.stderrIsTTY, 'Reading messages.csv');
  const analysis = await analyse(path, { ...options, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
  const report = reportSchema.parse(buildReport(analysis, io.now));

  if (format === 'text') {
    const colour = createColour(io.env, options.out === undefined && io.stdoutIsTTY);
    await writeOutput(io, options.out, renderReadSummary(analysis.export, colour) + '\n' + renderAudit(report, colour));
  } else {
    const text = format === 'json' ? escapeJsonControls(JSON.stringify(report, null, 2)) + '\n' : format === 'csv' ? renderCsv(report) : renderMarkdown(report);
    await writeOutput(io, options.out, text);
  }

  const { total, byLabel } = report.summary;
  const failures = [
    maxStrangers && exceeded('--max-strangers', 'strangers', maxStrangers, byLabel.stranger, total),
    maxWeakTies && exceeded('--max-weak-ties', 'weak ties', maxWeakTies, byLabel['weak-tie'], total),
  ].filter((reason): reason is string => typeof reason === 'string');
  for (const reason of failures) io.stderr.write(`netprune: ${reason}\n`);
  return failures.length > 0 ? 1 : 0;
}
