import { profileKey } from '../url.js';
import { detach } from './detach.js';

/** Past this many distinct URLs or names the caches start over, so a hostile file cannot grow them without end. */
const MAX_ENTRIES = 200_000;

/**
 * Participant keys, `profileKey(url) ?? name:<lower-cased name>`, worked out once per distinct URL
 * or name. A heavy user's million rows name a few tens of thousands of people, and profileKey()
 * (a regex, a split, two normalize()) on every row was a fifth of the read. The keys come out
 * detached, so the aggregates they index hold no slice of a chunk.
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
      const found = profileKey(url);
      key = found === null ? null : detach(found);
      if (this.byUrl.size >= MAX_ENTRIES) this.byUrl.clear();
      this.byUrl.set(detach(url), key);
    }
    return key;
  }

  private nameKey(name: string): string {
    let key = this.byName.get(name);
    if (key === undefined) {
      key = detach(`name:${name.toLowerCase()}`);
      if (this.byName.size >= MAX_ENTRIES) this.byName.clear();
      this.byName.set(detach(name), key);
    }
    return key;
  }
}
