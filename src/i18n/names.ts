/**
 * A name as a greeting should write it: "IMULO" → "Imulo", "jean-pierre" → "Jean-Pierre",
 * "o'neil" → "O’Neil". A name written in one case only was typed in a hurry or by a form; a name
 * in mixed case ("McKay", "van der Berg", "Jean-pierre") is how its owner writes it, and is left alone.
 */
export function greetingName(name: string): string {
  const letters = name.replace(/[^\p{L}]/gu, '');
  const oneCase = letters === letters.toUpperCase() || letters === letters.toLowerCase();
  if (letters === '' || !oneCase) return name;
  return name
    .toLowerCase()
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/'/g, '’');
}

/** Titles a name field may begin with, lower-cased without their dot: "Dr. Hans Müller", "Mme Léa Roux". */
const TITLES = new Set(['dr', 'prof', 'pr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'm', 'mme', 'mlle', 'me']);

/**
 * The word a greeting calls someone by: their first name, past a title ("Dr. Hans Müller" → "Hans"),
 * or none when it holds no letter ("🚀 Growth Hacker"), so that the reply says "Hi," rather than "Hi 🚀,".
 */
export function firstNameToGreet(firstName: string, lastName: string): string {
  const first = firstName.trim();
  if (!/\p{L}/u.test(first)) return '';
  if (!TITLES.has(first.toLowerCase().replace(/\.$/, ''))) return first;
  const [next = '', ...rest] = lastName.trim().split(/\s+/);
  return rest.length > 0 && /\p{L}/u.test(next) ? next : '';
}
