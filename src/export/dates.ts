/**
 * Every date shape found in LinkedIn exports, and in copies a spreadsheet re-saved, to ISO.
 * LinkedIn writes English month names only (docs/linkedin-export.md §3.6), but a spreadsheet re-saves
 * dates in its own language: French Excel writes `05-mars-24` and `17-janv.-19` (§7.13), so French,
 * German and Spanish names are read too, with or without their dot and accents.
 * A value without a zone is taken as UTC, as the record schemas say.
 */

interface Parts {
  y: number;
  m: number;
  d: number;
  hh: number;
  mi: number;
  ss: number;
  /** Minutes east of UTC, when the text names an offset. */
  offset: number;
}

/**
 * Month names without accents, lower case, each language's abbreviations as its spreadsheets write them
 * (French Excel: `janv.`, `févr.`, `avr.`, `juil.`, `sept.`, `déc.`). No name means two months.
 * A Map, not an object literal: `05 constructor 2024` must not find Object.prototype.constructor.
 */
const MONTHS = new Map<string, number>();
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'jan', 'janvier', 'janv', 'januar', 'enero', 'ene'],
  ['february', 'feb', 'fevrier', 'fevr', 'fev', 'februar', 'febrero'],
  ['march', 'mar', 'mars', 'marz', 'marzo'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr'],
  ['may', 'mai', 'mayo'],
  ['june', 'jun', 'juin', 'juni', 'junio'],
  ['july', 'jul', 'juillet', 'juil', 'juli', 'julio'],
  ['august', 'aug', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'set'],
  ['october', 'oct', 'octobre', 'oktober', 'okt', 'octubre'],
  ['november', 'nov', 'novembre', 'noviembre'],
  ['december', 'dec', 'decembre', 'dezember', 'dez', 'diciembre', 'dic'],
];
MONTH_NAMES.forEach((names, i) => {
  for (const name of names) MONTHS.set(name, i + 1);
});

/** The month a name gives (`Mar`, `mars`, `Févr.`, `MÄRZ`), or undefined. */
function monthOf(name: string): number | undefined {
  const lower = name.toLowerCase();
  // Accents are dropped only when the name has any: English names, nearly all of them, go straight to the map.
  return MONTHS.get(lower) ?? (/^[a-z]*$/.test(lower) ? undefined : MONTHS.get(lower.normalize('NFD').replace(/\p{M}/gu, '')));
}

