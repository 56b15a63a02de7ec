import { createTranslator, type Translator } from './translator.js';

/** The markers the pseudo-locale puts around every text the catalogue gives (and every date and list it formats). */
export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/**
 * English with every catalogue text wrapped in ⟦ ⟧: the test hook that shows which words of an
 * output bypass the catalogue (any left outside the markers that are not the user's data).
 * Tests pass it to a command in place of the translator program.ts makes; no user can select it.
 */
export const pseudoTranslator = (): Translator => createTranslator('en', { mark: (text) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}` });
