/**
 * Rows that do not fit their file's header: skipped, counted, and named by line in a warning, never
 * read. A row with another number of fields than the header used another delimiter (a `;` or TAB row
 * pasted into a `,` file) or lost one to a stray quote; read anyway, its cells would land in the wrong
 * columns, and a whole line would become a first name. A line of NUL bytes is what a crash leaves in
 * a file half written.
 */

export const WRONG_FIELD_COUNT = 'wrong number of fields';
const NUL_BYTES = 'damaged line (NUL bytes)';

/** Lines named in a warning; past them, only the count. */
const LINES_NAMED = 5;

export class MisfitRows {
  private readonly lines = new Map<string, number[]>();
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

  add(reason: string, line: number): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + 1);
    const lines = this.lines.get(reason) ?? [];
    if (lines.length < LINES_NAMED) lines.push(line);
    this.lines.set(reason, lines);
  }

  /** One warning per reason, naming the file, the first line and up to LINES_NAMED lines; `consequence` says what skipping them changes. */
  warnings(consequence: string): string[] {
    return [...this.counts].map(([reason, count]) => {
      const lines = this.lines.get(reason) ?? [];
      const more = count > lines.length ? ` and ${count - lines.length} more` : '';
      const one = count === 1;
      const what =
        reason === NUL_BYTES
          ? `${one ? 'holds' : 'hold'} NUL bytes (the file is damaged)`
          : `${one ? 'does' : 'do'} not have the header's ${this.width} fields (another delimiter, or a stray quote?)`;
      const rows = one ? '1 row' : `${count} rows`;
      const where = `${lines.length === 1 ? 'line' : 'lines'} ${lines.join(', ')}${more}`;
      return `${this.fileName}:${lines[0]}: ${rows} ${what}, skipped: ${where}. ${consequence} Fix those lines, or export the file again from LinkedIn.`;
    });
  }
}
