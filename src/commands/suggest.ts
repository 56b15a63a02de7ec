import { analyseOutsiders } from '../analyse.js';
import { buildSuggestReport, suggestReportSchema } from '../report/suggest-schema.js';
import { renderSuggestions } from '../report/suggest-text.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import type { OptionsOf, SUGGEST } from '../command-options.js';
import { emit } from '../report/emit/index.js';
import { jsonText } from '../report/emit/json.js';

export type SuggestOptions = OptionsOf<typeof SUGGEST>;

/** People the export shows the owner knows who are not connections: who to invite, strongest evidence first. */
export async function suggest(path: string, options: SuggestOptions, io: Io): Promise<number> {
  const progress = createProgress(io.stderr, io.stderrIsTTY, 'Reading messages.csv');
  // No classifier: the connections' labels play no part in who is missing from them.
  const analysis = await analyseOutsiders(path, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
  const report = suggestReportSchema.parse(buildSuggestReport(analysis, io.now));
  const text = options.json
    ? jsonText(suggestReportSchema, report)
    : renderSuggestions(report, createColour(io.env, options.out === undefined && io.stdoutIsTTY));
  await emit(io, options.out, text, { export: analysis });
  return 0;
}
