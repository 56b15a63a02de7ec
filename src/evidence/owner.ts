import type { Owner } from '../export/types.js';
import { nameKey, personNameKey } from './names.js';

/** The `name:` prefix that messages.csv participants carry when their row had no profile URL. */
export const NAME_KEY_PREFIX = 'name:';

/**
 * A test of "is this messages participant (key and display name) the owner?".
 * The owner is their key, and also any `name:` participant with the owner's name (rows without
 * URLs). When the owner's profile key is unknown, any participant with the owner's name is the
 * owner; when it is known, a different profile key with the same name is a namesake.
 * The owner's names are Profile.csv's, plus the name inside a `name:` owner key (`--me "Alex Kim"`).
 */
export function makeOwnerTest(owner: Owner): (key: string, name: string) => boolean {
  const ownerKey = owner.key;
  const ownerProfileKey = ownerKey !== null && !ownerKey.startsWith(NAME_KEY_PREFIX) ? ownerKey : null;
  const ownerNames = new Set([personNameKey(owner.firstName, owner.lastName)]);
  if (ownerKey !== null && ownerProfileKey === null) ownerNames.add(nameKey(ownerKey.slice(NAME_KEY_PREFIX.length)));
  ownerNames.delete('');
  return (key, name) => {
    if (key === ownerKey) return true;
    if (ownerProfileKey !== null && !key.startsWith(NAME_KEY_PREFIX)) return false;
    return ownerNames.size > 0 && ownerNames.has(nameKey(name));
  };
}
