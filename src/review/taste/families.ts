import { titleConcepts } from './concepts.js';
import { type Feature, featuresOf } from './features.js';
import type { TasteContact } from './types.js';

/**
 * Families of job titles whose people a person tends to treat alike, so that one answer about a
 * member makes the whole family familiar (familiar.ts): a person who drops a recruiter they talked
 * to drops the "Chasseuse de têtes" too, and one who keeps a statistician keeps the "Analyste de
 * données". Two families, each from something netprune already knows:
 *
 * - recruiting: the recruiter words of the built-in `no-recruiters` rule set (rules/no-recruiters.json,
 *   kept in step by a test), in both languages;
 * - field: titles mostly made of the owner's field words. netprune's closeness matches those words
 *   in English only ("Statisticien" and "Analyste de données" score 0), so the family is learnt from
 *   the answers: the words closeness matched on every contact answered so far, as concepts
 *   (concepts.ts), make the owner's field vocabulary, and any title whose own concepts are more
 *   than half in it joins, French and inflected titles too.
 */
export type Family = 'recruiting' | 'field';

/** The `no-recruiters` rule set's recruiter words, with `recrutement` and `recruitment` alone ("Responsable recrutement"). */
export const RECRUITER_WORDS = [
  'recruiter',
  'recruteur',
  'recruteuse',
  'chargé de recrutement',
  'chargée de recrutement',
  'talent acquisition',
  'talent partner',
  'headhunter',
  'chasseur de têtes',
  'chasseuse de têtes',
  'sourcer',
  'recrutement',
  'recruitment',
] as const;
const RECRUITER_CONCEPTS = RECRUITER_WORDS.map((phrase) => [...titleConcepts(phrase).keys()]);

const conceptSet = (words: readonly string[]): ReadonlySet<string> => new Set(words.flatMap((word) => [...titleConcepts(word).keys()]));

/** Rank and filler words: "Head of Data" is a data title, and a senior one is no other family. */
const SENIORITY = conceptSet([
  ...['senior', 'sr', 'junior', 'jr', 'head', 'lead', 'leader', 'chief', 'principal', 'staff', 'associate', 'assistant'],
  ...['manager', 'management', 'director', 'vp', 'vice', 'president', 'officer', 'executive', 'intern', 'internship', 'team'],
  ...['member', 'global', 'international', 'regional', 'former', 'ex', 'directeur', 'directrice', 'responsable', 'stagiaire'],
  ...['alternant', 'alternante', 'adjoint', 'adjointe', 'equipe', 'chef', 'charge'],
]);
/**
 * Trades of every field, as closeness (src/evidence/closeness.ts) leaves them out of a title's
 * field share: "Data Engineer" is all field. They still say something a family does not: a
 * person may keep every engineer in their field and remove the analysts (familiar.ts).
 */
const TRADES = conceptSet([
  ...['engineer', 'ingenieur', 'consultant', 'consultante', 'specialist', 'specialiste', 'expert', 'experte'],
  ...['freelance', 'independent', 'independant', 'docteur'],
]);
const RECRUITING_WORDS = conceptSet(RECRUITER_WORDS);

// A review ranks the same contacts again after every answer: each title is cut once.
const conceptsCache = new WeakMap<TasteContact, string[]>();
function conceptsOf(contact: TasteContact): string[] {
  let concepts = conceptsCache.get(contact);
  if (concepts === undefined) conceptsCache.set(contact, (concepts = [...titleConcepts(contact.connection.position).keys()]));
  return concepts;
}

export function isRecruiter(contact: TasteContact): boolean {
  const concepts = new Set(conceptsOf(contact));
  return RECRUITER_CONCEPTS.some((phrase) => phrase.length > 0 && phrase.every((c) => concepts.has(c)));
}

/**
 * The owner's field words as concepts: those closeness matched on the contacts given (the whole
 * network, or the answered ones). Closeness matches in English ("Docteure en statistiques" on
 * "statistiques"); as concepts they reach the French and inflected titles it missed ("Statisticien").
 */
export function fieldVocabulary(contacts: readonly TasteContact[]): ReadonlySet<string> {
  const vocabulary = new Set<string>();
  for (const { evidence } of contacts) {
    if (evidence.closeness <= 0) continue;
    for (const term of evidence.closenessTerms) {
      for (const concept of titleConcepts(term).keys()) if (!SENIORITY.has(concept) && !TRADES.has(concept)) vocabulary.add(concept);
    }
  }
  return vocabulary;
}

const MORE_THAN_HALF = 0.5;

export function familiesOf(contact: TasteContact, field: ReadonlySet<string>): Family[] {
  const families: Family[] = [];
  if (isRecruiter(contact)) families.push('recruiting');
  const words = conceptsOf(contact).filter((c) => !SENIORITY.has(c) && !TRADES.has(c));
  if (words.length > 0 && words.filter((c) => field.has(c)).length / words.length > MORE_THAN_HALF) families.push('field');
  return families;
}

/**
 * The words of a contact's title that its families do not account for, rank words aside: "engineer"
 * in "Machine Learning Engineer", "it" in "IT Recruiter". An answer about the family does not
 * speak for them.
 */
export function wordsBeyondFamilies(contact: TasteContact, families: readonly Family[], field: ReadonlySet<string>): string[] {
  const covered = (c: string): boolean =>
    SENIORITY.has(c) || (families.includes('field') && field.has(c)) || (families.includes('recruiting') && RECRUITING_WORDS.has(c));
  return conceptsOf(contact).filter((c) => !covered(c));
}

/** The contact's job title as its concepts, space-separated: one key for "Chercheuse" and "Researcher", in any order. */
const titleKey = (contact: TasteContact): string => [...conceptsOf(contact)].sort().join(' ');

/**
 * What a card's answer teaches about, for ordering the questions: every recruiter title is one
 * kind (one answer makes them all familiar), any other title is its concepts.
 */
export function titleKind(contact: TasteContact): string {
  return isRecruiter(contact) ? '#recruiting' : titleKey(contact);
}

const IN_FIELD: Feature = { id: 'field-family', value: 1, phrase: 'in your field' };

/**
 * A contact's features as one model sees them: with the field family's, learnt from the answers.
 * A field title closeness missed ("Statisticien") is then in the field, not "not in your field".
 * Worked out once per contact and model: a review ranks the same contacts after every answer.
 */
export function describer(today: string, field: ReadonlySet<string>): (contact: TasteContact) => Feature[] {
  const cache = new WeakMap<TasteContact, Feature[]>();
  return (contact) => {
    let features = cache.get(contact);
    if (features === undefined) {
      const own = featuresOf(contact, today);
      features = familiesOf(contact, field).includes('field') ? [...own.filter((f) => f.id !== 'other-field'), IN_FIELD] : own;
      cache.set(contact, features);
    }
    return features;
  };
}
