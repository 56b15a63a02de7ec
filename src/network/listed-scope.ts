import type { ConversationAggregate, MessagesSummary } from '../export/messages/types.js';
import type { LinkedInExport } from '../export/types.js';
import { addressBookName } from '../evidence/address-book.js';
import { nameKey, personNameKey, splitNameList } from '../evidence/names.js';
import { NAME_KEY_PREFIX } from '../evidence/owner.js';
import { participantName } from '../evidence/participants.js';

/**
 * Which of the people met in messages.csv can change what `suggest` and `invitations` list: the
 * profile keys of everyone whose conversations must be read. The others are met only in a 1:1
 * conversation where one side alone wrote (the owner or they), each time, and no other file names
 * them by key, nor by the name the outsiders are looked up by (a name-only record joins an outsider
 * of that name; a name two outsiders share joins neither). Such a person weighs nothing (one-way
 * messages are a note, not a signal) and holds no invitation, so their row would be made, kept and
 * never listed: a million people messaged once held about 150 bytes each (issue 15).
 */
export interface ListedScope {
  /** True when `conversation` is with such a person (or the owner alone): it adds no row that can be listed. */
  passesOver(conversation: ConversationAggregate): boolean;
}

/** The key of the one person besides the owner in a 1:1 where one side alone wrote; '' when the owner is alone; null otherwise. */
type LoneStranger = (conversation: ConversationAggregate) => string | null;

/** null when every conversation must be read: no conversations, or an owner known by name only (then who is the owner depends on the name met). */
export function listedScope(exp: LinkedInExport): ListedScope | null {
  const summary = exp.messages;
  const ownerKey = exp.owner.key;
  if (summary === null || summary.conversations.length === 0 || ownerKey === null || ownerKey.startsWith(NAME_KEY_PREFIX)) return null;
  const keys = keysNamedElsewhere(exp);
  const names = namesLookedUp(exp);
  const loneStranger: LoneStranger = (conversation) => {
    if (conversation.bySender.size > 1) return null;
    let lone = '';
    for (const key of conversation.participants.keys()) {
      if (key === ownerKey) continue;
      if (lone !== '' || key.startsWith(NAME_KEY_PREFIX)) return null;
      lone = key;
    }
    return lone;
  };
  for (const conversation of summary.conversations) {
    if (loneStranger(conversation) !== null) continue;
    for (const [key, participant] of conversation.participants) {
      if (!key.startsWith(NAME_KEY_PREFIX)) keys.add(key);
      else for (const name of [participantName(key, participant), ...splitNameList(participantName(key, participant))]) names.add(nameKey(name.trim()));
    }
  }
  names.delete('');
  if (names.size > 0) addNamedStrangers(summary, loneStranger, names, keys);
  return {
    passesOver: (conversation) => {
      const lone = loneStranger(conversation);
      return lone !== null && !keys.has(lone);
    },
  };
}

/** Keys of a lone stranger met under a name looked up: any of the names they are met with, since their row keeps the first. */
function addNamedStrangers(summary: MessagesSummary, loneStranger: LoneStranger, names: ReadonlySet<string>, keys: Set<string>): void {
  for (const conversation of summary.conversations) {
    const lone = loneStranger(conversation);
    if (lone === null || lone === '' || keys.has(lone)) continue;
    // As indexOutsiders() compares an outsider's name, trimmed as the row keeps it.
    if (names.has(personNameKey(participantName(lone, conversation.participants.get(lone)).trim(), ''))) keys.add(lone);
  }
}

/** The profile keys that Invitations.csv and the endorsements give. */
function keysNamedElsewhere(exp: LinkedInExport): Set<string> {
  const keys = new Set<string>();
  for (const invitation of exp.invitations) if (invitation.otherKey !== null) keys.add(invitation.otherKey);
  for (const e of [...exp.endorsementsReceived, ...exp.endorsementsGiven]) if (e.key !== null) keys.add(e.key);
  return keys;
}

/** Name keys that records without a profile key are looked up by among the outsiders (tableOutsiders). */
function namesLookedUp(exp: LinkedInExport): Set<string> {
  const names = new Set<string>();
  for (const invitation of exp.invitations) {
    if (invitation.otherKey === null) names.add(nameKey((invitation.direction === 'incoming' ? invitation.from : invitation.to).trim()));
  }
  for (const entry of exp.addressBook) names.add(nameKey(addressBookName(entry)));
  for (const r of [...exp.recommendationsReceived, ...exp.recommendationsGiven]) names.add(personNameKey(r.firstName, r.lastName));
  for (const e of [...exp.endorsementsReceived, ...exp.endorsementsGiven]) if (e.key === null) names.add(personNameKey(e.firstName, e.lastName));
  return names;
}
