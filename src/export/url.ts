/**
 * The one place that turns a LinkedIn profile URL into the key that joins files.
 *
 * The same person is written differently across an export: Connections.csv percent-encodes
 * non-ASCII slugs (`jos%C3%A9-…`), messages and Invitations use raw Unicode (`josé-…`),
 * endorsements drop the scheme (`www.linkedin.com/in/…`), and users paste country hosts
 * (`fr.linkedin.com`), trailing slashes and tracking queries. All of them must give one key.
 */

const KEY_PREFIX = 'in/';
const ASCII = /^[\x00-\x7f]*$/;

// Host: optional scheme, any subdomain (www, fr, uk, m), then linkedin.com and an optional port.
const PROFILE_PATH = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com(?::\d+)?\/(in|pub)\/([^?#]*)/i;

/**
 * `in/<slug>` for a LinkedIn profile URL, or null when `raw` is empty or is not one
 * (a `urn:li:member:…` id, the slug-less `https://www.linkedin.com/in` of late-2023
 * Invitations, a company page). The slug is percent-decoded, NFC-normalised and lower-cased.
 * An already-normalised key is accepted as is, so `profileKey(profileKey(x)) === profileKey(x)`.
 */
export function profileKey(raw: string | null | undefined): string | null {
  if (raw == null) return null;
  const text = raw.trim();
  if (text === '') return null;
  if (text.startsWith(KEY_PREFIX)) return keyFromSlug(text.slice(KEY_PREFIX.length));

  const match = PROFILE_PATH.exec(text);
  if (match === null) return null;
  const path = match[2] ?? '';
  const slug = match[1]?.toLowerCase() === 'pub' ? slugFromPub(segmentsOf(path)) : firstSegment(path);
  return slug === undefined ? null : keyFromSlug(safeDecode(slug));
}

const segmentsOf = (path: string): string[] => path.split('/').filter((segment) => segment !== '');

/** `segmentsOf(path)[0]`, without the arrays for the usual `<slug>` or `<slug>/`. */
function firstSegment(path: string): string | undefined {
  const end = path.indexOf('/');
  if (end > 0) return path.slice(0, end);
  if (end < 0) return path === '' ? undefined : path;
  return segmentsOf(path)[0];
}

/** The canonical, percent-encoded URL for a key made by {@link profileKey}, safe to print or open. */
export function profileUrl(key: string): string {
  const slug = key.startsWith(KEY_PREFIX) ? key.slice(KEY_PREFIX.length) : key;
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}`;
}

function keyFromSlug(slug: string): string | null {
  // Most slugs are ASCII, which NFC leaves as it is: two normalisations per URL were a tenth of reading the tables.
  const clean = ASCII.test(slug) ? slug.trim().toLowerCase() : slug.trim().normalize('NFC').toLowerCase().normalize('NFC');
  // Joined, not concatenated: `+` makes a rope of 32 bytes over its two parts, and a million messaged strangers keep a key each.
  return clean === '' ? null : [KEY_PREFIX, clean].join('');
}

/**
 * Pre-2016 public URLs `/pub/<name>/<a>/<b>/<c>` redirect to `/in/<name>-<c><b><a>`, with `b` and
 * `c` zero-padded to 3 characters. [reported] by akitten/linkedin-canonical-url (lib/index.js).
 */
function slugFromPub(segments: string[]): string | undefined {
  const [name, a, b, c] = segments;
  if (name === undefined) return undefined;
  if (a === undefined || b === undefined || c === undefined) return name;
  return `${name}-${c.padStart(3, '0')}${b.padStart(3, '0')}${a}`;
}

/** decodeURIComponent, but a stray `%` (or a bad byte sequence) is kept as written instead of throwing. */
function safeDecode(text: string): string {
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
}
