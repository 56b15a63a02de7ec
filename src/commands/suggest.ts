import { loadExport } from '../export/load.js';
import { suggestPeople } from '../network/suggest.js';
import { buildSuggestReport, suggestReportSchema } from '../report/suggest-schema.js';
import { renderSuggestions } from '../report/suggest-text.js';
import { listReportJson } from '../report/json-pieces.js';
import { writeOutput } from '../report/write.js';
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
  const exp = await loadExport(path, { me: options.me, onProgress: progress.update, scanMessages: io.scanMessages }).finally(progress.done);
  const report = buildSuggestReport(exp, suggestPeople(exp), io.now, io.today);
  // JSON in pieces, each suggestion checked as it is written: never the whole report as one string.
  if (options.json) await writeOutput(io, undefined, listReportJson(report, 'suggestions', suggestEnvelope, suggestionSchema), {});
  else io.stdout.write(renderSuggestions(suggestReportSchema.parse(report), createColour(io.env, io.stdoutIsTTY)));
  return 0;
}

const suggestEnvelope = suggestReportSchema.omit({ suggestions: true });
const suggestionSchema = suggestReportSchema.shape.suggestions.element;
