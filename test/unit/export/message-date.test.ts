import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseDateTime } from '../../../src/export/dates.js';
import { isoOf, messageDate } from '../../../src/export/messages/message-date.js';

const digits = (max: number, width: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));
/** `YYYY-MM-DD hh:mm:ss UTC` and its near misses: impossible days and times, `/`, other zones, a letter O for a zero, a trailing space. */
const messageShaped = fc
  .tuple(
    fc.tuple(digits(9999, 4), fc.constantFrom('-', '/', '.'), digits(13, 2), digits(32, 2)),
    fc.tuple(fc.constantFrom(' ', 'T'), digits(25, 2), digits(99, 2), digits(99, 2)),
    fc.constantFrom(' UTC', ' UTC', ' GMT', 'Z', ' utc'),
    fc.constantFrom('', '', '', 'O', ' '),
    fc.nat(18),
  )
  .map(([[y, sep, m, d], [t, hh, mi, ss], zone, flaw, at]) => {
    const text = `${y}${sep}${m}${sep}${d}${t}${hh}:${mi}:${ss}${zone}`;
    if (flaw === 'O') return `${text.slice(0, at)}O${text.slice(at + 1)}`;
    return text + flaw;
  });
const otherShapes = fc.oneof(
  fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((d) => d.toUTCString()),
  fc.constantFrom('05 Mar 2024', '6/3/18, 9:41 AM', '2024-03-05', '2019-11-06T02:08:20', '2024-11-20 09:15:02 +01:00', '', 'yesterday'),
  fc.string({ maxLength: 24 }),
);

describe('messageDate', () => {
  it('reads what parseDateTime reads, as a number that isoOf writes back as parseDateTime does', () => {
    fc.assert(
      fc.property(fc.oneof(messageShaped, otherShapes), (text) => {
        const n = messageDate(text);
        expect(n === null ? null : isoOf(n)).toBe(parseDateTime(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('sorts as the ISO dates do', () => {
    fc.assert(
      fc.property(messageShaped, messageShaped, (a, b) => {
        const [x, y] = [messageDate(a), messageDate(b)];
        fc.pre(x !== null && y !== null);
        const [isoA, isoB] = [parseDateTime(a)!, parseDateTime(b)!];
        expect(Math.sign(x! - y!)).toBe(isoA < isoB ? -1 : isoA > isoB ? 1 : 0);
      }),
    );
  });

  it.each([
    ['2024-11-20 09:15:02 UTC', '2024-11-20T09:15:02Z'],
    ['0001/02/03 04:05:06 UTC', '0001-02-03T04:05:06Z'],
    ['2024-02-29 23:59:59 UTC', '2024-02-29T23:59:59Z'],
    ['9999-12-31 23:59:59 UTC', '9999-12-31T23:59:59Z'],
  ])('%s', (text, iso) => {
    expect(isoOf(messageDate(text)!)).toBe(iso);
  });

  it.each(['2023-02-29 10:00:00 UTC', '2024-11-20 24:00:00 UTC', '2024-11-2O 09:15:02 UTC'])('%s is no date', (text) => {
    expect(messageDate(text)).toBeNull();
  });
});
