import type { Translator } from '../i18n/translator.js';
import { normalizeCompany } from '../evidence/employer.js';
import { nameKey, personNameKey } from '../evidence/names.js';
import type { Connection } from '../export/records.js';
import { profileKey } from '../export/url.js';
import { isCountedKey, isNameKey, isTwinKey } from './contact-key.js';
import { fold } from '../evidence/text.js';
import type { DecisionEntry } from '../decisions/index.js';

/** Who a decision is about, as far as a person without a profile URL can be told apart. */
interface Identity {
  name: string;
  company: string;
  /** Null in files from before decisions kept it, unless their key held it (`name:…|…|2019-03-12`). */
  connectedOn: string | null;
  /** Folded; it must agree when the decision was made among namesakes alike in all else (`isTwinKey`). */
  position: string;
  twin: boolean;
  /** `YYYY-MM-DD`: nobody who connected after this day can be the person decided about. */
  decidedOn: string;
}

const KEY_DATE = /\|(\d{4}-\d{2}-\d{2})(?:#.*)?$/;

function identityOf(key: string, entry: DecisionEntry): Identity {
  const fromKey = isNameKey(key) ? (key.slice('name:'.length).split(/[|#]/)[0] ?? '') : '';
  return {
    name: nameKey(entry.name) || fromKey,
    company: normalizeCompany(entry.company),
    connectedOn: entry.connectedOn ?? (isNameKey(key) ? (KEY_DATE.exec(key)?.[1] ?? null) : null),
    position: fold(entry.position.trim()),
    twin: isTwinKey(key),
    decidedOn: entry.decidedAt.slice(0, 10),
  };
}

const sameName = (identity: Identity, c: Connection) => personNameKey(c.firstName, c.lastName) === identity.name;
/** Connected after the decision was taken: not the person it is about, whatever their name. */
const cameLater = (identity: Identity, c: Connection) => c.connectedOn !== null && c.connectedOn > identity.decidedOn;

/**
 * Same name, same company, the same known Connected On, and the same position when namesakes alike in
 * all else were told apart by it: one connection, not a namesake. A decision without a date fits no one.
 */
function fits(identity: Identity, c: Connection): boolean {
  if (!sameName(identity, c) || normalizeCompany(c.company) !== identity.company || cameLater(identity, c)) return false;
  if (identity.connectedOn === null || c.connectedOn !== identity.connectedOn) return false;
  return !identity.twin || fold(c.position.trim()) === identity.position;
}

/** Saved without its Connected On, and a namesake at that company was a connection already when it was taken. */
const undatedFit = (identity: Identity, connections: readonly Connection[]): boolean =>
  identity.connectedOn === null &&
  connections.some((c) => sameName(identity, c) && normalizeCompany(c.company) === identity.company && !cameLater(identity, c));

/**
 * How a decision was found: by its profile key; by name, company and Connected On; or, for a decision
 * about a profile whose URL this export no longer has, by those under the URL the person has now.
 */
export type PlacedBy = 'url' | 'url-changed' | 'name+company+date';

/**
 * Why a decision saved by name was not applied: a namesake differs in company or date, several
 * connections fit it alike, or it was saved without its connection date and cannot be told from one.
 */
type Unsure = 'namesake' | 'alike' | 'undated';

export interface Placement {
  /** The stored key of the decision that is about each connection, by connection index. */
  byConnection: Map<number, string>;
  by: Map<string, PlacedBy>;
  /** Decisions a connection of that name is here for, but none fits (company or date differ) or several do. */
  unplaced: { key: string; entry: DecisionEntry; namesakes: number[]; why: Unsure }[];
}

/**
 * Finds the connection each decision is about: the one place where commands decide it, so that review,
 * decide, predict, prune-list and diff agree. A decision is found under its key (`contactKeys`), unless
 * that key only numbers rows alike in everything; else by name, company, Connected On and, among
 * namesakes, position (`fits`), on exactly one connection no other decision claims. It never lands on a
 * namesake whose company or date differ, on someone who connected after it was taken, or on one of
 * several connections it fits alike: those are `unplaced`, to ask about again.
 */
export function placeDecisions(decisions: Readonly<Record<string, DecisionEntry>>, connections: readonly Connection[], keys: readonly string[]): Placement {
  const placement: Placement = { byConnection: new Map(), by: new Map(), unplaced: [] };
  const byKey = new Map(keys.map((key, i) => [key, i]));
  const place = (key: string, i: number, by: PlacedBy) => {
    placement.byConnection.set(i, key);
    placement.by.set(key, by);
  };
  const rest: [string, DecisionEntry][] = [];
  for (const [key, entry] of Object.entries(decisions)) {
    const profile = isNameKey(key) ? null : (profileKey(key) ?? profileKey(entry.url));
    const i = profile !== null || !isCountedKey(key) ? byKey.get(profile ?? key) : undefined;
    // A name key of today's form holds the name, company and date (`contactKeys`).
    if (i !== undefined && !placement.byConnection.has(i)) place(key, i, profile === null ? 'name+company+date' : 'url');
    else rest.push([key, entry]);
  }
  const claims = new Map<number, string[]>();
  const unsure: [string, DecisionEntry, Unsure][] = [];
  for (const [key, entry] of rest) {
    const identity = identityOf(key, entry);
    if (identity.name === '') continue;
    const fitting = connections.flatMap((c, i) => (!placement.byConnection.has(i) && fits(identity, c) ? [i] : []));
    const [only] = fitting;
    if (only !== undefined && fitting.length === 1) claims.set(only, [...(claims.get(only) ?? []), key]);
    else unsure.push([key, entry, fitting.length > 1 ? 'alike' : undatedFit(identity, connections) ? 'undated' : 'namesake']);
  }
  const entries = new Map(rest);
  for (const [i, claimed] of claims) {
    const [key] = claimed;
    // Two decisions about one person, neither to guess between.
    if (key !== undefined && claimed.length === 1) place(key, i, isNameKey(key) || connections[i]?.key === null ? 'name+company+date' : 'url-changed');
    else for (const k of claimed) unsure.push([k, entries.get(k)!, 'alike']);
  }
  for (const [key, entry, why] of unsure) {
    const identity = identityOf(key, entry);
    // A namesake with a profile of their own is another person than one decided about by profile, unless they fit it.
    const keyless = !isNameKey(key);
    const namesakes = connections.flatMap((c, i) =>
      !placement.byConnection.has(i) && sameName(identity, c) && !cameLater(identity, c) && (!keyless || c.key === null || fits(identity, c)) ? [i] : [],
    );
    if (namesakes.length > 0) placement.unplaced.push({ key, entry, namesakes, why });
  }
  return placement;
}

const at = (t: Translator, company: string, connectedOn: string | null): string =>
  [
    company.trim() === '' ? t('review.unplaced.noCompany') : t('review.unplaced.at', { company: company.trim() }),
    connectedOn === null ? '' : t('review.unplaced.connected', { date: { day: connectedOn } }),
  ]
    .filter(Boolean)
    .join(', ');

/**
 * Why a decision was not applied: "Greta Diallo, marked remove at Wayne Enterprises, connected 2012-03-04;
 * the Greta Diallo here is at Tailspin, Inc., connected 2019-06-01". As the files wrote it: sanitise it to print it.
 */
export function describeUnplaced(unplaced: Placement['unplaced'][number], connections: readonly Connection[], t: Translator): string {
  const { key, entry } = unplaced;
  const identity = identityOf(key, entry);
  const name = entry.name.trim();
  const here = unplaced.namesakes.map((i) => connections[i]).filter((c): c is Connection => c !== undefined);
  const where = here.map((c) => at(t, c.company, c.connectedOn)).join('; ');
  const which =
    unplaced.why === 'alike'
      ? t('review.unplaced.fit', { count: here.filter((c) => fits(identity, c)).length || here.length, where })
      : unplaced.why === 'undated'
        ? t('review.unplaced.undated', { name, where, date: { day: identity.decidedOn } })
        : here.length === 1
          ? t('review.unplaced.one', { name, where })
          : t('review.unplaced.several', { count: here.length, where });
  return t('review.unplaced', { name, decision: t(`review.unplaced.${entry.decision}`), where: at(t, entry.company, identity.connectedOn), which });
}
