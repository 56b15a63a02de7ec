import type { Position } from '../export/records.js';
import { words } from './text.js';

/**
 * Legal-form and umbrella words dropped from the end of a company name, so that
 * `ACME Corporation`, `Acme Corp` and `acme corp.` compare equal. `Group` and `Holding(s)`
 * are dropped too: people write `Fabrikam` and `Fabrikam Group` for the same employer far
 * more often than two different employers differ only by that word.
 */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'llp',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'sas',
  'sasu',
  'sarl',
  'se',
  'bv',
  'nv',
  'srl',
  'spa',
  'pty',
  'group',
  'holding',
  'holdings',
]);

/**
 * The comparison key of a company name: folded (case, accents), punctuation ignored, a leading
 * `the` and trailing legal suffixes dropped, but never reduced to nothing (`The Company` stays
 * `company`). Returns '' only for a name with no letters or digits. Equality of keys is the
 * whole test: `Acme` and `Acmeco` stay different.
 */
export function normalizeCompany(name: string): string {
  const w = words(name.replace(/&/g, ' '));
  let start = 0;
  let end = w.length;
  if (end - start > 1 && w[start] === 'the') start++;
  while (end - start > 1 && LEGAL_SUFFIXES.has(w[end - 1] ?? '')) end--;
  return w.slice(start, end).join(' ');
}

/** The owner's employers by comparison key, each as the owner first wrote it in Positions.csv. */
export function indexEmployers(positions: readonly Position[]): Map<string, string> {
  const employers = new Map<string, string>();
  for (const position of positions) {
    const key = normalizeCompany(position.company);
    if (key !== '' && !employers.has(key)) employers.set(key, position.company.trim());
  }
  return employers;
}

/** The company names in a free-text field that may list several (`Companies` in Contacts.csv). */
export function companyKeys(field: string): Set<string> {
  const keys = new Set<string>();
  const whole = normalizeCompany(field);
  if (whole !== '') keys.add(whole);
  for (const part of field.split(/[;,|]/)) {
    const key = normalizeCompany(part);
    // `Initech, Inc.` splits into `Initech` and `Inc.`; the bare suffix names no company.
    if (key !== '' && !LEGAL_SUFFIXES.has(key)) keys.add(key);
  }
  return keys;
}
