import { analyseOutsiders } from '../analyse.js';
import { buildSuggestReport, lazySuggestReport, suggestReportSchema } from '../report/suggest-schema.js';
import { renderSuggestions } from '../report/suggest-text.js';
import { listReportJson } from '../report/json-pieces.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import type { OptionsOf, SUGGEST } from '../command-options.js';
import { emit } from '../report/emit/index.js';
import { jsonPieces } from '../report/emit/json.js';
import { ENGLISH_FOR_JSON, type Translator } from '../i18n/translator.js';

export type SuggestOptions = OptionsOf<typeof SUGGEST>;

/** People the export shows the owner knows who are not connections: who to invite, strongest evidence first. */
export async function suggest(path: string, options: SuggestOptions, io: Io, t: Translator): Promise<number> {
  const progress = createProgress(io.stderr, io.stderrIsTTY, t);
  // No classifier: the connections' labels play no part in who is missing from them.
  const analysis = await analyseOutsiders(path, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
  // The signals' detail: English with ISO days in the JSON, whatever the language, for the pipelines that read it.
  // In pieces, each suggestion made and checked as it is written: never the whole report as one string, nor every suggestion at once.
  const text = options.json
    ? jsonPieces(listReportJson(lazySuggestReport(analysis, io.now, ENGLISH_FOR_JSON), 'suggestions', suggestEnvelope, suggestionSchema))
    : renderSuggestions(
        suggestReportSchema.parse(buildSuggestReport(analysis, io.now, t)),
        createColour(io.env, options.out === undefined && io.stdoutIsTTY),
        t,
      );
  await emit(io, options.out, text, { export: analysis });
  return 0;
}

const suggestEnvelope = suggestReportSchema.omit({ suggestions: true });
const suggestionSchema = suggestReportSchema.shape.suggestions.element;
