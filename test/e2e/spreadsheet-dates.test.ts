import { describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';

const audit = async (path: string) => {
  const run = await netprune(['audit', fixture(path), '--json']);
  return { code: run.code, report: JSON.parse(run.stdout) as Report };
};
const datesOf = (report: Report) => report.contacts.map((c) => [`${c.firstName} ${c.lastName}`, c.connectedOn]);

describe('dates a spreadsheet wrote', () => {
  it('reads French month names (05-mars-24, 17-janv.-19) and keeps, named by line, a connection whose date nothing reads', async () => {
    const { code, report } = await audit('exports/spreadsheet-french-months');
    expect(code).toBe(0);
    expect(datesOf(report)).toEqual([
      ['Hélène Dubois', '2024-03-05'],
      ['François Marchand', '2019-01-17'],
      ['Zoë Noël', '2022-09-09'],
      ['Inès Roux', null],
    ]);
    expect(report.input.files[0]?.skipped).toEqual({});
    expect(report.warnings.join('\n')).toMatch(
      /Connections\.csv:5: 1 date in column 'Connected On' could not be read; its row is kept, without a date: line 5\./,
    );
  });

  it('keeps that connection on the prune list a CSV report makes', async () => {
    const run = await netprune(['audit', fixture('exports/spreadsheet-french-months'), '--format', 'csv']);
    expect(run.stdout).toMatch(/^https:\/\/www\.linkedin\.com\/in\/ines-roux-2c3d4e5f,Inès,Roux,Initech,Juriste,,stranger,/m);
  });

  it('reads DD/MM/YYYY day first in the whole column once one date proves it, in Connections.csv and messages.csv', async () => {
    const { report } = await audit('exports/spreadsheet-day-first');
    expect(datesOf(report)).toEqual([
      ['Sam Lee', '2024-03-05'],
      ['Dana Ng', '2019-01-17'],
      ['Léa Petit', '2022-09-09'],
    ]);
    expect(report.warnings.join('\n')).not.toMatch(/day first|day\/month/);
    const explain = await netprune(['explain', fixture('exports/spreadsheet-day-first'), 'https://www.linkedin.com/in/sam-lee-123456789']);
    expect(explain.stdout).toContain('last on 2026-07-12');
  });

  it('says which order it assumed when no date of the column settles it', async () => {
    const { report } = await audit('exports/spreadsheet-day-month-open');
    expect(datesOf(report)).toEqual([
      ['Sam Lee', '2024-05-03'],
      ['Dana Ng', '2023-07-04'],
    ]);
    expect(report.warnings.join('\n')).toMatch(
      /spreadsheet-day-month-open[/\\]Connections\.csv: dates in column 'Connected On' such as 05\/03\/2024 could be day\/month or month\/day, .* read month first/,
    );
  });

  it('says so in French too', async () => {
    const run = await netprune(['audit', fixture('exports/spreadsheet-day-month-open'), '--lang', 'fr']);
    expect(run.stderr + run.stdout).toMatch(/les dates de la colonne «\sConnected On\s» comme 05\/03\/2024 peuvent se lire jour\/mois ou mois\/jour/);
  });
});

describe('the date of an old export zipped again', () => {
  it('is its newest record, not the day of the zip, and the export is said to be old', async () => {
    const { report } = await audit('exports/rezipped-2023-basic.zip');
    expect(report.input.exportDate).toEqual({ date: '2023-07-10', from: 'newest-record', stale: true });
    expect(report.warnings.join('\n')).toMatch(/more than three months ago/);
  });
});
