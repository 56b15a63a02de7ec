import { profileKey } from '../url.js';

/**
 * `profileKey(url)` for the tables' URL columns, and the canonical URL of that key when the cell already
 * is it. Almost every cell is written as LinkedIn writes it, `https://www.linkedin.com/in/<slug>` (or
 * without the scheme in the endorsement files), with a slug of lower-case letters, digits and hyphens:
 * such a slug is its own key, and no regular expression, percent-decoding, normalisation or case folding
 * changes it. profileKey() did all of that for every row: a third of the CPU of turning the benchmark's
 * 88,000 table rows into records (docs/performance.md). Anything else goes to profileKey() itself, and a
 * property test (test/unit/export/files/profile-key.test.ts) holds the two to the same key.
 */
export function tableProfileKey(url: string): string | null {
  const slug = plainSlugEnd(url);
  return slug < 0 ? profileKey(url) : keyOf(url, slug);
}

const HTTPS = 'https://www.linkedin.com/in/';
const BARE = 'www.linkedin.com/in/';
const KEY_PREFIX = 'in/';

/** The key: `in/` and the slug, one flat string (a `+` would keep a rope of the two, as url.ts explains). */
const keyOf = (url: string, slugEnd: number): string => [KEY_PREFIX, url.slice(slugStart(url), slugEnd)].join('');

const slugStart = (url: string): number => (url.startsWith(HTTPS) ? HTTPS.length : BARE.length);

/**
 * Where the slug of a plain profile URL ends (the URL's length, or the `/`, `?` or `#` after it), or -1
 * when the URL is not one: another host or path, a slug with anything but `[a-z0-9-]` (capitals,
 * percent-escapes, letters past ASCII, spaces), an empty slug. Only -1 sends a URL to profileKey().
 */
function plainSlugEnd(url: string): number {
  const start = url.startsWith(HTTPS) ? HTTPS.length : url.startsWith(BARE) ? BARE.length : -1;
  if (start < 0) return -1;
  let i = start;
  for (; i < url.length; i++) {
    const c = url.charCodeAt(i);
    const plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
    if (!plain) break;
  }
  if (i === start) return -1;
  if (i === url.length) return i;
  const c = url.charCodeAt(i);
  // `/`, `?` and `#` end the slug in profileKey() too: whatever follows is not part of the key.
  return c === 47 || c === 63 || c === 35 ? i : -1;
}
