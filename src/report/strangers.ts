import type { ReportContact } from './schema.js';

// Not companies: many strangers "at Freelance" say nothing about where they come from.
const NOT_A_COMPANY =
  /^(freelance|freelancer|independent|indépendant|indépendante|self[- ]employed|auto[- ]?entrepreneur|consultant|retired|retraité|retraitée|student|étudiant|étudiante|n\/a|-|\.)$/i;

/** Companies where two strangers or more work, most strangers first; a company is named as its first stranger writes it. */
export function strangerCompanies(contacts: readonly ReportContact[]): [string, number][] {
  const counts = new Map<string, [string, number]>();
  for (const c of contacts) {
    if (c.label !== 'stranger' || c.company === '' || NOT_A_COMPANY.test(c.company.trim())) continue;
    const key = c.company.toLowerCase();
    const entry = counts.get(key) ?? [c.company, 0];
    entry[1]++;
    counts.set(key, entry);
  }
  return [...counts.values()].filter(([, k]) => k > 1).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Strangers with a connection date, connected the longest first (a stable sort: the export's order among equals). */
export function strangersByAge(contacts: readonly ReportContact[]): ReportContact[] {
  return contacts.filter((c) => c.label === 'stranger' && c.connectedOn !== null).sort((a, b) => (a.connectedOn ?? '').localeCompare(b.connectedOn ?? ''));
}
