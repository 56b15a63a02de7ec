import type { Translator } from '../i18n/translator.js';
import { normalizeCompany } from '../evidence/employer.js';
import { nameKey, personNameKey } from '../evidence/names.js';
import type { Connection } from '../export/records.js';
import { profileKey } from '../export/url.js';
import { isNameKey } from './contact-key.js';
import type { DecisionEntry } from '../decisions/index.js';

/** Who a decision is about, as far as a person without a profile URL can be told apart. */
interface Identity {
  name: string;
  company: string;
  /** Null in files from before decisions kept it, unless their key held it (`name:…|…|2019-03-12`). */
  connectedOn: string | null;
}

const KEY_DATE = /\|(\d{4}-\d{2}-\d{2})(?:#\d+)?$/;

function identityOf(key: string, entry: DecisionEntry): Identity {
  const fromKey = isNameKey(key) ? (key.slice('name:'.length).split(/[|#]/)[0] ?? '') : '';
  return {
    name: nameKey(entry.name) || fromKey,
    company: normalizeCompany(entry.company),
    connectedOn: entry.connectedOn ?? KEY_DATE.exec(key)?.[1] ?? null,
  };
}

/** Same name, same company, and the same Connected On when both are known: one connection, not a namesake. */
function fits(identity: Identity, c: Connection): boolean {
  if (personNameKey(c.firstName, c.lastName) !== identity.name || normalizeCompany(c.company) !== identity.company) return false;
  return identity.connectedOn === null || c.connectedOn === null || c.connectedOn === identity.connectedOn;
}

/** How a decision was found: by its profile key, or by name, company and (when known) Connected On. */
export type PlacedBy = 'url' | 'name+company' | 'name+company+date';

export interface Placement {
  /** The stored key of the decision that is about each connection, by connection index. */
  byConnection: Map<number, string>;
  by: Map<string, PlacedBy>;
  /** Decisions a connection of that name is here for, but none fits (company or date differ) or several do. */
  unplaced: { key: string; entry: DecisionEntry; namesakes: number[] }[];
}

/**
 * Finds the connection each decision is about. A decision is found under its key (`contactKeys`);
 * else, one about a person without a profile URL, or kept under the name alone by an older file, is
 * found by name, company and Connected On (`fits`): never on a namesake whose company or date differ.
 * A decision about one profile never goes to a connection with another.
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
    const i = byKey.get(profile ?? key);
    // A name key of today's form holds the name, company and date (`contactKeys`).
    if (i !== undefined && !placement.byConnection.has(i)) place(key, i, profile === null ? 'name+company+date' : 'url');
    else rest.push([key, entry]);
  }
  for (const [key, entry] of rest) {
    const identity = identityOf(key, entry);
    if (identity.name === '') continue;
    // A decision about a profile can only be found by name in an export without that profile's URL.
    const keyless = !isNameKey(key);
    const namesakes = connections
      .map((c, i) => ({ c, i }))
      .filter(({ c }) => (!keyless || c.key === null) && personNameKey(c.firstName, c.lastName) === identity.name);
    const fitting = namesakes.filter(({ c }) => fits(identity, c));
    const [only] = fitting;
    // One that fits but has a decision of its own already: two decisions about one person, neither to guess between.
    if (only !== undefined && fitting.length === 1 && !placement.byConnection.has(only.i)) {
      place(key, only.i, identity.connectedOn === null ? 'name+company' : 'name+company+date');
    } else if (namesakes.length > 0) placement.unplaced.push({ key, entry, namesakes: namesakes.map(({ i }) => i) });
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
  const fitting = here.filter((c) => fits(identity, c)).length;
  const which =
    fitting > 1
      ? t('review.unplaced.fit', { count: fitting, where })
      : here.length === 1
        ? t('review.unplaced.one', { name, where })
        : t('review.unplaced.several', { count: here.length, where });
  return t('review.unplaced', { name, decision: t(`review.unplaced.${entry.decision}`), where: at(t, entry.company, identity.connectedOn), which });
}
