import type { DecisionEntry } from '../decisions/index.js';
import type { Translator } from '../i18n/translator.js';
import { learnTaste, stillNeeded } from './learn.js';
import type { ReviewItem } from './queue.js';
import { confidentBatch, firstQuestions, isNotEnough, type NotEnough, rankByUncertainty, type TasteModel, type TastePrediction } from './taste/index.js';

/** A predicted batch is proposed at this confidence or more: of 100 such proposals, about 5 would be wrong. */
const BATCH_CONFIDENCE = 0.95;

export interface TasteSessionOptions {
  /** Every contact of the export: the model learns from all the person has decided, in any label. */
  contacts: readonly ReviewItem[];
  /** `YYYY-MM-DD`, the run's today: recency is counted from it. */
  today: string;
  /** Ask first about the cards the model is least sure of (`--order unsure`). */
  unsure: boolean;
}

/**
 * The taste model during a review: trained again after every answer, it says what it expects of
 * each card, picks the next card when asked to, and proposes the contacts it is surest about.
 */
export class TasteSession {
  private model: TasteModel | null = null;
  private needed: NotEnough | null = null;
  private changes = 0;
  private readonly coldOrder: Map<string, number>;

  constructor(
    private readonly options: TasteSessionOptions,
    private readonly decisionOf: (key: string) => DecisionEntry | undefined,
    queue: readonly ReviewItem[],
  ) {
    this.coldOrder = new Map(firstQuestions(queue).map((item, i) => [item.key, i]));
    this.train();
  }

  /**
   * After an answer or an undo. A fit takes about a tenth of a second per thousand answers: past a
   * hundred answers the model learns again after every 1 % more, which changes it little, so that a
   * key never waits on it.
   */
  learn(): void {
    this.changes++;
    if (this.model === null || this.changes >= Math.floor(this.model.answers / 100)) this.train();
  }

  private train(): void {
    this.changes = 0;
    const result = learnTaste(this.options.contacts, this.decisionOf, this.options.today);
    this.model = isNotEnough(result) ? null : result;
    this.needed = isNotEnough(result) ? result : null;
  }

  get ready(): boolean {
    return this.model !== null;
  }

  /** What the model still needs, when it is not ready: "7 more decisions (13 of 20)"; '' once it is. */
  missing(t: Translator): string {
    return this.needed === null ? '' : stillNeeded(t, this.needed);
  }

  predict(item: ReviewItem): TastePrediction | null {
    return this.model?.predict(item) ?? null;
  }

  /** The card to ask next among `pool` with `--order unsure`: the least sure, or before a model one of each kind in turn; null otherwise. */
  next(pool: readonly ReviewItem[]): ReviewItem | null {
    if (!this.options.unsure || pool.length === 0) return null;
    if (this.model !== null) return rankByUncertainty(pool, this.model)[0] ?? null;
    const rank = (item: ReviewItem) => this.coldOrder.get(item.key) ?? Number.MAX_SAFE_INTEGER;
    return pool.reduce((best, item) => (rank(item) < rank(best) ? item : best));
  }

  /** The contacts of `pool` the model is at least 95 % sure about, one decision, surest first. */
  batch(pool: readonly ReviewItem[]): { decision: 'keep' | 'remove'; contacts: ReviewItem[] } | null {
    return this.model === null ? null : confidentBatch(pool, this.model, BATCH_CONFIDENCE);
  }
}
