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
import { buildQueue, labelsFor, scopeOf, type ReviewItem } from '../review/queue.js';
import { ONLY, ORDERS, type Only, type Order } from '../review/queue-choices.js';
import { createColour, type Colour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import type { OptionsOf, REVIEW } from '../command-options.js';
import { pluginSettings } from './plugin-settings.js';
import { flagsInForce } from '../config/flags.js';
import { shellQuote } from '../util/shell-quote.js';
import type { FromConfig } from '../config/apply.js';
import type { Translator } from '../i18n/translator.js';
import { labelPlural } from '../review/screen-lines.js';

const meFlag = (options: { me?: string }): string => flagsInForce({ me: options.me });

export type ReviewOptions = OptionsOf<typeof REVIEW> & FromConfig;

/** What tests and other programs may swap: the browser opener and the prompts' streams. */
export interface ReviewDeps {
  openUrl?: (url: string) => Promise<void>;
  context?: PromptContext;
}

/** audit, then one card per contact answered with a single key; every answer is saved at once. */
export async function review(path: string, options: ReviewOptions, io: Io, t: Translator, deps: ReviewDeps = {}): Promise<number> {
  if (!io.stdinIsTTY || !io.stdoutIsTTY) {
    throw new UsageError(
      t('review.needsTerminal', {
        audit: `\`netprune audit ${shellQuote(path)}${flagsInForce(options)} --json\``,
        pruneList: `\`netprune prune-list ${shellQuote(path)}${meFlag(options)}\``,
      }),
    );
  }
  const only = choice('--only', options.only, ONLY);
  const order = choice('--order', options.order, ORDERS);
  const exportPath = resolve(io.cwd, path);
  const statePath = decisionsFileFor(exportPath, io.cwd, options.state);

  const release = await acquireLock(statePath);
  try {
    const progress = createProgress(io.stderr, io.stderrIsTTY, t);
    // Opened before the long read: a damaged decisions file should stop us at once.
    const store = await DecisionStore.open(statePath, exportPath);
    const analysis = await analyse(exportPath, {
      ...options,
      ...pluginSettings(options, io),
      today: io.today,
      cwd: io.cwd,
      decisions: store.decisions(),
      translator: t,
      onProgress: progress.update,
    }).finally(progress.done);
    store.claim(analysis.owner);

    const connections = analysis.contacts.map((c) => c.connection);
    const keys = contactKeys(connections);
    const unapplied = store.adopt(connections, keys);
    const items: ReviewItem[] = analysis.contacts.map((contact, i) => ({ key: keys[i]!, ...contact }));
    const scope = scopeOf(items, only);
    const queue = buildQueue(items, store.decisions(), { only, order, redo: options.redo });
    const colour = createColour(io.env, io.stdoutIsTTY);
    io.stdout.write(introduction(scope, queue, only, order, statePath, colour, t));
    if (unapplied.length > 0) io.stdout.write(notApplied(unapplied, connections, colour, t));

    let summary: ReviewSummary;
    try {
      summary = await reviewLoop({
        queue,
        scope,
        sink: store,
        colour,
        t,
        openUrl: deps.openUrl ?? openInBrowser,
        taste: { contacts: items, today: analysis.today, unsure: order === 'unsure' },
        context: deps.context ?? io.terminal,
      });
    } catch (error) {
      if (error instanceof ReviewInterrupted) io.stdout.write(ending(error.summary, path, options, statePath, colour, t));
      throw error;
    }
    io.stdout.write(ending(summary, path, options, statePath, colour, t));
    return 0;
  } finally {
    await release();
  }
}

function choice<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined || (allowed as readonly string[]).includes(value)) return value as T | undefined;
  throw new UsageError({ key: 'usage.oneOf', values: { flag, allowed: allowed.join(', '), value } });
}

/** The labels a review covers, joined as a sentence joins them: "strangers or weak ties", "strangers, then weak ties". */
function joined(t: Translator, only: Only | undefined, join: 'review.labelsOr' | 'review.labelsAnd' | 'review.labelsThen'): string {
  return labelsFor(only)
    .map((l) => labelPlural(t, l))
    .reduce((first, last) => t(join, { first, last }));
}

function introduction(
  scope: ReviewItem[],
  queue: ReviewItem[],
  only: Only | undefined,
  order: Order | undefined,
  statePath: string,
  colour: Colour,
  t: Translator,
): string {
  if (scope.length === 0) return `${t('review.nothing', { labels: joined(t, only, 'review.labelsOr') })}\n`;
  if (queue.length === 0) return `${t('review.allAnswered', { count: scope.length, labels: joined(t, only, 'review.labelsAnd') })}\n`;
  const lines = [
    t('review.reviewing', {
      count: queue.length,
      total: scope.length,
      labels: joined(t, only, 'review.labelsThen'),
      order: t(`review.order.${order ?? 'oldest'}`),
    }),
    colour.dim(t('review.savedIn', { file: safeText(statePath) })),
  ];
  const byName = queue.filter((item) => isNameKey(item.key)).length;
  if (byName > 0) lines.push(colour.dim(t('review.byName', { count: byName })));
  return `${lines.join('\n')}\n`;
}

const UNAPPLIED_SHOWN = 20;

/** Earlier decisions saved by name that a namesake here must not inherit. */
function notApplied(unapplied: Placement['unplaced'], connections: readonly Connection[], colour: Colour, t: Translator): string {
  const lines = [
    colour.yellow(t('review.notApplied', { count: unapplied.length })),
    ...unapplied.slice(0, UNAPPLIED_SHOWN).map((u) => colour.dim(`  ${safeText(describeUnplaced(u, connections, t))}`)),
  ];
  // An older file keyed by name alone may set hundreds aside: the screen shows the first, and counts the rest.
  if (unapplied.length > UNAPPLIED_SHOWN) lines.push(colour.dim(`  ${t('decide.andMore', { count: unapplied.length - UNAPPLIED_SHOWN })}`));
  return `${lines.join('\n')}\n`;
}

/** The closing lines; the commands they suggest carry the options in force, so that resuming judges as this run did. */
function ending(summary: ReviewSummary, path: string, options: ReviewOptions, statePath: string, colour: Colour, t: Translator): string {
  const count = (decision: string) => summary.answers.filter((a) => a.decision === decision).length;
  const p = summary.progress;
  const undecided = p.total - p.reviewed;
  const stateFlag = options.state === undefined ? '' : ` --state ${shellQuote(options.state)}`;
  const orderFlags = `${options.only === undefined ? '' : ` --only ${options.only}`}${options.order === undefined || options.order === 'oldest' ? '' : ` --order ${options.order}`}`;
  const overall = { kept: p.kept, removed: p.removed, undecided, total: p.total };
  const lines = [
    summary.answers.length === 0 ? t('review.noAnswers') : t('review.thisSession', { kept: count('keep'), removed: count('remove'), skipped: count('skip') }),
    p.skipped > 0 ? t('review.overallSkipped', { ...overall, skipped: p.skipped }) : t('review.overall', overall),
    t('review.decisions', { file: safeText(statePath) }),
  ];
  if (undecided > 0 && !summary.finished)
    lines.push(t('review.toResume', { command: colour.bold(`netprune review ${shellQuote(path)}${stateFlag}${flagsInForce(options)}${orderFlags}`) }));
  if (p.removed > 0)
    lines.push(
      t('review.thePruneList', {
        command: colour.bold(`netprune prune-list ${shellQuote(path)}${stateFlag}${meFlag(options)} --format html --out prune-list.html`),
      }),
    );
  return `\n${lines.join('\n')}\n`;
}