// `9:41 AM`, `21:41`, `10:11:12`, then an optional zone. \s also matches the U+202F some locales put before AM.
const TIME = String.raw`(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*([ap])\.?m\.?)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?`;
/** `2024-11-20 09:15:02 UTC`, `2024/11/20 …`, `2019-11-06T02:08:20`, `2024-03-05`. */
const YMD = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[t\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;
/** `05 Mar 2024`, `9-Sep-22`, `09-Sep-2022`, `5 March 2024`. */
const DAY_MONTH_YEAR = new RegExp(`${String.raw`^(\d{1,2})[\s-](\p{L}+)\.?[\s-](\d{4}|\d{2})` + TIME}$`, 'iu');
/**
 * `6/3/18, 9:41 AM`: US order, always, in what LinkedIn writes, even for non-US accounts (§3.6). A
 * first number past 12 can only be a day: `20/11/2024 09:15`, as a European spreadsheet re-saves a date
 * (on a 24-hour clock: with AM or PM, it is a US date gone wrong). `05/03/2024` could be either: the
 * reader decides once per column from the values around it (date-order.ts) and passes the order in.
 */
const MDY_SLASH = new RegExp(`${String.raw`^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})` + TIME}$`, 'i');
/** `31.12.2021`, from European spreadsheets. */
const DMY_DOT = new RegExp(`${String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})` + TIME}$`, 'i');
/** `Jan 15, 1990`, `March 9, 2026 at 9:30 PM`. */
const MONTH_DAY_YEAR = new RegExp(`${String.raw`^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})` + TIME}$`, 'iu');
/** Java's Date.toString(): `Thu Feb 05 10:11:12 UTC 2026` (Company Follows.csv). */
const JAVA = /^[a-z]{3}\s+([a-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(utc|gmt)\s+(\d{4})$/i;

/**
 * Which of day and month comes first in a slash date whose numbers could be either (`05/03/2024`).
 * Month first is LinkedIn's order (§3.6); a European spreadsheet writes day first.
 */
export type DayMonthOrder = 'day-first' | 'month-first';

/**
 * `YYYY-MM-DD`, or null when `s` is empty, not a known shape, or an impossible date (31 Feb).
 * `order` reads a slash date whose numbers could be either; month first when not given.
 */
export function parseDate(s: string | null | undefined, order?: DayMonthOrder): string | null {
  if (s == null) return null;
  // The memo holds month-first readings only: a day-first file is rare, and read without it.
  if (order === 'day-first') return parseDateTime(s, order)?.slice(0, 10) ?? null;
  // Connections.csv writes 30,000 `Connected On` days, a few thousand distinct: each is read once.
  // (Only here: messages.csv's values are slices of large batch strings, which a kept key would hold.)
  let day = recentDays.get(s);
  if (day === undefined) {
    day = parseDateTime(s)?.slice(0, 10) ?? null;
    if (recentDays.size >= DAYS_KEPT) recentDays.clear();
    recentDays.set(s, day);
  }
  return day;
}

const DAYS_KEPT = 4096;
const recentDays = new Map<string, string | null>();

/** `YYYY-MM-DDTHH:MM:SSZ` in UTC from any shape {@link parseDate} reads; a date alone gives midnight. */
export function parseDateTime(s: string | null | undefined, order?: DayMonthOrder): string | null {
  if (s == null) return null;
  // messages.csv calls this once per row, a million times: its shape is checked by hand first.
  if (s.length === 23 && s.endsWith(' UTC')) {
    const fast = fastUtcStamp(s);
    if (fast >= 0) return stampToIso(fast);
  }
  const parts = parseParts(s.trim(), order);
  return parts === null ? null : format(parts);
}

/**
 * What a value says of its column's order: `day-first` for `20/11/2024` (no month 20), `month-first`
 * for `11/20/2024` or a US time (`6/3/18, 9:41 AM`: LinkedIn's own shape), `either` for `05/03/2024`,
 * null for any other shape, or when both orders give the same day (`09/09/2022`) or none.
 */
export function slashOrderOf(s: string): DayMonthOrder | 'either' | null {
  // Every date of a column comes here, Invitations.csv's too: two slices and no regex for most values.
  const slash = s.indexOf('/');
  const next = slash < 0 ? -1 : s.indexOf('/', slash + 1);
  if (next < 0 || next - slash > 3) return null;
  const first = Number(s.slice(0, slash));
  const second = Number(s.slice(slash + 1, next));
  if (!isDayOrMonth(first) || !isDayOrMonth(second)) return null;
  if (second > 12) return first <= 12 ? 'month-first' : null;
  // A 12-hour time is LinkedIn's US shape: month first (and a first number past 12 then no date).
  const us = US_TIME.test(s);
  if (first > 12) return us ? null : 'day-first';
  if (us) return 'month-first';
  return first === second ? null : 'either';
}

const isDayOrMonth = (n: number) => Number.isInteger(n) && n >= 1 && n <= 31;
/** A time on a 12-hour clock ends the value: `9:41 AM`, `4:05 p.m.`. */
const US_TIME = /\d\s*[ap]\.?m\.?\s*$/i;

/** Positions/Education dates: `Mar 2021` → `2021-03`, `2019` → `2019`; also `March 2021`, `2021-03`, `03/2021` and Excel's `Mar-21`. */
export function parseMonth(s: string | null | undefined): string | null {
  const text = s?.trim() ?? '';
  let match = /^(\d{4})$/.exec(text);
  if (match) return match[1] ?? null;
  match = /^(\p{L}+)\.?[\s-](\d{4}|\d{2})$/iu.exec(text);
  if (match) return yearMonth(expandYear(match[2]), monthOf(match[1] ?? ''));
  match = /^(\d{4})-(\d{1,2})$/.exec(text);
  if (match) return yearMonth(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})\/(\d{4})$/.exec(text);
  if (match) return yearMonth(Number(match[2]), Number(match[1]));
  return null;
}

function yearMonth(y: number, m: number | undefined): string | null {
  return m !== undefined && m >= 1 && m <= 12 ? `${pad(y, 4)}-${pad(m, 2)}` : null;
}

/**
 * `2024-11-20 09:15:02 UTC` (or `2024/11/20 …`, or the ISO form this module writes) as the number
 * 20241120091502, which sorts as the date does; -1 for any other shape. The caller checks the length
 * and suffix. `at`: where it starts in `s`. messages.csv has a million of these: no regex, no Date, no string made.
 */
export function fastUtcStamp(s: string, at = 0): number {
  const sep = s.charCodeAt(at + 4);
  const middle = s.charCodeAt(at + 10);
  if ((sep !== 45 && sep !== 47) || s.charCodeAt(at + 7) !== sep || (middle !== 32 && middle !== 84)) return -1;
  if (s.charCodeAt(at + 13) !== 58 || s.charCodeAt(at + 16) !== 58) return -1;
  const y = digits(s, at, 4);
  const m = digits(s, at + 5, 2);
  const d = digits(s, at + 8, 2);
  const hh = digits(s, at + 11, 2);
  const mi = digits(s, at + 14, 2);
  const ss = digits(s, at + 17, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || hh < 0 || hh > 23 || mi < 0 || mi > 59 || ss < 0 || ss > 59) {
    return -1;
  }
  return y * 1e10 + m * 1e8 + d * 1e6 + hh * 1e4 + mi * 100 + ss;
}

/** A {@link fastUtcStamp} number as `YYYY-MM-DDThh:mm:ssZ`, built flat (no rope of concatenations). */
export function stampToIso(n: number): string {
  const d = (place: number) => 48 + (Math.floor(n / place) % 10);
  return String.fromCharCode(
    d(1e13),
    d(1e12),
    d(1e11),
    d(1e10),
    0x2d,
    d(1e9),
    d(1e8),
    0x2d,
    d(1e7),
    d(1e6),
    0x54,
    d(1e5),
    d(1e4),
    0x3a,
    d(1e3),
    d(100),
    0x3a,
    d(10),
    d(1),
    0x5a,
  );
}

/** The number written by `length` ASCII digits at `start`, or -1. */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function parseParts(s: string, order: DayMonthOrder | undefined): Parts | null {
  let m = YMD.exec(s);
  if (m) return build(m[1], m[3], m[4], m[5], m[6], m[7], undefined, m[8]);
  m = DAY_MONTH_YEAR.exec(s);
  if (m) return build(m[3], monthNumber(m[2]), m[1], m[4], m[5], m[6], m[7], m[8]);
  m = MDY_SLASH.exec(s);
  const dayFirst = m !== null && m[7] === undefined && (Number(m[1]) > 12 || (order === 'day-first' && Number(m[2]) <= 12));
  if (m && dayFirst) return build(m[3], m[2], m[1], m[4], m[5], m[6], m[7], m[8]);
  if (m) return build(m[3], m[1], m[2], m[4], m[5], m[6], m[7], m[8]);
  m = DMY_DOT.exec(s);
  if (m) return build(m[3], m[2], m[1], m[4], m[5], m[6], m[7], m[8]);
  m = MONTH_DAY_YEAR.exec(s);
  if (m) return build(m[3], monthNumber(m[1]), m[2], m[4], m[5], m[6], m[7], m[8]);
  m = JAVA.exec(s);
  if (m) return build(m[7], monthNumber(m[1]), m[2], m[3], m[4], m[5], undefined, m[6]);
  return null;
}

function monthNumber(name: string | undefined): string | undefined {
  const n = monthOf(name ?? '');
  return n === undefined ? undefined : String(n);
}

/** Checks every field; undefined time fields mean midnight. */
function build(
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  meridiem: string | undefined,
  zone: string | undefined,
): Parts | null {
  if (year === undefined || month === undefined || day === undefined) return null;
  const y = expandYear(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  let hh = hour === undefined ? 0 : Number(hour);
  const mi = minute === undefined ? 0 : Number(minute);
  const ss = second === undefined ? 0 : Number(second);
  if (meridiem !== undefined) {
    if (hh < 1 || hh > 12) return null;
    hh = (hh % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hh > 23 || mi > 59 || ss > 59) return null;
  const offset = zoneOffset(zone);
  return offset === null ? null : { y, m, d, hh, mi, ss, offset };
}

/** Two-digit years pivot at 70: `69` is 2069, `70` is 1970. */
function expandYear(year: string | undefined): number {
  const y = Number(year);
  if (year?.length !== 2) return y;
  return y < 70 ? 2000 + y : 1900 + y;
}

function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function format(p: Parts): string | null {
  let { y, m, d, hh, mi, ss } = p;
  if (p.offset !== 0) {
    // Rare (only hand-edited ISO values carry an offset), so a Date is affordable here.
    const t = new Date(0);
    t.setUTCFullYear(y, m - 1, d);
    t.setUTCHours(hh, mi - p.offset, ss);
    [y, m, d, hh, mi, ss] = [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()];
    if (y < 0 || y > 9999) return null;
  }
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(hh, 2)}:${pad(mi, 2)}:${pad(ss, 2)}Z`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
