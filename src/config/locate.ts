import { readFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { LANGUAGES, type Language } from '../i18n/language.js';
import type { Io } from '../util/io.js';

/** The config file's name, in the working folder or in the user's config folder. */
const CONFIG_FILE_NAME = 'netprune.config.json';

/**
 * Where the config file is looked for, first found wins: the working folder, then the user's config
 * folder ($XDG_CONFIG_HOME/netprune, else ~/.config/netprune). The environment comes from Io.
 */
export function configCandidates(io: Pick<Io, 'cwd' | 'env'>): string[] {
  const xdg = io.env['XDG_CONFIG_HOME'];
  const home = io.env['HOME'] ?? io.env['USERPROFILE'];
  const userDir = xdg !== undefined && isAbsolute(xdg) ? join(xdg, 'netprune') : home === undefined ? null : join(home, '.config', 'netprune');
  return [join(io.cwd, CONFIG_FILE_NAME), ...(userDir === null ? [] : [join(userDir, CONFIG_FILE_NAME)])];
}

/**
 * The config file's `lang`, read before any command runs (the language of `--help` and of errors
 * too), without zod, so that `--help` stays quick. A file that cannot be read or parsed, or a `lang`
 * that is not a language, gives none here: the commands that read the config file report what is wrong.
 */
export async function configLanguage(io: Pick<Io, 'cwd' | 'env'>): Promise<Language | undefined> {
  for (const path of configCandidates(io)) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) continue;
    try {
      const lang: unknown = (JSON.parse(text.replace(/^\uFEFF/, '')) as { lang?: unknown } | null)?.lang;
      return LANGUAGES.find((language) => language === lang);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
