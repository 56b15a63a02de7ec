import { analyseOutsiders } from '../analyse.js';
import { buildSuggestReport, suggestReportSchema } from '../report/suggest-schema.js';
import { renderSuggestions } from '../report/suggest-text.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';

export interface SuggestOptions {
  me?: string;
  json?: boolean;
}

/** People the export shows the owner knows who are not connections: who to invite, strongest evidence first. */
export async function suggest(path: string, options: SuggestOptions, io: Io): Promise<number> {
  const progress = createProgress(io.stderr, io.stderrIsTTY, 'Reading messages.csv');
  // No classifier: the connections' labels play no part in who is missing from them.
  const analysis = await analyseOutsiders(path, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
  const report = suggestReportSchema.parse(buildSuggestReport(analysis, io.now));
  io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderSuggestions(report, createColour(io.env, io.stdoutIsTTY)));
  return 0;
}
