import { safeText } from './terminal-text.js';

/** A word as a POSIX shell would need it typed; what cannot be printed safely (escapes, controls, bidi) is left out. */
export const shellQuote = (raw: string): string => {
  const text = safeText(raw);
  return /^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
};
