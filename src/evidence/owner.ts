import { UsageError } from '../errors.js';
import { findOwner } from '../export/owner.js';
import type { LinkedInExport, Owner } from '../export/types.js';
import { profileUrl } from '../export/url.js';
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

/**
 * Every conversation in messages.csv is the owner's, so an owner given with `--me` (or config `me`)
 * whom the owner test finds in none of them is someone else: a slug typed without its accent,
 * another account's URL. Taken as the owner, it would make every 1:1 thread a group and relabel most
 * friends weak ties or strangers, without a word. Refused, naming the owner netprune finds itself.
 */
export function refuseGivenOwnerInNoConversation(exp: Pick<LinkedInExport, 'owner' | 'profile' | 'messages'>): void {
  const conversations = exp.messages?.conversations ?? [];
  if (exp.owner.source !== 'flag' || conversations.length === 0) return;
  const isOwner = makeOwnerTest(exp.owner);
  for (const conversation of conversations) {
    for (const p of conversation.participants.values()) if (isOwner(p.key, p.name)) return;
  }
  const found = findOwner(exp.profile, exp.messages);
  const name = `${found.firstName} ${found.lastName}`.trim();
  const given = exp.owner.key ?? '';
  const me = given.startsWith(NAME_KEY_PREFIX) ? given.slice(NAME_KEY_PREFIX.length) : profileUrl(given);
  const count = conversations.length;
  throw new UsageError(
    found.key === null
      ? { key: 'problem.meInNoConversation', values: { me, count } }
      : {
          key: 'problem.meInNoConversationFound',
          values: { me, count, who: found.key.startsWith(NAME_KEY_PREFIX) ? name : `${name} (${profileUrl(found.key)})`.trim() },
        },
  );
}
