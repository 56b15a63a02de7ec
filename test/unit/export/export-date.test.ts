import { describe, expect, it } from 'vitest';
import { dateInName, exportDateOf, newestRecord } from '../../../src/export/export-date.js';

describe('exportDateOf', () => {
  it('reads LinkedIn’s MM-DD-YYYY archive name, wherever it sits in the path', () => {
    expect(dateInName('/home/camille/Downloads/Basic_LinkedInDataExport_11-20-2026.zip')).toBe('2026-11-20');
    expect(dateInName('export.zip:Complete_LinkedInDataExport_09-12-2022 (1)/Connections.csv')).toBe('2022-09-12');
    expect(dateInName('LinkedInDataExport_07-28-2015')).toBe('2015-07-28');
    expect(dateInName('Basic_LinkedInDataExport_13-40-2026')).toBeNull();
    expect(dateInName('my-export')).toBeNull();
  });

  it('takes the name, else the zip’s file dates, else the newest record', () => {
    const newest = '2026-11-07';
    expect(exportDateOf({ names: ['Basic_LinkedInDataExport_11-20-2026.zip'], fileDate: '2026-11-21', newest })).toEqual({ date: '2026-11-20', from: 'name' });
    expect(exportDateOf({ names: ['export.zip'], fileDate: '2026-11-21', newest })).toEqual({ date: '2026-11-21', from: 'file-dates' });
    expect(exportDateOf({ names: ['export'], fileDate: undefined, newest })).toEqual({ date: newest, from: 'newest-record' });
    expect(exportDateOf({ names: ['export'], fileDate: null, newest: null })).toEqual({ date: null, from: null });
  });

  it('never believes a date older than a record the export holds (a renamed folder, a wrong clock)', () => {
    expect(exportDateOf({ names: ['Basic_LinkedInDataExport_01-01-2020'], fileDate: '1980-01-01', newest: '2026-11-07' })).toEqual({
      date: '2026-11-07',
      from: 'newest-record',
    });
  });

  it('does not believe a zip’s file dates far past its newest record: an old export zipped again carries the day of the copy', () => {
    const newest = '2023-07-10';
    expect(exportDateOf({ names: ['old-rezipped.zip'], fileDate: '2026-12-06', newest })).toEqual({ date: newest, from: 'newest-record' });
    expect(exportDateOf({ names: ['export.zip'], fileDate: '2023-08-11', newest })).toEqual({ date: newest, from: 'newest-record' });
    expect(exportDateOf({ names: ['export.zip'], fileDate: '2023-08-09', newest })).toEqual({ date: '2023-08-09', from: 'file-dates' });
    expect(exportDateOf({ names: ['export.zip'], fileDate: '2026-12-06', newest: null })).toEqual({ date: '2026-12-06', from: 'file-dates' });
  });

  it('finds the newest dated row across the files, by its day', () => {
    const none: never[] = [];
    const exp = {
      connections: [{ connectedOn: '2018-10-29' }, { connectedOn: null }],
      invitations: [{ sentAt: '2018-10-28T21:15:00Z' }],
      endorsementsReceived: [{ date: '2018-11-02T08:00:00Z' }],
      endorsementsGiven: none,
      recommendationsReceived: none,
      recommendationsGiven: [{ date: null }],
      messages: null,
    };
    expect(newestRecord(exp)).toBe('2018-11-02');
  });
});
