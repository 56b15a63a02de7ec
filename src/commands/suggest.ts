import { analyseOutsiders } from '../analyse.js';
import { buildSuggestReport, suggestReportSchema } from '../report/suggest-schema.js';
import { renderSuggestions } from '../report/suggest-text.js';
import { listReportJson } from '../report/json-pieces.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import type { OptionsOf, SUGGEST } from '../command-options.js';
import { emit } from '../report/emit/index.js';
import { jsonPieces } from '../report/emit/json.js';

export type SuggestOptions = OptionsOf<typeof SUGGEST>;

/** People the export shows the owner knows who are not connections: who to invite, strongest evidence first. */
export async function suggest(path: string, options: SuggestOptions, io: Io): Promise<number> {
  const progress = createProgress(io.stderr, io.stderrIsTTY);
  // No classifier: the connections' labels play no part in who is missing from them.
  const analysis = await analyseOutsiders(path, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
  const report = buildSuggestReport(analysis, io.now);
  // JSON in pieces, each suggestion checked as it is written: never the whole report as one string.
  const text = options.json
    ? jsonPieces(listReportJson(report, 'suggestions', suggestEnvelope, suggestionSchema))
    : renderSuggestions(suggestReportSchema.parse(report), createColour(io.env, options.out === undefined && io.stdoutIsTTY));
  await emit(io, options.out, text, { export: analysis });
  return 0;
}

const suggestEnvelope = suggestReportSchema.omit({ suggestions: true });
const suggestionSchema = suggestReportSchema.shape.suggestions.element;
