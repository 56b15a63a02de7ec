/** The languages netprune writes invitation replies in. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The reply language the environment asks for: the first set variable of LC_ALL, LC_MESSAGES
 * and LANG, in the order POSIX gives them precedence. `fr`, `fr_FR.UTF-8`, `fr_CA`… give French;
 * anything else (`C`, `POSIX`, `en_GB`, `de_DE`, unset) gives English.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^fr(?:[_.@-]|$)/i.test(value) ? 'fr' : 'en';
  }
  return 'en';
}

export const isLanguage = (value: string): value is Language => (LANGUAGES as readonly string[]).includes(value);
