import type { Owner } from '../export/types.js';
import type { Participant } from '../export/messages/types.js';
import { nameKey, personNameKey } from './names.js';

/** The `name:` prefix that messages.csv participants carry when their row had no profile URL. */
export const NAME_KEY_PREFIX = 'name:';

/** The name a participant goes by: its display name, else the name inside a `name:` key. */
export function participantName(key: string, participant: Participant | undefined): string {
  if (participant !== undefined && participant.name.trim() !== '') return participant.name;
  return key.startsWith(NAME_KEY_PREFIX) ? key.slice(NAME_KEY_PREFIX.length) : '';
}

/**
 * A test of "is this messages participant the owner?", memoised by participant key.
 * The owner is their profile key, and also any `name:` participant with the owner's name (rows
 * without URLs). When the owner's key is unknown, any participant with the owner's name is the
 * owner; when it is known, a different profile key with the same name is a namesake.
 */
export function makeOwnerTest(owner: Owner): (key: string, participant: Participant | undefined) => boolean {
  const ownerName = personNameKey(owner.firstName, owner.lastName);
  const memo = new Map<string, boolean>();
  return (key, participant) => {
    let isOwner = memo.get(key);
    if (isOwner === undefined) {
      if (owner.key !== null && key === owner.key) isOwner = true;
      else if (ownerName === '') isOwner = false;
      else if (owner.key === null || key.startsWith(NAME_KEY_PREFIX)) {
        isOwner = nameKey(participantName(key, participant)) === ownerName;
      } else isOwner = false;
      memo.set(key, isOwner);
    }
    return isOwner;
  };
}
