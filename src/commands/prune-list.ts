import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { InputError, UsageError } from '../errors.js';
import { readDecisions, defaultStatePath } from '../review/decisions-file.js';
import { pruneRows, PRUNE_FORMATS, renderPruneCsv, renderPruneMarkdown, renderUrls, type PruneFormat } from '../report/prune-list.js';
import { renderPruneHtml } from '../report/prune-list-html.js';
import { writeOutput } from '../report/write.js';
import { quote } from './review.js';
import type { Io } from '../util/io.js';

export interface PruneListOptions {
  format?: string;
  include?: string;
  state?: string;
  out?: string;
}

/** Decisions file → something to act on: profile URLs, CSV, a Markdown checklist or an HTML page. */
export async function pruneList(path: string, options: PruneListOptions, io: Io): Promise<number> {
  const format = (options.format ?? 'urls') as PruneFormat;
  if (!PRUNE_FORMATS.includes(format)) throw new UsageError(`--format must be one of ${PRUNE_FORMATS.join(', ')}; got "${options.format}"`);
  if (options.include !== undefined && options.include !== 'keep') throw new UsageError(`--include takes only "keep"; got "${options.include}"`);
  const includeKeep = options.include === 'keep';
  if (includeKeep && format === 'urls') {
    throw new UsageError(
      '--include keep cannot go with --format urls: a bare list of URLs would mix people to keep with people to remove. Use --format csv, md or html',
    );
  }
  if (format === 'html' && options.out === undefined && io.stdoutIsTTY) {
    throw new UsageError('--format html writes a web page: add --out prune-list.html, then open that file in your browser');
  }

  const statePath = options.state === undefined ? defaultStatePath(resolve(io.cwd, path)) : resolve(io.cwd, options.state);
  const file = await readDecisions(statePath);
  if (file === null) {
    throw new InputError(
      statePath,
      'no decisions yet',
      `Run \`netprune review ${quote(path)}\` first${options.state === undefined ? ', or give the decisions file with --state' : ''}`,
    );
  }
  const rows = pruneRows(file, includeKeep);
  const text =
    format === 'urls' ? renderUrls(rows) : format === 'csv' ? renderPruneCsv(rows) : format === 'md' ? renderPruneMarkdown(rows) : renderPruneHtml(rows);
  await writeOutput(io, options.out, text);

  const remove = rows.filter((r) => r.decision === 'remove');
  const withoutUrl = remove.filter((r) => r.url === null).length;
  if (remove.length === 0) io.stderr.write(`netprune: nobody to remove yet in ${statePath}\n`);
  if (format === 'urls' && withoutUrl > 0) {
    const one = withoutUrl === 1;
    io.stderr.write(
      `netprune: ${withoutUrl} ${one ? 'person' : 'people'} to remove ${one ? 'has' : 'have'} no profile URL in the export and ${one ? 'is' : 'are'} not listed; --format md or html lists them with a search link\n`,
    );
  }
  if (options.out !== undefined && options.out !== '-') {
    const target = resolve(io.cwd, options.out);
    io.stderr.write(`Wrote the prune list (${remove.length} to remove) to ${format === 'html' ? pathToFileURL(target).href : target}\n`);
  }
  return 0;
}
