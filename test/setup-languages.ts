/**
 * Every test file may make a French translator directly (`createTranslator('fr')`), as the program
 * does once `run()` has read the catalogue (src/i18n/translator.ts: French is read only when asked for).
 */
import { loadLanguage } from '../src/i18n/translator.js';

await loadLanguage('fr');
