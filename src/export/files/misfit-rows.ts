/**
 * Rows that do not fit their file's header: skipped, counted, and named by line in a warning, never
 * read. A row with another number of fields than the header used another delimiter (a `;` or TAB row
 * pasted into a `,` file) or lost one to a stray quote; read anyway, its cells would land in the wrong
 * columns, and a whole line would become a first name. A line of NUL bytes is what a crash leaves in
 * a file half written.
 */

export const WRONG_FIELD_COUNT = 'wrong number of fields';
const NUL_BYTES = 'damaged line (NUL bytes)';

import type { Message } from '../../i18n/translator.js';

/** Lines named in a warning; past them, only the count. */
const LINES_NAMED = 5;

export class MisfitRows {
  /** Per reason, the first rows' first and last lines: a row's quoted fields may span lines (a quote left open glues lines into one row). */
  private readonly spans = new Map<string, { first: number; last: number }[]>();
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly fileName: string,
    /** Fields in the header. */
    private readonly width: number,
  ) {}

  /** Why a row of `fields` fields is skipped, or null when it fits. `hasNul`: whether its text holds a NUL byte. */
  reason(fields: number, hasNul: boolean): string | null {
    if (hasNul) return NUL_BYTES;
    return fields === this.width ? null : WRONG_FIELD_COUNT;
  }

  /** A row skipped for `reason`, starting on `line`; `fields` are its values, where line breaks show how many lines it spans. */
  add(reason: string, line: number, fields: () => string[]): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    const spans = this.spans.get(reason) ?? [];
    if (spans.length < LINES_NAMED) {
      const breaks = fields().reduce((n, field) => n + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
      spans.push({ first: line, last: line + breaks });
    }
    this.spans.set(reason, spans);
  }

  /**
   * One warning per reason, naming the file, the first line and up to LINES_NAMED lines; `consequence`
   * says what skipping them changes. Each is said in four sentences, so that the run's language says it.
   */
  warnings(consequence: Message): Message[][] {
    return [...this.counts].map(([reason, count]) => {
      const spans = this.spans.get(reason) ?? [];
      const lines = spans.map(({ first, last }) => (first === last ? String(first) : `${first}–${last}`)).join(', ');
      const what = { where: `${this.fileName}:${spans[0]?.first}`, count };
      const more = count - spans.length;
      return [
        reason === NUL_BYTES ? { key: 'readers.misfit.nul', values: what } : { key: 'readers.misfit.fields', values: { ...what, fields: this.width } },
        more > 0
          ? { key: 'readers.misfit.linesMore', values: { lines, count: more } }
          : { key: 'readers.misfit.lines', values: { lines, count: count === 1 && spans[0]?.first === spans[0]?.last ? 1 : 2 } },
        consequence,
        { key: 'readers.misfit.fix' },
      ];
    });
  }
}
