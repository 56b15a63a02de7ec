import { describe, expect, it } from 'vitest';
import { languageFromEnv } from '../../../src/i18n/language.js';

describe('languageFromEnv', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'fr_CA' }, 'fr'],
    [{ LANG: 'fr' }, 'fr'],
    [{ LANG: 'fr_BE@euro' }, 'fr'],
    [{ LANG: 'en_GB.UTF-8' }, 'en'],
    [{ LANG: 'de_DE.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{ LANG: 'fy_NL' }, 'en'],
    [{ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' }, 'fr'],
    [{ LANG: 'fr_FR.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'C' }, 'en'],
    [{ LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' }, 'fr'],
    [{ LC_ALL: '', LANG: 'fr_FR.UTF-8' }, 'fr'],
  ] as const)('%o → %s', (env, expected) => {
    expect(languageFromEnv(env)).toBe(expected);
  });
});
