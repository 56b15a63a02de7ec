import type { Connection } from '../export/records.js';
import { normalizeCompany } from './employer.js';
import type { Resolution } from './match-audit.js';
import { nameKey, personName } from './names.js';
import { dateTest, settle, type DateClue } from './settle.js';
import { wordKey } from './text.js';

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
  /**
   * The words of the whole name, credentials included (`kim park phd`), of the connections whose name has a
   * comma, by connection index: a record that gives credentials and names one of them exactly is theirs.
   */
  readonly fullNameKeys: ReadonlyMap<number, string>;
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
  /** Full name as written; credentials after a comma are compared first, then ignored (see `resolve`). */
  name: string;
  /**
   * Company keys (`normalizeCompany`) that may settle a name shared by several connections; or what makes
   * them, called only then: most records' names are settled without them, and Contacts.csv's 15,000
   * entries made theirs for nothing.
   */
  companies?: ReadonlySet<string> | (() => ReadonlySet<string>);
  /** A job title, as the record writes it, that may settle a shared name against Connections.csv's Position. */
  position?: string;
  /** What the record's date says of when its person was connected: rules out whoever it cannot be, even the only one. */
  date?: DateClue | null;
}

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
  const fullNameKeys = new Map<number, string>();
  const companyKeys: string[] = [];
  const keyOfName = new Map<string, string>();
  connections.forEach((c, i) => {
    // Connections.csv has no duplicate URLs; if merged exports bring one, the first row keeps the evidence.
    if (c.key !== null && !byKey.has(c.key)) byKey.set(c.key, i);
    const fullName = personName(c.firstName, c.lastName);
    const name = keyOf(keyOfName, fullName);
    nameKeys.push(name);
    if (fullName.includes(',')) fullNameKeys.set(i, wordKey(fullName));
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
    fullNameKeys,
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
 * Finds the connection a record is about: by profile key, then by e-mail, then by name. A record that
 * has a key is never joined by name to a connection that has a different key: that is a namesake.
 * By name, credentials after a comma dropped (`nameKey`): the record's date then rules out whoever could
 * not have been its person on that day (see `DateClue`), the only connection of the name too: the record is
 * then someone else's. A name left to several connections is settled by the record's credentials (`Kim
 * Park, PhD` is the one connection named exactly so, not a `Kim Park`), then its other fields (`settle`);
 * otherwise the record is ambiguous and joins nobody.
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
  const [first] = candidates;
  if (first === undefined) return { kind: 'unmatched' };
  const fits = dateTest(lookup.date);
  const connectedOn = (i: number): string | null => people.connections[i]?.connectedOn ?? null;
  if (candidates.length === 1) return fits(connectedOn(first)) ? { kind: 'match', index: first, by: 'name' } : { kind: 'unmatched' };
  // Most dated records rule out none of a shared name's connections: no new array for them.
  const possible = lookup.date == null || candidates.every((i) => fits(connectedOn(i))) ? candidates : candidates.filter((i) => fits(connectedOn(i)));
  if (possible.length === 0) return { kind: 'unmatched' };
  const companies = typeof lookup.companies === 'function' ? lookup.companies() : lookup.companies;
  return settle(people, candidates, possible, namedExactly(people, possible, lookup.name), { companies, position: lookup.position });
}

/**
 * Those of `candidates` (who share the name without credentials, `nameKey`) whose whole name is the record's,
 * credentials included, when the record gives credentials and some have them; else all of them. Only that way:
 * a name without credentials may still be a `Kim Park, PhD`'s, as an address book or an older record writes it.
 */
function namedExactly(people: PeopleIndex, candidates: readonly number[], name: string): readonly number[] {
  if (people.fullNameKeys.size === 0 || !name.includes(',')) return candidates;
  const whole = wordKey(name);
  const exact = candidates.filter((i) => people.fullNameKeys.get(i) === whole);
  return exact.length > 0 ? exact : candidates;
}
