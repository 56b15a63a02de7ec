import type { Decision } from '../plugin-api.js';
import { UserAbortError } from '../errors.js';
import type { Colour } from '../util/colour.js';
import { safeText } from '../util/terminal-text.js';
import { cardWidth, formatCard, formatProgress, fullName, type Progress } from './card.js';
import type { DecisionEntry } from '../decisions/index.js';
import { askCardAction, askCompanyBatch, type CardAction, type PromptContext } from './prompts.js';
import { companyKey, type ReviewItem } from './queue.js';
import { answeredLine, batchScreen, HELP, keyBar } from './screen-lines.js';

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
  /** Opens a profile URL in the browser; the command spawns the system opener. */
  openUrl: (url: string) => Promise<void>;
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
  constructor(readonly summary: ReviewSummary) {
    super('Interrupted. Every answer so far is saved; run review again to resume.');
  }
}

interface Frame {
  items: ReviewItem[];
  previous: (DecisionEntry | undefined)[];
  session: (Decision | undefined)[];
  requeued: string[];
}

/**
 * Asks about each contact in turn and hands every answer to the sink at once. Skipped
 * contacts come back once after the others; `u` undoes the last answer (or company batch);
 * `c` answers every remaining contact at the same company. Pure apart from the prompts,
 * the sink and `openUrl`, which are all passed in.
 */
export async function reviewLoop(options: ReviewLoopOptions): Promise<ReviewSummary> {
  const { sink, colour, context } = options;
  const now = options.now ?? (() => new Date());
  const pending = [...options.queue];
  // Contacts skipped in an earlier session are already at the back: one more skip ends them for now.
  const requeued = new Set(pending.filter((item) => sink.get(item.key)?.decision === 'skip').map((item) => item.key));
  const session = new Map<string, Decision>();
  const history: Frame[] = [];
  let notice: string | undefined;

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
  const entryFor = (item: ReviewItem, decision: Decision): DecisionEntry => ({
    decision,
    name: `${item.connection.firstName} ${item.connection.lastName}`.trim(),
    url: item.connection.url,
    company: item.connection.company,
    position: item.connection.position,
    connectedOn: item.connection.connectedOn,
    decidedAt: now().toISOString(),
  });

  const answer = async (items: ReviewItem[], decision: Decision): Promise<void> => {
    const frame: Frame = { items, previous: items.map((i) => sink.get(i.key)), session: items.map((i) => session.get(i.key)), requeued: [] };
    await sink.apply(items.map((item) => [item.key, entryFor(item, decision)] as const));
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
  };

  const undo = async (): Promise<string> => {
    const frame = history.pop();
    if (frame === undefined) return 'Nothing to undo in this session.';
    await sink.apply(frame.items.map((item, i) => [item.key, frame.previous[i]] as const));
    const keys = new Set(frame.items.map((i) => i.key));
    removeWhere(pending, (p) => keys.has(p.key));
    pending.unshift(...frame.items);
    frame.items.forEach((item, i) => {
      const before = frame.session[i];
      if (before === undefined) session.delete(item.key);
      else session.set(item.key, before);
    });
    for (const key of frame.requeued) requeued.delete(key);
    const first = frame.items[0]!;
    return frame.items.length === 1
      ? `Undone: ${fullName(first)} is undecided again.`
      : `Undone: the ${frame.items.length} contacts at ${safeText(first.connection.company.trim())} are undecided again.`;
  };

  const batch = async (item: ReviewItem): Promise<string | undefined> => {
    const company = companyKey(item.connection.company);
    if (company === '') return `${fullName(item)} has no company in the export.`;
    const group = pending.filter((p) => companyKey(p.connection.company) === company);
    const choice = await askCompanyBatch(batchScreen(colour, safeText(item.connection.company.trim()), group), context);
    if (choice === 'cancel') return 'Company batch cancelled; nothing changed.';
    await answer(group, choice);
    return undefined;
  };

  const open = async (item: ReviewItem): Promise<string> => {
    const url = item.connection.url;
    if (url === null) return `No profile URL for ${fullName(item)} in this export: search LinkedIn for the name.`;
    try {
      await options.openUrl(url);
      return `Opened ${safeText(url)} in your browser.`;
    } catch (error) {
      return `Could not open a browser (${safeText((error as Error).message)}). The profile: ${safeText(url)}`;
    }
  };

  try {
    while (pending.length > 0) {
      const item = pending[0]!;
      const earlier = sink.get(item.key);
      const action: CardAction = await askCardAction(
        {
          progress: formatProgress(progress(), colour),
          card: (columns) => formatCard(item, { width: cardWidth(columns), colour, earlier }),
          keyBar: (columns) => keyBar(colour, cardWidth(columns)),
          help: HELP.map((line) => colour.dim(line)),
          notice,
          answered: (a, columns) => answeredLine(colour, item, a, cardWidth(columns)),
        },
        context,
      );
      notice = undefined;
      if (action === 'keep' || action === 'remove' || action === 'skip') await answer([item], action);
      else if (action === 'undo') notice = await undo();
      else if (action === 'open') notice = await open(item);
      else if (action === 'company') notice = await batch(item);
      else return summary(false);
    }
    return summary(true);
  } catch (error) {
    if (error instanceof UserAbortError) throw new ReviewInterrupted(summary(false));
    throw error;
  }
}

function removeWhere<T>(list: T[], predicate: (value: T) => boolean): void {
  for (let i = list.length - 1; i >= 0; i--) if (predicate(list[i]!)) list.splice(i, 1);
}
