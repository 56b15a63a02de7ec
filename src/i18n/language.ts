/** The languages netprune speaks. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The language the environment asks for: the first set variable of LC_ALL, LC_MESSAGES and LANG,
 * in the order POSIX gives them precedence. `fr`, `fr_FR.UTF-8`, `fr_CA`… give French; anything
 * else (`C`, `POSIX`, `en_GB`, `de_DE`, unset) gives English.
 */
export function languageFromEnv(env: Readonly<Record<string, string | undefined>>): Language {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value !== undefined && value !== '') return /^fr(?:[_.@-]|$)/i.test(value) ? 'fr' : 'en';
  }
  return 'en';
}

/** Where the language may come from, strongest first. */
export interface LanguageSources {
  /** `--lang`, already checked against LANGUAGES by the option parser. */
  flag?: Language | undefined;
  /** The config file's language, once netprune.config.json has one: it sits between the flag and the locale. */
  config?: Language | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

/** `--lang`, then the config file, then LC_ALL, LC_MESSAGES and LANG. */
export const resolveLanguage = ({ flag, config, env }: LanguageSources): Language => flag ?? config ?? languageFromEnv(env);
