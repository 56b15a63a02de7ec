/**
 * Text folding shared by every comparison in this stage: names, companies, schools, job titles.
 * Folding is for comparing only; what is shown to the user is always the text as written.
 */

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const SPECIAL_LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i' };
const ASCII = /^[\x00-\x7f]*$/;
const SPECIAL_RE = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

/** Lower-case, accents stripped, compatibility forms unified (`ﬁ` → `fi`, full-width → ASCII). */
export function fold(text: string): string {
  // Most names and titles are ASCII: skip the Unicode work for them (30,000 connections × several fields).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
}

/**
 * The words of a text after folding: letters and digits of any script, everything else a separator.
 * Symbols go first, before NFKD can spell `™` as `tm`; dots and apostrophes join rather than
 * separate, so `S.A.` is `sa` and `O'Neil` is `oneil`.
 */
export function words(text: string): string[] {
  // The same steps for ASCII text (most names and titles) without Unicode regular expressions: the
  // ASCII symbols are those of \p{S}, and letters and digits those of \p{L} and \p{N}.
  if (ASCII.test(text)) {
    return text
      .replace(/[$+<=>^`|~]+/g, ' ')
      .toLowerCase()
      .replace(/['.]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w !== '');
  }
  return fold(text.replace(/\p{S}+/gu, ' '))
    .replace(/['’.]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Lower-case ASCII words, each separated by one space: a text that `words()` would give back as it is. */
const PLAIN_WORDS = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * `words(text).join(' ')`, the comparison key of a name or a title. Most names are ASCII letters with
 * single spaces (`Jean Dupont`): their key is the text in lower case, without the six steps of words().
 */
export function wordKey(text: string): string {
  if (ASCII.test(text)) {
    const lower = text.toLowerCase();
    if (PLAIN_WORDS.test(lower)) return lower;
  }
  return words(text).join(' ');
}

/** `needle` occurs in `haystack` as whole words (both given as word lists). */
export function containsWords(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  return ` ${haystack.join(' ')} `.includes(` ${needle.join(' ')} `);
}
