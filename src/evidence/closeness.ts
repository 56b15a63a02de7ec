import type { LinkedInExport } from '../export/types.js';
import { words } from './text.js';

/**
 * Closeness of a contact's job title to the owner's own words.
 *
 * Both sides are cut into terms: folded words (case, accents), minus English and French stop
 * words, minus generic rank words that say nothing about the field (`senior`, `head`,
 * `manager`, `directeur`…), minus the function words of job titles (`chargé de`, `chef de`,
 * `in charge of`), minus single letters and bare numbers, with a plural `s`/`ies` stemmed.
 * The owner's terms come from their headline, position titles and skills.
 * score = distinct terms of the contact's position that the owner also has / distinct terms of
 * the contact's position, rounded to 2 decimals; 0 when the position has no terms.
 * The contact's company is left out: a shared employer is its own signal (`sharedEmployer`).
 */

const STOP_WORDS = new Set([
  // English
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'at',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'from',
  'as',
  'into',
  'via',
  'per',
  // French
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'l',
  'd',
  'et',
  'ou',
  'en',
  'chez',
  'pour',
  'au',
  'aux',
  'un',
  'une',
  'dans',
  'sur',
  'par',
  'avec',
  'sans',
]);

/**
 * Words that say what a title's holder does with its field, not the field: "Chargée de communication"
 * and "Chargée de projet digital" share no expertise, yet `chargee` made every "Chargé(e) de …" half
 * close to an owner who once was one, and the open-networker rule set made such strangers weak ties.
 * Folded, each with its feminine; `responsable`, `directeur` and the English ranks are below.
 */
const TITLE_FUNCTION_WORDS = ['charge', 'chargee', 'chef', 'cheffe'];

/** Rank and filler words: `Senior Product Manager` and `Head of Product` are both about `product`. */
const GENERIC_WORDS = new Set([
  'senior',
  'sr',
  'junior',
  'jr',
  'head',
  'lead',
  'leader',
  'chief',
  'principal',
  'staff',
  'associate',
  'assistant',
  'manager',
  'management',
  'director',
  'vp',
  'vice',
  'president',
  'officer',
  'executive',
  'intern',
  'internship',
  'team',
  'member',
  'global',
  'international',
  'regional',
  'former',
  'ex',
  'ii',
  'iii',
  'iv',
  'directeur',
  'directrice',
  'responsable',
  'stagiaire',
  'alternant',
  'alternante',
  'adjoint',
  'adjointe',
  'equipe',
  // Occupations that span every field: "Sales Engineer" and "Infrastructure Engineer" share nothing with a backend
  // engineer but the word (the evaluation corpus counted 11 strangers made "close" by it).
  'engineer',
  'ingenieur',
  'ingenieure',
  'consultant',
  'consultante',
  'specialist',
  'specialiste',
  'expert',
  'experte',
  'freelance',
  'independent',
  'independant',
  'independante',
  ...TITLE_FUNCTION_WORDS,
]);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** The terms of a text, stem → the word as it appeared first (folded), in order of appearance. */
export function terms(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const word of words(text)) {
    if (word.length < 2 || /^\p{N}+$/u.test(word) || STOP_WORDS.has(word) || GENERIC_WORDS.has(word)) continue;
    const s = stem(word);
    if (!GENERIC_WORDS.has(s) && !found.has(s)) found.set(s, word);
  }
  return found;
}

/** The stems of everything the owner says they do. */
export function ownerTerms(exp: Pick<LinkedInExport, 'profile' | 'positions' | 'skills'>): Set<string> {
  const texts = [exp.profile?.headline ?? '', ...exp.positions.map((p) => p.title), ...exp.skills];
  const owner = new Set<string>();
  for (const text of texts) for (const s of terms(text).keys()) owner.add(s);
  return owner;
}

export interface Closeness {
  score: number;
  /** Matched words of the contact's position, as written there (folded). */
  terms: string[];
}

export function closeness(owner: ReadonlySet<string>, position: string): Closeness {
  const theirs = terms(position);
  if (theirs.size === 0 || owner.size === 0) return { score: 0, terms: [] };
  const matched = [...theirs].filter(([s]) => owner.has(s)).map(([, word]) => word);
  return { score: Math.round((matched.length / theirs.size) * 100) / 100, terms: matched };
}
