import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDate, parseDateTime, parseMonth, slashOrderOf } from '../../../src/export/dates.js';

describe('parseDate', () => {
  it.each([
    ['05 Mar 2024', '2024-03-05'], // Connected On, 2020+
    ['5 Mar 2024', '2024-03-05'],
    ['6/3/18, 9:41 AM', '2018-06-03'], // Connected On, 2018; Invitations Sent At (M/D/YY)
    ['9-Sep-22', '2022-09-09'], // Excel re-save
    ['23-Nov-21', '2021-11-23'],
    ['09-Sep-2022', '2022-09-09'],
    ['31.12.2021', '2021-12-31'], // European Excel
    ['2024-11-20 09:15:02 UTC', '2024-11-20'], // messages DATE
    ['2024/11/20 09:15:02 UTC', '2024-11-20'], // endorsements
    ['2019-11-06T02:08:20', '2019-11-06'], // messages, Feb 2020
    ['Thu Feb 05 10:11:12 UTC 2026', '2026-02-05'], // Company Follows
    ['2024-03-05', '2024-03-05'],
    ['05 Sept 2024', '2024-09-05'],
    ['05 september 2024', '2024-09-05'],
    ['05 MAR 2024', '2024-03-05'],
    ['Jan 15, 1990', '1990-01-15'], // Profile Birth Date, 2018
    ['29 Feb 2024', '2024-02-29'],
  ])('reads %j', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('pivots two-digit years at 70', () => {
    expect(parseDate('1/2/69')).toBe('2069-01-02');
    expect(parseDate('1/2/70')).toBe('1970-01-02');
    expect(parseDate('1-Jan-00')).toBe('2000-01-01');
    expect(parseDate('1-Jan-99')).toBe('1999-01-01');
  });

  it.each([
    '',
    '   ',
    '31 Feb 2024',
    '29 Feb 2023',
    '13/1/24, 9:41 AM',
    '31/2/2024 10:00',
    '00 Mar 2024',
    '05 Foo 2024',
    '05 constructor 2024',
    'toString 5, 2024',
    'soon',
    '2024-13-01',
    '6/3/18, 13:41 PM',
    '2024-11-20 25:15:02 UTC',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  // A spreadsheet in another language re-saves dates with its own month names (French Excel: `jj-mmm-aa`).
  it.each([
    ['05-mars-24', '2024-03-05'],
    ['17-janv.-19', '2019-01-17'],
    ['09-sept.-22', '2022-09-09'],
    ['01-févr.-21', '2021-02-01'],
    ['01-fevr-21', '2021-02-01'],
    ['02-avr.-20', '2020-04-02'],
    ['03-mai-20', '2020-05-03'],
    ['04-juin-20', '2020-06-04'],
    ['05-juil.-20', '2020-07-05'],
    ['06-août-20', '2020-08-06'],
    ['07-AOUT-20', '2020-08-07'],
    ['08-oct.-20', '2020-10-08'],
    ['09-nov.-20', '2020-11-09'],
    ['10-déc.-20', '2020-12-10'],
    ['10-DÉC-20', '2020-12-10'],
    ['5 mars 2024', '2024-03-05'],
    ['5 décembre 2024', '2024-12-05'],
    ['17 janvier 2019 10:59', '2019-01-17'],
    ['05 Mär 2024', '2024-03-05'], // German
    ['05-Okt-24', '2024-10-05'],
    ['05-dic-24', '2024-12-05'], // Spanish
  ])('reads %j, a month name a spreadsheet in another language wrote', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it.each(['05-marsx-24', '05-janvier.-', '05 déca 2024', '05 ao 2024'])('rejects %j, no month name', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads a slash date that could be either in the order given, and one that can only be one way in that way', () => {
    expect(parseDate('05/03/2024')).toBe('2024-05-03');
    expect(parseDate('05/03/2024', 'month-first')).toBe('2024-05-03');
    expect(parseDate('05/03/2024', 'day-first')).toBe('2024-03-05');
    expect(parseDate('17/01/2019', 'month-first')).toBe('2019-01-17');
    expect(parseDate('01/17/2019', 'day-first')).toBe('2019-01-17');
    expect(parseDateTime('17/05/2026 10:59', 'day-first')).toBe('2026-05-17T10:59:00Z');
    expect(parseDateTime('12/07/2026 10:59', 'day-first')).toBe('2026-07-12T10:59:00Z');
    // A 12-hour time is LinkedIn's own US shape: month first whatever the column.
    expect(parseDateTime('6/3/18, 9:41 AM', 'day-first')).toBe('2018-06-03T09:41:00Z');
  });

  it('accepts null and undefined', () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
  });
});

describe('parseDateTime', () => {
  it.each([
    ['2024-11-20 09:15:02 UTC', '2024-11-20T09:15:02Z'],
    ['2024/11/20 09:15:02 UTC', '2024-11-20T09:15:02Z'],
    ['2019-11-06T02:08:20', '2019-11-06T02:08:20Z'],
    ['6/3/18, 9:41 AM', '2018-06-03T09:41:00Z'],
    ['9/14/24, 3:07 PM', '2024-09-14T15:07:00Z'],
    ['03/09/23, 10:12 PM', '2023-03-09T22:12:00Z'],
    ['1/1/24, 12:05 AM', '2024-01-01T00:05:00Z'],
    ['1/1/24, 12:05 PM', '2024-01-01T12:05:00Z'],
    ['1/1/24, 9:41\u202FAM', '2024-01-01T09:41:00Z'], // narrow no-break space, as newer ICU writes it
    ['Thu Feb 05 10:11:12 UTC 2026', '2026-02-05T10:11:12Z'],
    ['05 Mar 2024', '2024-03-05T00:00:00Z'],
    ['2024-03-05', '2024-03-05T00:00:00Z'],
    ['2024-03-05T23:30:00+02:00', '2024-03-05T21:30:00Z'],
    ['2024-03-05T23:30:00-02:00', '2024-03-06T01:30:00Z'],
    // A European spreadsheet's re-save: day first, which a first number past 12 makes certain.
    ['20/11/2024 09:15', '2024-11-20T09:15:00Z'],
    ['31/1/24', '2024-01-31T00:00:00Z'],
    ['13/09/2024 21:05:09', '2024-09-13T21:05:09Z'],
  ])('reads %j', (text, iso) => {
    expect(parseDateTime(text)).toBe(iso);
  });

  it('rejects an impossible date or time on the fast path too', () => {
    expect(parseDateTime('2023-02-29 09:15:02 UTC')).toBeNull();
    expect(parseDateTime('2024-11-20 09:60:02 UTC')).toBeNull();
    expect(parseDateTime('2024-11-2x 09:15:02 UTC')).toBeNull();
    expect(parseDateTime('2024-03-05T10:00:00 PST')).toBeNull();
  });

  it('reads random valid dates back in every shape (property)', () => {
    const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const DAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
    const p2 = (n: number) => String(n).padStart(2, '0');
    // Two-digit-year shapes only cover 1970–2069.
    const instant = fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2069, 11, 31, 23, 59, 59)), noInvalidDate: true });
    fc.assert(
      fc.property(instant, (date) => {
        const t = new Date(Math.floor(date.getTime() / 1000) * 1000);
        const [y, m, d, hh, mi, ss] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()];
        const isoDate = `${y}-${p2(m)}-${p2(d)}`;
        const mon = MON[m - 1] ?? '';
        const yy = p2(y % 100);
        const h12 = hh % 12 === 0 ? 12 : hh % 12;
        const ampm = hh < 12 ? 'AM' : 'PM';
        const withSeconds = `${isoDate}T${p2(hh)}:${p2(mi)}:${p2(ss)}Z`;
        const withMinutes = `${isoDate}T${p2(hh)}:${p2(mi)}:00Z`;
        const midnight = `${isoDate}T00:00:00Z`;
        const cases: [string, string][] = [
          [`${p2(d)} ${mon} ${y}`, midnight],
          [`${d} ${mon} ${y}`, midnight],
          [`${m}/${d}/${yy}, ${h12}:${p2(mi)} ${ampm}`, withMinutes],
          [`${d}-${mon}-${yy}`, midnight],
          [`${p2(d)}-${mon}-${y}`, midnight],
          [`${p2(d)}.${p2(m)}.${y}`, midnight],
          [`${isoDate} ${p2(hh)}:${p2(mi)}:${p2(ss)} UTC`, withSeconds],
          [`${y}/${p2(m)}/${p2(d)} ${p2(hh)}:${p2(mi)}:${p2(ss)} UTC`, withSeconds],
          [`${isoDate}T${p2(hh)}:${p2(mi)}:${p2(ss)}`, withSeconds],
          [`${DAY[t.getUTCDay()]} ${mon} ${p2(d)} ${p2(hh)}:${p2(mi)}:${p2(ss)} UTC ${y}`, withSeconds],
          [isoDate, midnight],
        ];
        for (const [text, iso] of cases) {
          expect(parseDateTime(text), text).toBe(iso);
          expect(parseDate(text), text).toBe(isoDate);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseMonth', () => {
  it.each([
    ['Mar 2021', '2021-03'],
    ['March 2021', '2021-03'],
    ['2019', '2019'],
    ['Mar-21', '2021-03'], // Excel re-save
    ['2021-03', '2021-03'],
    ['03/2021', '2021-03'],
    [' Sep 2019 ', '2019-09'],
    ['janv.-21', '2021-01'], // French Excel
    ['févr. 2021', '2021-02'],
    ['mars 2021', '2021-03'],
    ['août-19', '2019-08'],
  ])('reads %j', (text, value) => {
    expect(parseMonth(text)).toBe(value);
  });

  it.each(['', '   ', 'Foo 2021', 'constructor 2021', '2021-13', '13/2021', 'present'])('gives null for %j', (text) => {
    expect(parseMonth(text)).toBeNull();
  });

  it('accepts null and undefined', () => {
    expect(parseMonth(null)).toBeNull();
    expect(parseMonth(undefined)).toBeNull();
  });
});

describe('slashOrderOf', () => {
  it.each([
    ['17/01/2019', 'day-first'],
    ['20/11/2024 09:15', 'day-first'],
    ['01/17/2019', 'month-first'],
    ['6/3/18, 9:41 AM', 'month-first'],
    ['03/09/23, 10:12 p.m.', 'month-first'],
    ['05/03/2024', 'either'],
    ['12/07/2026 10:59', 'either'],
    ['09/09/2022', null],
    ['05 Mar 2024', null],
    ['2024/11/20 09:15:02 UTC', null],
    ['13/13/2024', null],
    ['32/01/2024', null],
  ])('%j says %j', (text, says) => {
    expect(slashOrderOf(text)).toBe(says);
  });
});
