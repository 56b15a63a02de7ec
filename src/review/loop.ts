import type { Decision } from '../plugin-api.js';
import { UserAbortError } from '../errors.js';
import type { Colour } from '../util/colour.js';
import type { Translator } from '../i18n/translator.js';
import { safeText } from '../util/terminal-text.js';
import { cardWidth, formatCard, formatProgress, fullName, type Progress } from './card.js';
import { decisionEntry, type DecisionEntry, type DecisionSource } from '../decisions/index.js';
import { askCardAction, type CardAction, type PromptContext } from './prompts.js';
import type { ReviewItem } from './queue.js';
import { rulesOf } from './because-text.js';
import { answeredLine, expectation, helpLines, keyBar } from './screen-lines.js';
import { type Batching, companyBatch, findPerson, predictedBatch } from './loop-batches.js';
import { TasteSession, type TasteSessionOptions } from './taste-session.js';

/** Where answers go: the decisions file in the command, a Map in tests. Each call must be durable when it resolves. */
interface DecisionSink {
  get(key: string): DecisionEntry | undefined;
  apply(changes: ReadonlyArray<readonly [key: string, entry: DecisionEntry | undefined]>): Promise<void>;
}

export interface ReviewLoopOptions {
  /** The contacts to ask about, in order (see buildQueue). */
  queue: readonly ReviewItem[];
  /** Every contact the review covers, for the progress line. */
  scope: readonly ReviewItem[];
  sink: DecisionSink;
  colour: Colour;
  /** The language of every line the session shows, the card's included. */
  t: Translator;
  /** Opens a profile URL in the browser; the command spawns the system opener. */
  openUrl: (url: string) => Promise<void>;
  /** The person's taste, learnt from their answers: what each card is expected to get, `b`, `--order unsure`. */
  taste?: TasteSessionOptions;
  now?: () => Date;
  context?: PromptContext;
}

export interface ReviewSummary {
  /** This session's answers that still stand after any undo, in the order given. */
  answers: { key: string; decision: Decision }[];
  /** Over the whole scope, earlier sessions included. */
  progress: Progress;
  /** True when every contact in the queue was answered; false after q. */
  finished: boolean;
}

/** Ctrl-C during a review: every answer is already saved; the summary says what this session did. */
export class ReviewInterrupted extends UserAbortError {
  constructor(
    readonly summary: ReviewSummary,
    message: string,
  ) {
    super(message);
  }
}

interface Frame {
  items: ReviewItem[];
  source: DecisionSource;
  previous: (DecisionEntry | undefined)[];
  session: (Decision | undefined)[];
  requeued: string[];
}

/**
 * Asks about each contact in turn and hands every answer to the sink at once. Skipped
 * contacts come back once after the others; `u` undoes the last answer (or batch); `c`
 * answers every remaining contact at the same company; `b` accepts what the taste model is
 * surest of; `/` jumps to a person by name. Pure apart from the prompts, the sink and
 * `openUrl`, which are all passed in.
 */
