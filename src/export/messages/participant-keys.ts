import { profileKey } from '../url.js';
import { copyOf, textOf } from './bytes.js';

/**
 * Past this many distinct URLs or names the caches start over, so a hostile file cannot grow them
 * without end. A heavy inbox names some tens of thousands of people (the bench export: 51,000 names
 * and URLs in all); a million one-message strangers filled 200,000 entries each (about 25 MB) again
 * and again, at the top of the read's heap (issue 15).
 */
const MAX_ENTRIES = 65_536;

/**
 * Participant keys, `profileKey(url) ?? name:<lower-cased name>`, worked out once per distinct URL
 * or name. A heavy user's million rows name a few tens of thousands of people, and profileKey()
 * (a regex, a split, two normalize()) on every row was a fifth of the read. Names and URLs come in as
 * byte strings (bytes.ts), and are decoded here, on a miss; the keys come out as text.
 */
export class ParticipantKeys {
  private readonly byUrl = new Map<string, string | null>();
  private readonly byName = new Map<string, string>();

  key(name: string, url: string): string {
    return (url === '' ? null : this.urlKey(url)) ?? this.nameKey(name);
  }

  private urlKey(url: string): string | null {
    let key = this.byUrl.get(url);
    if (key === undefined) {
      key = profileKey(textOf(url));
      if (this.byUrl.size >= MAX_ENTRIES) this.byUrl.clear();
      this.byUrl.set(copyOf(url), key);
    }
    return key;
  }

  private nameKey(name: string): string {
    let key = this.byName.get(name);
    if (key === undefined) {
      key = `name:${textOf(name).toLowerCase()}`;
      if (this.byName.size >= MAX_ENTRIES) this.byName.clear();
      this.byName.set(copyOf(name), key);
    }
    return key;
  }
}
