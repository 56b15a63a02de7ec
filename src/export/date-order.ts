import type { Message } from '../i18n/translator.js';
import { detach } from './files/detach.js';
import { slashOrderOf, type DayMonthOrder } from './dates.js';

/**
 * Which of day and month comes first in one column's slash dates, from all its values. LinkedIn
 * writes month first (`6/3/18, 9:41 AM`); a European spreadsheet re-saving the file writes day first
 * (`17/01/2019`). Reading each value alone mixed both orders in one file, `05/03/2024` (5 March) as
 * 3 May beside `17/01/2019` as 17 January. A column is read in one order: day first if any value can
 * only be day first and none can only be month first, and the other way round; if nothing settles it,
 * month first, said in a warning.
 */
export class DateOrderEvidence {
  private dayFirst: string | undefined;
  private monthFirst: string | undefined;
  private either: string | undefined;

  /** Looks at one value of the column; returns what it says of the order. */
  see(value: string): ReturnType<typeof slashOrderOf> {
    // Once a value is only month first (every row of LinkedIn's Invitations.csv), only one that can only
    // be day first still tells anything, and it starts past 12: the rest are not looked at.
    if (this.monthFirst !== undefined && (this.dayFirst !== undefined || !startsPast12(value))) return null;
    const says = slashOrderOf(value);
    // Kept for a warning, which may live to the report: a copy, not a slice of the file's text.
    if (says === 'day-first') this.dayFirst ??= detach(value);
    else if (says === 'month-first') this.monthFirst ??= detach(value);
    else if (says === 'either') this.either ??= detach(value);
    return says;
  }

  /** A value that can only be day first, as an example; undefined when none was seen. */
  get dayFirstExample(): string | undefined {
    return this.dayFirst;
  }

  /** Whether the values seen settle the order (or show that both are mixed): no more need be seen. */
  get settled(): boolean {
    return this.dayFirst !== undefined || this.monthFirst !== undefined;
  }

  /** Whether a value was seen that reads differently in each order. */
  get ambiguous(): boolean {
    return this.either !== undefined;
  }

  /** The order the values show; undefined when none settles it or they contradict each other. */
  get order(): DayMonthOrder | undefined {
    if (this.dayFirst !== undefined && this.monthFirst === undefined) return 'day-first';
    if (this.monthFirst !== undefined && this.dayFirst === undefined) return 'month-first';
    return undefined;
  }

  /**
   * The warning for a column whose values could be read either way and were read month first for lack
   * of a value that settles it, or that has values that can only be day first and others only month
   * first (each of those is read the one way it can be): null when neither.
   */
  warning(file: string, column: string): Message | null {
    if (this.dayFirst !== undefined && this.monthFirst !== undefined) {
      return { key: 'readers.dateOrder.mixed', values: { file, column, dayFirst: this.dayFirst, monthFirst: this.monthFirst } };
    }
    if (this.either === undefined || this.order !== undefined) return null;
    return { key: 'readers.dateOrder.assumed', values: { file, column, either: this.either } };
  }
}

/** Whether the value starts with a number past 12 (`17/01/2019`), read from its first two characters. */
function startsPast12(value: string): boolean {
  const tens = value.charCodeAt(0) - 48;
  const units = value.charCodeAt(1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 && tens * 10 + units > 12;
}
