import { DateOrderEvidence } from '../date-order.js';
import type { DayMonthOrder } from '../dates.js';
import type { Message } from '../../i18n/translator.js';
import { textOf } from './bytes.js';
import type { RecordBatch } from './record-scanner.js';
import { RecordView } from './record-view.js';

/**
 * The order of messages.csv's DATE column (`17/05/2026 10:59` from a European spreadsheet, day first),
 * settled before the rows it decides are folded: a message's date is folded into first and last dates
 * and never kept, so it cannot be read again once the end of the file shows its order. Each batch's
 * dates are looked at before it is folded, until one settles the order; a batch without a slash date
 * ends the looking. LinkedIn's own `… UTC` dates are such a batch: a real export pays for looking at one
 * batch's dates, and its rows for nothing (the fold sees only dates of other shapes, see()).
 */
export class MessageDateOrder {
  private looking = true;
  /** What the batches looked at showed, and then what the fold saw: for the warning. */
  private readonly sampled = new DateOrderEvidence();
  private readonly folded = new DateOrderEvidence();
  /** The order ambiguous dates are read in: the one the first batches showed, else month first. */
  order: DayMonthOrder | undefined;

  /** Looks at the DATE values of a batch about to be folded (from line `after` on), if the order is still open. */
  look(batch: RecordBatch, column: number, after: number): void {
    if (!this.looking) return;
    const view = new RecordView();
    view.batch(batch);
    let rows = 0;
    let slashes = false;
    while (view.next() && !this.sampled.settled) {
      if (view.line <= after) continue;
      rows++;
      if (view.utcStamp(column) >= 0) continue;
      const text = textOf(view.cell(column));
      slashes ||= text.includes('/');
      this.sampled.see(text);
    }
    this.order = this.sampled.order;
    if (this.sampled.settled || (rows > 0 && !slashes)) this.looking = false;
  }

  /**
   * The first date that could be either and was read month first before a later batch showed the
   * column is day first (only if the first batch's dates settled nothing), and its line.
   */
  private readEarly: { date: string; line: number } | undefined;

  /** A date of any shape but LinkedIn's on `line`, decoded (`textOf`). */
  see(text: string, line: number): void {
    if (this.folded.see(text) === 'either' && this.order === undefined) this.readEarly ??= { date: text, line };
  }

  /** The warning when the order was assumed, when the dates mixed both, or when some were read before it was known; null when none is due. */
  warning(file: string): Message | null {
    const early = this.readEarly;
    if (early !== undefined && this.folded.order === 'day-first') {
      return {
        key: 'readers.dateOrder.late',
        values: { where: `${file}:${early.line}`, column: 'DATE', either: early.date, dayFirst: this.folded.dayFirstExample ?? '' },
      };
    }
    return this.folded.warning(file, 'DATE');
  }
}
