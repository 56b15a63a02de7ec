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
