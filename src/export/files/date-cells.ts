import type { Message } from '../../i18n/translator.js';
import { DateOrderEvidence } from '../date-order.js';
import { parseDate, parseDateTime, type DayMonthOrder } from '../dates.js';

/** How a table's toRecord() reads its date cells: each column's values are watched for their order and for dates that cannot be read. */
export interface DateCells<Field extends string> {
  /** The cell as `YYYY-MM-DD`; null when empty or unreadable. */
  day(field: Field): string | null;
  /** The cell as `YYYY-MM-DDThh:mm:ssZ`; null when empty or unreadable. */
  time(field: Field): string | null;
}

/** Lines named in a warning; past them, only the count (as misfit-rows.ts). */
const LINES_NAMED = 5;

/**
 * The date cells of one read of a table. A column whose values show it is day first (`17/01/2019`)
 * while some could be either (`05/03/2024`) is read again day first (table-file.ts): whether it is
 * cannot be known before its last value.
 */
export class DateColumns<Field extends string> implements DateCells<Field> {
  /** The row being read, for the lines named. */
  line = 0;
  private readonly evidence = new Map<Field, DateOrderEvidence>();
  private readonly unreadable = new Map<Field, { count: number; lines: number[] }>();

  constructor(
    private readonly cell: (field: Field) => string,
    /** Columns known to be day first, from an earlier read. */
    private readonly orders: ReadonlyMap<Field, DayMonthOrder> = new Map(),
  ) {}

  day(field: Field): string | null {
    return this.read(field, parseDate);
  }

  time(field: Field): string | null {
    return this.read(field, parseDateTime);
  }

  private read(field: Field, parse: (text: string, order?: DayMonthOrder) => string | null): string | null {
    const text = this.cell(field);
    if (text === '') return null;
    let evidence = this.evidence.get(field);
    if (evidence === undefined) this.evidence.set(field, (evidence = new DateOrderEvidence()));
    evidence.see(text);
    const value = parse(text, this.orders.get(field));
    if (value === null) {
      const seen = this.unreadable.get(field) ?? { count: 0, lines: [] };
      seen.count++;
      if (seen.lines.length < LINES_NAMED) seen.lines.push(this.line);
      this.unreadable.set(field, seen);
    }
    return value;
  }

  /** The columns read month first whose values show they are day first: to be read again in that order. */
  toReadDayFirst(): Map<Field, DayMonthOrder> {
    const again = new Map<Field, DayMonthOrder>();
    for (const [field, evidence] of this.evidence) {
      if (evidence.order === 'day-first' && evidence.ambiguous && this.orders.get(field) !== 'day-first') again.set(field, 'day-first');
    }
    return again;
  }

  /** What the user must know about the dates read: an order assumed or mixed, dates that could not be read. `column` names a field as the header does. */
  warnings(fileName: string, column: (field: Field) => string): (Message | Message[])[] {
    const warnings: (Message | Message[])[] = [];
    for (const [field, evidence] of this.evidence) {
      const warning = evidence.warning(fileName, column(field));
      if (warning !== null) warnings.push(warning);
    }
    for (const [field, { count, lines }] of this.unreadable) {
      const more = count - lines.length;
      warnings.push([
        { key: 'readers.unreadableDates', values: { where: `${fileName}:${lines[0]}`, count, column: column(field) } },
        more > 0
          ? { key: 'readers.misfit.linesMore', values: { lines: lines.join(', '), count: more } }
          : { key: 'readers.misfit.lines', values: { lines: lines.join(', '), count } },
        { key: 'readers.unreadableDates.fix' },
      ]);
    }
    return warnings;
  }
}
