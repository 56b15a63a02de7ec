import type { Connection } from '../export/records.js';
import { normalizeCompany } from './employer.js';
import type { MatchedBy, Resolution } from './match-audit.js';
import { nameKey, personName } from './names.js';
import { wordKey } from './text.js';
import { dayOf, isoDay } from '../util/iso-date.js';

/** The connections indexed once, so that every other file is joined in one pass. */
export interface PeopleIndex {
  readonly connections: readonly Connection[];
  readonly byKey: ReadonlyMap<string, number>;
  readonly byName: ReadonlyMap<string, readonly number[]>;
  /** The same, among the connections without a profile key: the only ones a record with a key may join by name. */
  readonly byNameKeyless: ReadonlyMap<string, readonly number[]>;
  readonly byEmail: ReadonlyMap<string, readonly number[]>;
  /** `personNameKey` of each connection, by connection index. */
  readonly nameKeys: readonly string[];
  /** `normalizeCompany` of each connection's company, by connection index. */
  readonly companyKeys: readonly string[];
  /** The words of each connection's position joined by spaces, made when a shared name first needs it (`settle`). */
  readonly positionKeys: (string | undefined)[];
  /**
   * `nameKey()` of each full name met, made once: the same names come back in every file (in the
   * benchmark, 30,000 connections share 1,600 names, and 45,000 endorsements, invitations and entries
   * name them again), and folding a name past ASCII takes a Unicode normalisation.
   */
  readonly keyOfName: Map<string, string>;
}

/** What is known of the other person in a record of another file. */
export interface Lookup {
  /** Normalised profile key, when the file has URLs. */
  key?: string | null;
  emails?: readonly string[];
  /** Full name as written; credentials after a comma are ignored (see `nameKey`). */
  name: string;
  /**
   * Company keys (`normalizeCompany`) that may settle a name shared by several connections; or what makes
   * them, called only then: most records' names are settled without them, and Contacts.csv's 15,000
   * entries made theirs for nothing.
   */
  companies?: ReadonlySet<string> | (() => ReadonlySet<string>);
  /** A job title, as the record writes it, that may settle a shared name against Connections.csv's Position. */
  position?: string;
  /** What the record's date says of when its person was connected, to settle a shared name. */
  date?: DateClue | null;
}

/**
 * What a record's date tells of when its person was connected. Only a connection can endorse or be
 * recommended, so an endorsement or recommendation of day D means connected by D (`connectedBy`);
 * nobody invites a connection, so an invitation of day D means connected on D or later (`connectedFrom`).
 * Dates are ISO; a day of slack either way covers time zones (Connected On is a local date, the others UTC).
 */
type DateClue = { connectedBy: string } | { connectedFrom: string };

const DAY = 86_400_000;
const shiftDay = (iso: string, days: number): string => isoDay(new Date(Date.parse(`${dayOf(iso)}T00:00:00Z`) + days * DAY));

const emailKey = (email: string): string => email.trim().toLowerCase();

function push(map: Map<string, number[]>, key: string, index: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [index]);
  else list.push(index);
}

export function indexPeople(connections: readonly Connection[]): PeopleIndex {
  const byKey = new Map<string, number>();
  const byName = new Map<string, number[]>();
  const byNameKeyless = new Map<string, number[]>();
  const byEmail = new Map<string, number[]>();
  const companyCache = new Map<string, string>();
  const nameKeys: string[] = [];
  const companyKeys: string[] = [];
  const keyOfName = new Map<string, string>();
  connections.forEach((c, i) => {
    // Connections.csv has no duplicate URLs; if merged exports bring one, the first row keeps the evidence.
    if (c.key !== null && !byKey.has(c.key)) byKey.set(c.key, i);
    const name = keyOf(keyOfName, personName(c.firstName, c.lastName));
    nameKeys.push(name);
    if (name !== '') push(byName, name, i);
    if (name !== '' && c.key === null) push(byNameKeyless, name, i);
    if (c.email !== null && c.email.trim() !== '') push(byEmail, emailKey(c.email), i);
    let company = companyCache.get(c.company);
    if (company === undefined) companyCache.set(c.company, (company = normalizeCompany(c.company)));
    companyKeys.push(company);
  });
  return {
    connections,
    byKey,
    byName,
    byNameKeyless,
    byEmail,
    nameKeys,
    companyKeys,
    positionKeys: new Array<string | undefined>(connections.length).fill(undefined),
    keyOfName,
  };
}

