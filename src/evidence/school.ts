import type { Education } from '../export/records.js';
import { containsWords, words } from './text.js';

export interface School {
  /** As the owner wrote it in Education.csv. */
  name: string;
  words: string[];
}

export function indexSchools(education: readonly Education[]): School[] {
  const schools: School[] = [];
  for (const { school } of education) {
    const w = words(school);
    if (w.length > 0 && !schools.some((s) => s.name === school.trim())) schools.push({ name: school.trim(), words: w });
  }
  return schools;
}

/**
 * The owner's school whose whole name appears, as whole words, in the contact's company or
 * position (they work or teach there): `Université Paris-Dauphine` in `Lecturer, Université
 * Paris Dauphine`. The first such school in Education.csv order, or null.
 */
export function findSchool(schools: readonly School[], company: string, position: string): string | null {
  if (schools.length === 0) return null;
  const companyWords = words(company);
  const positionWords = words(position);
  const found = schools.find((s) => containsWords(companyWords, s.words) || containsWords(positionWords, s.words));
  return found?.name ?? null;
}
