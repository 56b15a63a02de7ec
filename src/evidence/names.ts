import { fold, wordKey } from './text.js';

/**
 * The comparison key of a person's full name, or '' when nothing usable is left.
 *
 * Rule: everything from the first comma on is dropped, because LinkedIn users put credentials
 * there (`Park, PhD`, `Nguyen, MBA, PMP`); then the name is folded (case, accents), emoji and
 * punctuation become spaces, and spaces are collapsed. So `Kim  Park, PhD` → `kim park`,
 * `José García 💻` → `jose garcia`, `Jean-Luc` → `jean luc`.
 * Credentials written without a comma (`Kim Park PhD`) are kept: they cannot be told from a name.
 */
export function nameKey(fullName: string): string {
  const comma = fullName.indexOf(',');
  const beforeCredentials = comma === -1 ? fullName : fullName.slice(0, comma);
  return wordKey(beforeCredentials);
}

/** `nameKey` of a first and last name given apart, as Connections.csv and most files give them. */
export function personNameKey(firstName: string, lastName: string): string {
  return nameKey(personName(firstName, lastName));
}

/** The full name `personNameKey` compares. */
export const personName = (firstName: string, lastName: string): string => `${firstName.trim()} ${lastName.trim()}`;

/** A comma-separated segment that reads as a person's name: two or more words with lower-case letters. */
const isNameSegment = (segment: string): boolean => segment.split(/\s+/).filter((w) => /\p{Ll}/u.test(w) && /\p{L}.*\p{L}/u.test(w)).length >= 2;

/**
 * Splits a display-name list joined with bare commas (messages.csv TO, before recipient URLs) into
 * names, keeping credentials with the name before them: `Sam Lee,Kim Park, PhD,Dana Ng` →
 * `Sam Lee` · `Kim Park, PhD` · `Dana Ng`. A segment is a new name when it has two or more words
 * with lower-case letters, so `PhD`, `MBA`, `P. Eng.` stay credentials; a credential of several
 * such words (`Certified Scrum Master`) is taken for a name, and an upper-case name for a credential.
 */
export function splitNameList(list: string): string[] {
  const names: string[] = [];
  for (const segment of list.split(',')) {
    const last = names.length - 1;
    if (last >= 0 && !isNameSegment(segment)) names[last] = `${names[last] ?? ''},${segment}`;
    else names.push(segment);
  }
  return names.map((n) => n.trim()).filter((n) => n !== '');
}

/**
 * A name as typed in a search: folded as every comparison folds it (evidence/text.ts: case, accents,
 * and letters such as ø, æ, ß, ł, đ, œ), with single spaces, so "soren" finds "Søren" and "helene  martin" "Hélène Martin".
 */
export const foldName = (text: string): string => fold(text).replace(/\s+/g, ' ').trim();