/**
 * Names past which the memo of `nameKey` starts over: it only saves work, and kept every name looked up,
 * 110 bytes each, so a million strangers messaged once each held 105 MB of it to the end (issue 15).
 */
const REMEMBERED_NAMES = 100_000;

/** `nameKey(name)`, made once per name (while the memo holds fewer than REMEMBERED_NAMES). */
function keyOf(keyOfName: Map<string, string>, name: string): string {
  let key = keyOfName.get(name);
  if (key === undefined) {
    if (keyOfName.size >= REMEMBERED_NAMES) keyOfName.clear();
    keyOfName.set(name, (key = nameKey(name)));
  }
  return key;
}

/**
 * Finds the connection a record is about: by profile key, then by e-mail, then by name.
 * A name that fits two or more connections is settled by the record's other fields, in turn: its
 * company, its position, its date (see `DateClue`). Each that fits exactly one of them settles it;
 * one that fits several narrows the choice; one that fits none is set aside (people change jobs).
 * Otherwise the record is ambiguous and joins nobody. A record that has a key is never joined by
 * name to a connection that has a different key: that is a namesake.
 */
export function resolve(people: PeopleIndex, lookup: Lookup): Resolution {
  const key = lookup.key ?? null;
  if (key !== null) {
    const index = people.byKey.get(key);
    if (index !== undefined) return { kind: 'match', index, by: 'url' };
  }
  if (lookup.emails !== undefined && lookup.emails.length > 0 && people.byEmail.size > 0) {
    // The first connection an address names, and whether another is named too: no Set per record.
    let first = -1;
    let several = false;
    for (const email of lookup.emails) {
      for (const i of people.byEmail.get(emailKey(email)) ?? []) {
        if (first < 0) first = i;
        else if (i !== first) several = true;
      }
    }
    if (first >= 0) return several ? { kind: 'ambiguous', candidates: [] } : { kind: 'match', index: first, by: 'email' };
  }
  const name = keyOf(people.keyOfName, lookup.name);
  // Filtered once in indexPeople, not per record: most records with a key that joined no one are invitations
  // and endorsements of people who are not connections, and the filter was most of resolve()'s time.
  const candidates = name === '' ? [] : ((key === null ? people.byName : people.byNameKeyless).get(name) ?? []);
  const [only] = candidates;
  if (only === undefined) return { kind: 'unmatched' };
  if (candidates.length === 1) return { kind: 'match', index: only, by: 'name' };
  return settle(people, candidates, lookup);
}

function positionKey(people: PeopleIndex, i: number): string {
  let key = people.positionKeys[i];
  if (key === undefined) people.positionKeys[i] = key = wordKey(people.connections[i]?.position ?? '');
  return key;
}

function settle(people: PeopleIndex, candidates: readonly number[], lookup: Lookup): Resolution {
  const { position, date } = lookup;
  const companies = typeof lookup.companies === 'function' ? lookup.companies() : lookup.companies;
  let left = candidates;
  // Company, position, date, in turn (see resolve()): the first that fits exactly one candidate settles the name;
  // one that fits several narrows the candidates for the next.
  const narrow = (fitting: number[], by: MatchedBy): Resolution | undefined => {
    if (fitting.length === 1) return { kind: 'match', index: fitting[0]!, by };
    if (fitting.length > 1) left = fitting;
    return undefined;
  };
  if (companies !== undefined && companies.size > 0) {
    const settled = narrow(
      left.filter((i) => companies.has(people.companyKeys[i] ?? '')),
      'name+company',
    );
    if (settled !== undefined) return settled;
  }
  const title = position === undefined ? '' : wordKey(position);
  if (title !== '') {
    const settled = narrow(
      left.filter((i) => positionKey(people, i) === title),
      'name+position',
    );
    if (settled !== undefined) return settled;
  }
  if (date !== undefined && date !== null) {
    // The day of slack worked out once per record, not once per candidate (a Date and two strings each).
    const by = 'connectedBy' in date;
    let bound: string | undefined;
    const settled = narrow(
      left.filter((i) => {
        const connectedOn = people.connections[i]?.connectedOn ?? null;
        if (connectedOn === null) return true;
        bound ??= by ? shiftDay(date.connectedBy, 1) : shiftDay(date.connectedFrom, -1);
        return by ? connectedOn <= bound : connectedOn >= bound;
      }),
      'name+date',
    );
    if (settled !== undefined) return settled;
  }
  return { kind: 'ambiguous', candidates: left };
}
