/**
 * The only links netprune writes into Markdown and HTML: a well-formed LinkedIn profile, or a LinkedIn
 * people search by name. A URL from a decisions file or an export is never trusted as it is: a forged
 * file could hold `javascript:`, another host, or parentheses and spaces that end a Markdown link early.
 */
const PROFILE = /^https:\/\/www\.linkedin\.com\/in\/[A-Za-z0-9%_-]{1,200}\/?$/;

/** The URL when it is a well-formed `https://www.linkedin.com/in/<slug>`, else null. */
export const profileUrlOrNull = (url: string | null | undefined): string | null => (typeof url === 'string' && PROFILE.test(url) ? url : null);

/** A people search for someone known only by name: encodeURIComponent leaves `()` and `'`, which are encoded too. */
export const searchUrl = (name: string): string =>
  `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(name).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
