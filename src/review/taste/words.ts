import { words } from '../../evidence/text.js';

/**
 * Words of a job title or company name as the taste model sees them: folded (lower case, accents
 * gone, so `Chargée` and `chargee` are one word), without the English and French words that carry
 * no meaning, single letters and bare numbers. Rank words (`senior`, `head`) stay: a person may keep
 * every manager. Only letters and digits survive `words()`, so a word cannot carry a control character.
 */
const STOP_WORDS = new Set([
  ...['a', 'an', 'the', 'of', 'and', 'or', 'at', 'in', 'on', 'for', 'to', 'with', 'by', 'from', 'as', 'my', 'our', 'we'],
  ...['de', 'du', 'des', 'la', 'le', 'les', 'et', 'ou', 'en', 'chez', 'pour', 'au', 'aux', 'un', 'une', 'dans', 'sur', 'par', 'avec'],
]);

/** Distinct meaningful words, in order of appearance. */
export function meaningfulWords(text: string): string[] {
  const found = new Set<string>();
  for (const word of words(text)) {
    if (word.length < 2 || STOP_WORDS.has(word) || /^\p{N}+$/u.test(word)) continue;
    found.add(word);
  }
  return [...found];
}

// A review ranks the same contacts after every answer; their titles are cut into words once.
const titles = new WeakMap<{ connection: { position: string } }, string>();

/** The contact's job title as its meaningful words, space-separated: the same for "Data  Engineer" and "data engineer". */
export function titleKey(contact: { connection: { position: string } }): string {
  let key = titles.get(contact);
  if (key === undefined) titles.set(contact, (key = meaningfulWords(contact.connection.position).join(' ')));
  return key;
}

/**
 * Each folded word of a text → the piece of the text it was written in, for explanations: the model
 * compares `ingenieur`, and the person reads `Ingénieur`; `full` and `stack` are both `Full-Stack`.
 * Pieces run between spaces and the punctuation that separates words in titles (`,` `/` `&` `(`…),
 * trimmed of any other punctuation around them.
 */
export function asWritten(text: string): Map<string, string> {
  const shown = new Map<string, string>();
  for (const raw of text.split(/[\s,;/|()&+]+/u)) {
    const piece = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    for (const word of words(piece)) if (!shown.has(word)) shown.set(word, piece);
  }
  return shown;
}
