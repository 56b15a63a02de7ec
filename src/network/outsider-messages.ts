import type { MessagesSummary } from '../export/messages/types.js';
import type { Owner } from '../export/types.js';
import { isGroupConversation } from '../evidence/conversation-kind.js';
import { emptyAudit } from '../evidence/match-audit.js';
import { nameKey, splitNameList } from '../evidence/names.js';
import { NAME_KEY_PREFIX } from '../evidence/owner.js';
import { makeParticipantLookup, participantName } from '../evidence/participants.js';
import { resolve, type PeopleIndex } from '../evidence/people-index.js';
import type { ListedScope } from './listed-scope.js';
import type { OutsiderTable, Side } from './outsider-table.js';

const earlier = (a: string | null, b: string | null) => (a === null || (b !== null && b < a) ? b : a);
const later = (a: string | null, b: string | null) => (a === null || (b !== null && b > a) ? b : a);

interface Seen extends Side {
  id: string;
  key: string | null;
  name: string;
  /** Their name fits several connections (an export without URLs in Connections.csv): probably one of them. */
  unsure: boolean;
}

function addStats(into: Side, stats: Side | undefined): void {
  if (stats === undefined) return;
  into.count += stats.count;
  into.first = earlier(into.first, stats.first);
  into.last = later(into.last, stats.last);
}

/**
 * The people in messages.csv who are not connections, with what they and the owner wrote.
 * Participants are recognised exactly as the evidence stage does (`makeParticipantLookup`): a
 * participant joined to a connection, or whose bare name fits several connections, is not an
 * outsider. A conversation is a group on the same test as `joinMessages` (`isGroupConversation`):
 * more than one person besides the owner, whatever its title. Each is a row of `table`, added in
 * the order first met, with the name and key they were first met with. With a `scope`, the
 * conversations it passes over are not read: their people could never be listed.
 */
export function findMessagedOutsiders(
  summary: MessagesSummary | null,
  owner: Owner,
  people: PeopleIndex,
  table: OutsiderTable,
  scope: ListedScope | null = null,
): void {
  if (summary === null) return;
  const lookUp = makeParticipantLookup(owner, people, emptyAudit().messages);
  const ambiguous = new Map<string, boolean>();
  const isAmbiguous = (name: string) => {
    let answer = ambiguous.get(name);
    if (answer === undefined) ambiguous.set(name, (answer = resolve(people, { name }).kind === 'ambiguous'));
    return answer;
  };

  for (const conversation of summary.conversations) {
    if (scope?.passesOver(conversation)) continue;
    const mine: Side = { count: 0, first: null, last: null };
    const joined = new Set<number>();
    const seen: Seen[] = [];
    for (const key of conversation.participants.keys()) {
      const entries = lookUp(key, conversation.participants);
      const stats = entries.length === 1 ? conversation.bySender.get(key) : undefined;
      const display = participantName(key, conversation.participants.get(key));
      const names = entries.length > 1 ? splitNameList(display) : [display];
      entries.forEach((entry, i) => {
        if (entry.owner) addStats(mine, stats);
        else if (entry.index !== null) joined.add(entry.index);
        else if (entry.name !== '' || !key.startsWith(NAME_KEY_PREFIX)) {
          const byName = key.startsWith(NAME_KEY_PREFIX);
          const person: Seen = {
            id: byName ? `${NAME_KEY_PREFIX}${entry.name}` : key,
            key: byName ? null : key,
            name: (names[i] ?? display).trim(),
            unsure: entry.candidates.length > 1,
            count: 0,
            first: null,
            last: null,
          };
          addStats(person, stats);
          seen.push(person);
        }
      });
    }
    // A `name:` participant with a joined connection's name is that connection, as in joinMessages;
    // one whose name fits several connections is probably one of them: neither is an outsider.
    const joinedNames = new Set([...joined].map((i) => people.nameKeys[i]));
    const keyedNames = new Map(seen.filter((s) => s.key !== null).map((s) => [nameKey(s.name), s]));
    const outsiders = new Map<string, Seen>();
    // Names that fit several connections: not outsiders, but people of the conversation all the same.
    const unsure = new Set<string>();
    for (const s of seen) {
      const name = s.key === null ? s.id.slice(NAME_KEY_PREFIX.length) : '';
      const same = outsiders.get(s.id) ?? (s.key === null ? keyedNames.get(name) : undefined);
      if (same !== undefined) addStats(same, s);
      else if (s.key !== null ? !s.unsure : !joinedNames.has(name) && !isAmbiguous(s.name)) outsiders.set(s.id, s);
      else if (!joinedNames.has(name)) unsure.add(s.key === null ? name : nameKey(s.name));
    }
    if (outsiders.size === 0) continue;
    const group = isGroupConversation(joined.size + outsiders.size + unsure.size);
    for (const s of outsiders.values()) {
      const row = table.row(s.id, s.key, s.name);
      if (group) table.made(row).messages.groups.push({ title: conversation.title, theyWrote: s.count, ownerWrote: mine.count > 0 });
      else table.addConversation(row, mine, s);
    }
  }
}
