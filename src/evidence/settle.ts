import type { MatchedBy, Resolution } from './match-audit.js';
import type { PeopleIndex } from './people-index.js';
import { wordKey } from './text.js';
import { dayOf, isoDay } from '../util/iso-date.js';

/**
 * What a record's date tells of when its person was connected. Only a connection can endorse or be
 * recommended, so an endorsement or recommendation of day D means connected by D (`connectedBy`);
 * nobody invites a connection, so an invitation of day D means connected on D or later (`connectedFrom`:
 * the same day is an invitation accepted). Dates are ISO; a day of slack either way covers time zones
 * (Connected On is a local day, the records' times UTC, and a record with only a day is read as its midnight UTC).
 */
export type DateClue = { connectedBy: string } | { connectedFrom: string };

/** The fields of a record that may settle which of several connections of its name it is about. */
export interface Clues {
  companies?: ReadonlySet<string> | undefined;
  position?: string | undefined;
}

const DAY = 86_400_000;
const ANY_DAY = (): boolean => true;
const shiftDay = (iso: string, days: number): string => isoDay(new Date(Date.parse(`${dayOf(iso)}T00:00:00Z`) + days * DAY));

/**
 * Whether a connection connected on `connectedOn` could be the person of a record of that date; a missing
 * date on either side rules out nobody. The day of slack is worked out only for a day near the bound,
 * once per record, not once per candidate (a Date and two strings each).
 */
export function dateTest(date: DateClue | null | undefined): (connectedOn: string | null) => boolean {
  if (date === undefined || date === null) return ANY_DAY;
  if ('connectedBy' in date) {
    const day = dayOf(date.connectedBy);
    let bound: string | undefined;
    return (on) => on === null || on <= day || on <= (bound ??= shiftDay(day, 1));
  }
  const day = dayOf(date.connectedFrom);
  let bound: string | undefined;
  return (on) => on === null || on >= day || on >= (bound ??= shiftDay(day, -1));
}

function positionKey(people: PeopleIndex, i: number): string {
  let key = people.positionKeys[i];
  if (key === undefined) people.positionKeys[i] = key = wordKey(people.connections[i]?.position ?? '');
  return key;
}

/**
 * Which of several connections of one name a record is about, or none. What is possible comes before what
 * is likely: the record's date rules out whoever could not have been its person then (`possible` is the
 * rest, never empty here), and among them `likely` are those its credentials name exactly (all of them when
 * it gives none). Then its company, then its position, are weighed among those left: one that fits some of
 * them narrows the choice to those; one that fits none of them is set aside (people change jobs), unless it
 * fits someone set aside before. Then the facts disagree (the date says one, the company another), and the
 * record is counted for none, each of them told (`ambiguous`), rather than guessed.
 */
export function settle(people: PeopleIndex, candidates: readonly number[], possible: readonly number[], likely: readonly number[], clues: Clues): Resolution {
  const others = likely.length === candidates.length ? NONE : candidates.filter((i) => !likely.includes(i));
  let left = likely;
  let by: MatchedBy = likely.length < possible.length ? 'name' : 'name+date';
  const weigh = (fits: (i: number) => boolean, field: MatchedBy): Resolution | undefined => {
    const fitting = left.filter(fits);
    if (fitting.length === 0) {
      const against = others.filter(fits);
      return against.length === 0 ? undefined : { kind: 'ambiguous', candidates: [...left, ...against].sort((a, b) => a - b) };
    }
    if (fitting.length < left.length) [left, by] = [fitting, field];
    return left.length === 1 ? { kind: 'match', index: left[0]!, by } : undefined;
  };
  const { companies, position } = clues;
  if (companies !== undefined && companies.size > 0) {
    const settled = weigh((i) => companies.has(people.companyKeys[i] ?? ''), 'name+company');
    if (settled !== undefined) return settled;
  }
  const title = position === undefined ? '' : wordKey(position);
  if (title !== '') {
    const settled = weigh((i) => positionKey(people, i) === title, 'name+position');
    if (settled !== undefined) return settled;
  }
  return left.length === 1 ? { kind: 'match', index: left[0]!, by } : { kind: 'ambiguous', candidates: left };
}

const NONE: readonly number[] = [];