export async function reviewLoop(options: ReviewLoopOptions): Promise<ReviewSummary> {
  const { sink, colour, t, context } = options;
  const now = options.now ?? (() => new Date());
  const pending = [...options.queue];
  // Contacts skipped in an earlier session are already at the back: one more skip ends them for now.
  const requeued = new Set(pending.filter((item) => sink.get(item.key)?.decision === 'skip').map((item) => item.key));
  const session = new Map<string, Decision>();
  const history: Frame[] = [];
  const taste = options.taste === undefined ? null : new TasteSession(options.taste, (key) => sink.get(key), options.queue);
  let notice: string | undefined;
  let jumpTo: ReviewItem | undefined;

  const progress = (): Progress => {
    const p: Progress = { reviewed: 0, total: options.scope.length, kept: 0, removed: 0, skipped: 0 };
    for (const item of options.scope) {
      const decision = sink.get(item.key)?.decision;
      if (decision === 'keep') p.kept++;
      else if (decision === 'remove') p.removed++;
      else if (decision === 'skip') p.skipped++;
    }
    p.reviewed = p.kept + p.removed;
    return p;
  };
  const summary = (finished: boolean): ReviewSummary => ({
    answers: [...session].map(([key, decision]) => ({ key, decision })),
    progress: progress(),
    finished,
  });

  const answer = async (items: ReviewItem[], decision: Decision, source: DecisionSource): Promise<void> => {
    const frame: Frame = { items, source, previous: items.map((i) => sink.get(i.key)), session: items.map((i) => session.get(i.key)), requeued: [] };
    await sink.apply(items.map((item) => [item.key, decisionEntry(item.connection, decision, source, now())] as const));
    history.push(frame);
    const answered = new Set(items.map((i) => i.key));
    removeWhere(pending, (p) => answered.has(p.key));
    for (const item of items) {
      session.set(item.key, decision);
      if (decision === 'skip' && !requeued.has(item.key)) {
        requeued.add(item.key);
        frame.requeued.push(item.key);
        pending.push(item);
      }
    }
    // A batch the model proposed teaches it nothing (learn.ts): no need to learn again.
    if (source !== 'predicted') taste?.learn();
  };

  const undo = async (): Promise<string> => {
    const frame = history.pop();
    if (frame === undefined) return t('review.undo.nothing');
    await sink.apply(frame.items.map((item, i) => [item.key, frame.previous[i]] as const));
    const keys = new Set(frame.items.map((i) => i.key));
    removeWhere(pending, (p) => keys.has(p.key));
    pending.unshift(...frame.items);
    jumpTo = frame.items[0];
    frame.items.forEach((item, i) => {
      const before = frame.session[i];
      if (before === undefined) session.delete(item.key);
      else session.set(item.key, before);
    });
    for (const key of frame.requeued) requeued.delete(key);
    if (frame.source !== 'predicted') taste?.learn();
    const first = frame.items[0]!;
    if (frame.items.length === 1) return t('review.undo.one', { name: fullName(first) });
    if (frame.source === 'predicted') return t('review.undo.batch', { count: frame.items.length });
    return t('review.undo.company', { count: frame.items.length, company: safeText(first.connection.company.trim()) });
  };

  const batching: Batching = { pending, colour, t, context, answer };

  const open = async (item: ReviewItem): Promise<string> => {
    const url = item.connection.url;
    if (url === null) return t('review.open.noUrl', { name: fullName(item) });
    try {
      await options.openUrl(url);
      return t('review.open.opened', { url: safeText(url) });
    } catch (error) {
      return t('review.open.failed', { error: safeText((error as Error).message), url: safeText(url) });
    }
  };

  /** The card to show: the one jumped to, else with `--order unsure` the model's pick among the undecided, else the queue's next. */
  const next = (): ReviewItem => {
    if (jumpTo !== undefined && pending.includes(jumpTo)) return jumpTo;
    const fresh = pending.filter((p) => !requeued.has(p.key));
    return taste?.next(fresh.length > 0 ? fresh : pending) ?? pending[0]!;
  };

  try {
    while (pending.length > 0) {
      const item = next();
      jumpTo = item;
      const earlier = sink.get(item.key);
      const expects = taste === null ? undefined : expectation(colour, taste.ready ? taste.predict(item) : null, taste.missing(t), t, rulesOf(item));
      const action: CardAction = await askCardAction(
        {
          progress: formatProgress(progress(), colour, t),
          card: (columns, lines) => formatCard(item, { width: cardWidth(columns), colour, earlier, expects, lines, t }),
          keyBar: (columns) => keyBar(colour, cardWidth(columns), taste !== null, t),
          help: (columns) => helpLines(t, taste !== null, cardWidth(columns)).map((line) => colour.dim(line)),
          unknownKey: (char) => (char === undefined ? t('review.unknownKeyUnnamed') : t('review.unknownKey', { key: char })),
          notice,
          answered: (a, columns) => answeredLine(colour, item, a, cardWidth(columns), t),
        },
        context,
      );
      notice = undefined;
      // Keys that answer move on; the others show the same card again unless they chose another.
      if (action === 'keep' || action === 'remove' || action === 'skip') {
        jumpTo = undefined;
        const learning = taste !== null && !taste.ready;
        await answer([item], action, 'card');
        if (learning && taste.ready) notice = t('review.learnt');
      } else if (action === 'undo') notice = await undo();
      else if (action === 'open') notice = await open(item);
      else if (action === 'company') notice = await companyBatch(item, batching);
      else if (action === 'batch') notice = taste === null ? undefined : await predictedBatch(taste, batching);
      else if (action === 'find') {
        const found = await findPerson(batching);
        notice = found.notice;
        jumpTo = found.person ?? jumpTo;
      } else return summary(false);
    }
    return summary(true);
  } catch (error) {
    if (error instanceof UserAbortError) throw new ReviewInterrupted(summary(false), t('review.interrupted'));
    throw error;
  }
}

function removeWhere<T>(list: T[], predicate: (value: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i]!)) list.splice(i, 1);
}
