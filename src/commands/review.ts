import { LABEL_PLURALS } from '../util/labels.js';
import { resolve } from 'node:path';
import { analyse } from '../analyse.js';
import { UsageError } from '../errors.js';
import { contactKeys, isNameKey } from '../review/contact-key.js';
import { DecisionStore, decisionsFileFor } from '../decisions/index.js';
import type { Connection } from '../export/records.js';
import { describeUnplaced, type Placement } from '../review/same-person.js';
import { safeText } from '../util/terminal-text.js';
import { acquireLock } from '../review/lock.js';
import { ReviewInterrupted, reviewLoop, type ReviewSummary } from '../review/loop.js';
import { openInBrowser } from '../review/open-url.js';
import type { PromptContext } from '../review/prompts.js';
import { buildQueue, labelsFor, ONLY, ORDERS, scopeOf, type Only, type Order, type ReviewItem } from '../review/queue.js';
import { createColour, type Colour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import type { OptionsOf, REVIEW } from '../command-options.js';
import { pluginSettings } from './plugin-settings.js';
import { flagsInForce } from '../config/flags.js';
import { shellQuote } from '../util/shell-quote.js';
import type { FromConfig } from '../config/apply.js';

const meFlag = (options: { me?: string }): string => flagsInForce({ me: options.me });

export type ReviewOptions = OptionsOf<typeof REVIEW> & FromConfig;

/** What tests and other programs may swap: the browser opener and the prompts' streams. */
export interface ReviewDeps {
  openUrl?: (url: string) => Promise<void>;
  context?: PromptContext;
}

/** audit, then one card per contact answered with a single key; every answer is saved at once. */
export async function review(path: string, options: ReviewOptions, io: Io, deps: ReviewDeps = {}): Promise<number> {
  if (!io.stdinIsTTY || !io.stdoutIsTTY) {
    throw new UsageError(
      `review is interactive and needs a terminal; in a script use \`netprune audit ${shellQuote(path)}${flagsInForce(options)} --json\`, or \`netprune prune-list ${shellQuote(path)}${meFlag(options)}\` for earlier decisions`,
    );
  }
  const only = choice('--only', options.only, ONLY);
  const order = choice('--order', options.order, ORDERS);
  const exportPath = resolve(io.cwd, path);
  const statePath = decisionsFileFor(exportPath, io.cwd, options.state);

  const release = await acquireLock(statePath);
  try {
    const progress = createProgress(io.stderr, io.stderrIsTTY);
    // Opened before the long read: a damaged decisions file should stop us at once.
    const store = await DecisionStore.open(statePath, exportPath);
    const analysis = await analyse(exportPath, {
      ...options,
      ...pluginSettings(options, io),
      today: io.today,
      cwd: io.cwd,
      decisions: store.decisions(),
      onProgress: progress.update,
    }).finally(progress.done);
    store.claim(analysis.owner.key);

    const connections = analysis.contacts.map((c) => c.connection);
    const keys = contactKeys(connections);
    const unapplied = store.adopt(connections, keys);
    const items: ReviewItem[] = analysis.contacts.map((contact, i) => ({ key: keys[i]!, ...contact }));
    const scope = scopeOf(items, only);
    const queue = buildQueue(items, store.decisions(), { only, order, redo: options.redo });
    const colour = createColour(io.env, io.stdoutIsTTY);
    io.stdout.write(introduction(scope, queue, only, order, statePath, colour));
    if (unapplied.length > 0) io.stdout.write(notApplied(unapplied, connections, colour));

    let summary: ReviewSummary;
    try {
      summary = await reviewLoop({
        queue,
        scope,
        sink: store,
        colour,
        openUrl: deps.openUrl ?? openInBrowser,
        taste: { contacts: items, today: analysis.today, unsure: order === 'unsure' },
        context: deps.context ?? io.terminal,
      });
    } catch (error) {
      if (error instanceof ReviewInterrupted) io.stdout.write(ending(error.summary, path, options, statePath, colour));
      throw error;
    }
    io.stdout.write(ending(summary, path, options, statePath, colour));
    return 0;
  } finally {
    await release();
  }
}

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}

function introduction(scope: ReviewItem[], queue: ReviewItem[], only: Only | undefined, order: Order | undefined, statePath: string, colour: Colour): string {
  const labels = labelsFor(only).map((l) => LABEL_PLURALS[l]);
  if (scope.length === 0) return `Nothing to review: no ${labels.join(' or ')} in this export.\n`;
  if (queue.length === 0) {
    return `Nothing to review: all ${scope.length} ${labels.join(' and ')} have an answer. Add --redo to go through them again.\n`;
  }
  const lines = [
    `Reviewing ${queue.length} of ${scope.length}: ${labels.join(', then ')}, ${ORDER_WORDS[order ?? 'oldest']}.`,
    colour.dim(`Every answer is saved at once in ${safeText(statePath)}`),
  ];
  const byName = queue.filter((item) => isNameKey(item.key)).length;
  if (byName > 0) {
    const one = byName === 1;
    lines.push(
      colour.dim(
        `${one ? '1 person has' : `${byName} people have`} no profile URL in this export: ${one ? 'that answer is' : 'their answers are'} kept by name.`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Earlier decisions saved by name that a namesake here must not inherit. */
function notApplied(unapplied: Placement['unplaced'], connections: readonly Connection[], colour: Colour): string {
  const one = unapplied.length === 1;
  const lines = [
    colour.yellow(
      `${one ? '1 earlier decision' : `${unapplied.length} earlier decisions`} saved by name ${one ? 'is' : 'are'} not applied: the ${one ? 'person of that name here differs' : 'people of those names here differ'} in company or connection date.`,
    ),
    ...unapplied.map((u) => colour.dim(`  ${safeText(describeUnplaced(u, connections))}`)),
  ];
  return `${lines.join('\n')}\n`;
}

const ORDER_WORDS: Record<Order, string> = {
  oldest: 'oldest connection first',
  newest: 'newest connection first',
  name: 'by name',
  company: 'by company',
  unsure: 'the cards netprune is least sure of first',
};

/** The closing lines; the commands they suggest carry the options in force, so that resuming judges as this run did. */
function ending(summary: ReviewSummary, path: string, options: ReviewOptions, statePath: string, colour: Colour): string {
  const count = (decision: string) => summary.answers.filter((a) => a.decision === decision).length;
  const p = summary.progress;
  const undecided = p.total - p.reviewed;
  const stateFlag = options.state === undefined ? '' : ` --state ${shellQuote(options.state)}`;
  const orderFlags = `${options.only === undefined ? '' : ` --only ${options.only}`}${options.order === undefined || options.order === 'oldest' ? '' : ` --order ${options.order}`}`;
  const lines = [
    summary.answers.length === 0 ? 'No answers this session.' : `This session: ${count('keep')} kept, ${count('remove')} removed, ${count('skip')} skipped.`,
    `Overall: ${p.kept} kept, ${p.removed} removed, ${undecided} still to decide${p.skipped > 0 ? ` (${p.skipped} skipped)` : ''}, of ${p.total}.`,
    `Decisions: ${safeText(statePath)}`,
  ];
  if (undecided > 0 && !summary.finished)
    lines.push(`To resume:       ${colour.bold(`netprune review ${shellQuote(path)}${stateFlag}${flagsInForce(options)}${orderFlags}`)}`);
  if (p.removed > 0)
    lines.push(`The prune list:  ${colour.bold(`netprune prune-list ${shellQuote(path)}${stateFlag}${meFlag(options)} --format html --out prune-list.html`)}`);
  return `\n${lines.join('\n')}\n`;
}
