import { LABELS, type Label } from '../plugin-api.js';

/** How many of each label, every label present and in LABELS' order (the order reports list them in). */
export function countLabels(labels: Iterable<Label> = []): Record<Label, number> {
  const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const label of labels) counts[label]++;
  return counts;
}

/** How many of each label per year connected (`null`: undated), for the audit's chart in the terminal and on the page. */
export function labelsByYear(contacts: Iterable<{ connectedOn: string | null; label: Label }>): Map<string | null, Record<Label, number>> {
  const byYear = new Map<string | null, Record<Label, number>>();
  for (const { connectedOn, label } of contacts) {
    const year = connectedOn?.slice(0, 4) ?? null;
    const row = byYear.get(year) ?? countLabels();
    row[label]++;
    byYear.set(year, row);
  }
  return byYear;
}

/** The sum over every label of a count per label. */
export const totalOf = (counts: Record<Label, number>): number => LABELS.reduce((sum, label) => sum + counts[label], 0);

/** Strangers first: the order a review goes through them, and in which `--only` lists them. */
export const REVIEW_ORDER: readonly Label[] = [...LABELS].reverse();

/** A share in whole percent, rounded as every report rounds it, so the terminal and the page print the same figure. */
export const percent = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 100));
