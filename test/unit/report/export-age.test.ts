import { describe, expect, it } from 'vitest';
import { describeExportDate, exportDateReport, isStale, staleBefore, staleWarning } from '../../../src/report/export-age.js';
import { createTranslator, ENGLISH_FOR_JSON } from '../../../src/i18n/translator.js';

const JSON_SPEECH = ENGLISH_FOR_JSON;

describe('the export’s age', () => {
  it('is stale from the same day three months before today, the month’s last day when it has none', () => {
    expect(staleBefore('2026-11-18')).toBe('2026-08-18');
    expect(staleBefore('2026-05-31')).toBe('2026-02-28');
    expect(staleBefore('2024-05-31')).toBe('2024-02-29');
    expect(staleBefore('2027-01-15')).toBe('2026-10-15');
    expect(isStale('2026-08-17T23:59:00Z', '2026-11-18')).toBe(true);
    expect(isStale('2026-08-18', '2026-11-18')).toBe(false);
  });

  it('warns about a 2018 export, and says where its date comes from', () => {
    const named = exportDateReport({ date: '2018-11-04', from: 'name' }, '2026-11-18');
    expect(named).toEqual({ date: '2018-11-04', from: 'name', stale: true });
    expect(describeExportDate(named, JSON_SPEECH)).toBe('Exported on 2018-11-04 (from the archive’s name)');
    expect(staleWarning(named, JSON_SPEECH)).toMatch(
      /^This export is from 2018-11-04, more than three months ago: nothing that happened since is in it\. Download a fresh one/,
    );
    const guessed = exportDateReport({ date: '2018-10-29', from: 'newest-record' }, '2026-11-18');
    expect(describeExportDate(guessed, JSON_SPEECH)).toBe('Exported on 2018-10-29 or later (the date of its newest record)');
    expect(staleWarning(guessed, JSON_SPEECH)).toMatch(
      /^The newest record in this export is from 2018-10-29, more than three months ago: it is probably an old export/,
    );
  });

  it('says nothing of a recent export, and never calls an undated one stale', () => {
    expect(staleWarning(exportDateReport({ date: '2026-11-01', from: 'file-dates' }, '2026-11-18'), JSON_SPEECH)).toBeNull();
    const undated = exportDateReport({ date: null, from: null }, '2026-11-18');
    expect(undated.stale).toBe(false);
    expect(describeExportDate(undated, JSON_SPEECH)).toBe('Export date unknown: nothing in it is dated');
  });

  it('says the date the language’s way', () => {
    const named = exportDateReport({ date: '2024-09-12', from: 'name' }, '2026-11-18');
    expect(describeExportDate(named, createTranslator('fr'))).toBe('Exporté le 12 sept. 2024 (d’après le nom de l’archive)');
    expect(describeExportDate(named, createTranslator('en'))).toBe('Exported on Sep 12, 2024 (from the archive’s name)');
    // The JSON keeps ISO days.
    expect(describeExportDate(named, JSON_SPEECH)).toBe('Exported on 2024-09-12 (from the archive’s name)');
  });
});
