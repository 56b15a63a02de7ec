import { normalizeCompany } from '../evidence/employer.js';
import { nameKey, personNameKey } from '../evidence/names.js';
import type { Connection } from '../export/records.js';
import { profileKey } from '../export/url.js';
import type { Translator } from '../i18n/translator.js';

/** One line of a `netprune decide` list, and who it names. */
export interface ListLine {
  line: number;
  text: string;
}

/** A line that names no connection, or several: reported with its number, and nothing is recorded. */
export interface ListProblem extends ListLine {
  problem: string;
}

export interface Resolved {
  /** Connection index by line, for the lines that name exactly one connection. */
  found: { line: ListLine; index: number }[];
  problems: ListProblem[];
}

/** The lines that name someone: blank lines and `#` comments are left out, each line keeps its number in the file. */
export function listLines(text: string): ListLine[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, text: raw.trim() }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'));
}

const SEPARATOR = ' @ ';

/**
 * Finds the one connection a line names: a profile URL (or `in/<slug>`) by its key; otherwise the
 * whole name, and with `Name @ Company` the company too, compared by the keys every other match
 * uses (personNameKey, normalizeCompany): case, accents and letters such as ø folded, credentials
 * after a comma and a company's legal suffix left out, so "Soren Dahl @ Contoso" finds "Søren Dahl,
 * PhD" at "Contoso SAS".
 * Never part of a name, as `explain` allows: a list that decides must not land on a namesake. Two
 * rows with the same key (one person listed twice) are one connection.
 */
export function resolveLines(lines: readonly ListLine[], connections: readonly Connection[], keys: readonly string[], t: Translator): Resolved {
  const byKey = new Map<string, number>();
  const byName = new Map<string, number[]>();
  connections.forEach((c, i) => {
    const key = keys[i]!;
    if (byKey.has(key)) return;
    byKey.set(key, i);
    const name = personNameKey(c.firstName, c.lastName);
    byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  const resolved: Resolved = { found: [], problems: [] };
  for (const line of lines) {
    const found = find(line.text);
    if (typeof found === 'number') resolved.found.push({ line, index: found });
    else resolved.problems.push({ ...line, problem: found });
  }
  return resolved;

  function find(text: string): number | string {
    const key = profileKey(text);
    if (key !== null) return byKey.get(key) ?? t('decide.noSuchUrl');
    if (/^[a-z]+:\/\//i.test(text)) return t('decide.notUrlNorName');
    const at = text.lastIndexOf(SEPARATOR);
    const name = nameKey(at === -1 ? text : text.slice(0, at));
    const company = at === -1 ? null : normalizeCompany(text.slice(at + SEPARATOR.length));
    const named = byName.get(name) ?? [];
    const fitting = company === null ? named : named.filter((i) => normalizeCompany(connections[i]!.company) === company);
    if (fitting.length === 1) return fitting[0]!;
    if (fitting.length === 0) {
      if (named.length === 0) return t('decide.noSuchName');
      return t('decide.notAtCompany', { companies: companies(named) });
    }
    return company === null
      ? t('decide.sameName', { count: fitting.length, companies: companies(fitting) })
      : t('decide.sameNameAtCompany', { count: fitting.length });
  }

  function companies(indices: readonly number[]): string {
    return indices.map((i) => connections[i]!.company.trim() || t('decide.noCompany')).join(', ');
  }
}
