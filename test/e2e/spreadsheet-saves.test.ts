import { describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';

const audit = async (name: string) => {
  const run = await netprune(['audit', fixture(`exports/${name}`), '--json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
};

describe('audit of an export a spreadsheet re-saved', () => {
  it('reads messages.csv saved with ";", a BOM and CRLF, so that a two-way thread makes its person known', async () => {
    const { code, report } = await audit('spreadsheet-semicolon-all');
    expect(code).toBe(0);
    expect(report.contacts.map((c) => [c.lastName, c.label])).toEqual([
      ['Lee', 'known'],
      ['Mercier', 'stranger'],
      ['Ng', 'stranger'],
    ]);
  });

  it('puts no row of another delimiter or of NUL bytes on the prune list, and says which lines it skipped', async () => {
    const { code, report } = await audit('spreadsheet-mixed-delimiters');
    expect(code).toBe(0);
    expect(report.contacts.map((c) => `${c.firstName} ${c.lastName}`)).toEqual(['Ana Diaz', 'Di Lu']);
    expect(report.warnings.join('\n')).toMatch(
      /Connections\.csv:3: 3 rows .* lines 3, 4, 5\. Those connections are left out of the report, and of any prune list\./,
    );
    expect(report.warnings.join('\n')).toMatch(/Connections\.csv:6: 1 row holds NUL bytes/);
  });

  it('says each skipped-lines warning once in the text audit, under the files read', async () => {
    const { stdout } = await netprune(['audit', fixture('exports/spreadsheet-mixed-delimiters')]);
    const warnings = stdout.split('\n').filter((line) => line.startsWith('! '));
    expect(warnings.filter((line) => /Connections\.csv:3: 3 rows/.test(line))).toHaveLength(1);
    expect(warnings.filter((line) => /Connections\.csv:6: 1 row holds NUL bytes/.test(line))).toHaveLength(1);
    // The others (an old export, no messages.csv) are still said, at the end.
    expect(warnings).toHaveLength(4);
    expect(stdout.indexOf('rows do not have')).toBeLessThan(stdout.indexOf('Your network'));
  });
});
