import type { Connection } from '../export/records.js';
import type { LinkedInExport } from '../export/types.js';
import { companyKeys } from '../evidence/employer.js';
import { addressBookName } from '../evidence/address-book.js';
import { nameKey, personNameKey } from '../evidence/names.js';
import { makeOwnerTest, NAME_KEY_PREFIX } from '../evidence/owner.js';
import { indexPeople, resolve, type Lookup, type PeopleIndex } from '../evidence/people-index.js';
import { emptyMessages, findMessagedOutsiders, type OutsiderMessages } from './outsider-messages.js';
import { isWorkEmail } from './personal-mail.js';

/** Someone the export mentions who is not among the connections. Text is as the export wrote it. */
export interface Outsider {
  /** Their profile key (`in/<slug>`) when a file gives it, else `name:<nameKey>`. */
  id: string;
  key: string | null;
  name: string;
  firstName: string;
  lastName: string;
  messages: OutsiderMessages;
  /**
   * Their entry in Contacts.csv (the owner's address book). A phone's contacts fill it with family
   * and tradespeople: only a work e-mail or a company makes it professional evidence.
   */
  addressBook: { withEmail: boolean; withWorkEmail: boolean; companies: string; title: string } | null;
  recommendations: { given: number; received: number; last: string | null };
  /** Endorsements either way: only connections can endorse, so they were one once. */
  endorsements: { given: number; received: number };
  /** Companies another file gives for them, as written there, and which file. */
  companies: { name: string; file: 'Contacts.csv' | 'Recommendations_Received.csv' | 'Recommendations_Given.csv' }[];
  /** Indexes into `exp.invitations`. */
  invitations: number[];
}

export interface Outsiders {
  list: Outsider[];
  /** The outsider behind each invitation that is not from or to a connection, by invitation index. */
  byInvitation: ReadonlyMap<number, Outsider>;
  /** Records left out because their name fits several connections: probably one of them, but which? */
  ambiguous: number;
}

/** "Kim Park, PhD" → Kim / Park: the first word is the first name. Only for people no file splits for us. */
export function splitName(full: string): { firstName: string; lastName: string } {
  const [first = '', ...rest] = full.replace(/,.*/s, '').trim().split(/\s+/);
  return { firstName: first, lastName: rest.join(' ') };
}

/**
 * Everyone the export mentions who is not a connection: in messages.csv, Invitations.csv,
 * Contacts.csv and the recommendations. Each record is first looked up among the connections with
 * the evidence stage's `resolve`, with the same fields to settle a shared name (a record whose name
 * still fits several connections is set aside), then
 * among the outsiders found so far, so one person seen in several files is one outsider. Files with
 * profile URLs come first; a name-only record joins an outsider of that name when exactly one fits.
 */
export function findOutsiders(exp: LinkedInExport, people: PeopleIndex = indexPeople(exp.connections)): Outsiders {
  const byId = new Map<string, Outsider>();
  let ambiguous = 0;
  const get = (id: string, key: string | null, name: string): Outsider => {
    let outsider = byId.get(id);
    if (outsider === undefined) {
      outsider = {
        id,
        key,
        name,
        ...splitName(name),
        messages: emptyMessages(),
        addressBook: null,
        recommendations: { given: 0, received: 0, last: null },
        endorsements: { given: 0, received: 0 },
        companies: [],
        invitations: [],
      };
      byId.set(id, outsider);
    }
    return outsider;
  };
  const nameId = (name: string) => `${NAME_KEY_PREFIX}${nameKey(name)}`;

  for (const person of findMessagedOutsiders(exp.messages, exp.owner, people).values()) get(person.id, person.key, person.name).messages = person.messages;
  const invitationOf = new Map<number, string>();
  exp.invitations.forEach((invitation, i) => {
    const name = invitation.direction === 'incoming' ? invitation.from : invitation.to;
    const date = invitation.sentAt === null ? null : { connectedFrom: invitation.sentAt };
    const resolution = resolve(people, { key: invitation.otherKey, name, date });
    if (resolution.kind === 'ambiguous') ambiguous++;
    if (resolution.kind !== 'unmatched' || (invitation.otherKey === null && nameKey(name) === '')) return;
    const outsider = get(invitation.otherKey ?? nameId(name), invitation.otherKey, name.trim());
    outsider.invitations.push(i);
    invitationOf.set(i, outsider.id);
  });
  const endorsements = [
    ['received', exp.endorsementsReceived],
    ['given', exp.endorsementsGiven],
  ] as const;
  // Endorsements with a profile URL (2023 and later) join like invitations; those without, like Contacts.csv below.
  for (const [direction, list] of endorsements) {
    for (const e of list) {
      if (e.key === null) continue;
      const name = `${e.firstName.trim()} ${e.lastName.trim()}`;
      const resolution = resolve(people, { key: e.key, name });
      if (resolution.kind === 'ambiguous') ambiguous++;
      if (resolution.kind !== 'unmatched' || e.key === exp.owner.key) continue;
      get(e.key, e.key, name).endorsements[direction]++;
    }
  }
  mergeNamesIntoProfiles(byId, invitationOf);

  // Contacts.csv and the recommendations name people without a URL: they are looked up by name alone.
  const placedNames = new Set<string>();
  for (const entry of exp.addressBook) placedNames.add(nameKey(addressBookName(entry)));
  for (const r of [...exp.recommendationsReceived, ...exp.recommendationsGiven]) placedNames.add(personNameKey(r.firstName, r.lastName));
  for (const e of [...exp.endorsementsReceived, ...exp.endorsementsGiven]) if (e.key === null) placedNames.add(personNameKey(e.firstName, e.lastName));
  const known = indexOutsiders([...byId.values()], placedNames);
  const isOwner = makeOwnerTest(exp.owner);
  const place = (lookup: Lookup, first: string, last: string): Outsider | null => {
    const resolution = resolve(people, lookup);
    if (resolution.kind === 'ambiguous') ambiguous++;
    if (resolution.kind !== 'unmatched' || nameKey(lookup.name) === '' || isOwner(nameId(lookup.name), lookup.name)) return null;
    const among = resolve(known.index, lookup);
    const outsider = among.kind === 'match' ? known.list[among.index]! : get(nameId(lookup.name), null, lookup.name.trim());
    if (first.trim() !== '' && outsider.addressBook === null) [outsider.firstName, outsider.lastName] = [first.trim(), last.trim()];
    return outsider;
  };
  for (const entry of exp.addressBook) {
    const name = addressBookName(entry);
    const emails = entry.emails.filter((e) => e.trim() !== '');
    const outsider = place({ name, emails, companies: companyKeys(entry.companies), position: entry.title }, entry.firstName, entry.lastName);
    if (outsider === null) continue;
    outsider.addressBook = {
      withEmail: emails.length > 0 || outsider.addressBook?.withEmail === true,
      withWorkEmail: emails.some(isWorkEmail) || outsider.addressBook?.withWorkEmail === true,
      companies: entry.companies.trim() || (outsider.addressBook?.companies ?? ''),
      title: entry.title.trim() || (outsider.addressBook?.title ?? ''),
    };
    addCompany(outsider, entry.companies, 'Contacts.csv');
  }
  for (const [direction, list] of [
    ['received', exp.recommendationsReceived],
    ['given', exp.recommendationsGiven],
  ] as const) {
    for (const r of list) {
      const lookup = {
        name: `${r.firstName.trim()} ${r.lastName.trim()}`,
        companies: companyKeys(r.company),
        position: r.jobTitle,
        date: r.date === null ? null : { connectedBy: r.date },
      };
      const outsider = place(lookup, r.firstName, r.lastName);
      if (outsider === null) continue;
      outsider.recommendations[direction]++;
      if (r.date !== null && (outsider.recommendations.last === null || r.date > outsider.recommendations.last)) outsider.recommendations.last = r.date;
      addCompany(outsider, r.company, direction === 'received' ? 'Recommendations_Received.csv' : 'Recommendations_Given.csv');
    }
  }

  for (const [direction, list] of endorsements) {
    for (const e of list) {
      if (e.key !== null) continue;
      const outsider = place({ name: `${e.firstName.trim()} ${e.lastName.trim()}` }, e.firstName, e.lastName);
      if (outsider !== null) outsider.endorsements[direction]++;
    }
  }

  const byInvitation = new Map<number, Outsider>();
  for (const [i, id] of invitationOf) {
    const outsider = byId.get(id);
    if (outsider !== undefined) byInvitation.set(i, outsider);
  }
  return { list: [...byId.values()], byInvitation, ambiguous };
}

function addCompany(outsider: Outsider, company: string, file: Outsider['companies'][number]['file']): void {
  const name = company.trim();
  if (name !== '' && !outsider.companies.some((c) => c.name === name)) outsider.companies.push({ name, file });
}

/**
 * Outsiders as pseudo-connections, so that `resolve` can look records up among them by name. Only
 * those whose name key is in `names` are indexed: a lookup by name alone can find no other, and an
 * index of everyone (1,000,000 people messaged once) took over a gigabyte (issue 15).
 */
function indexOutsiders(all: Outsider[], names: ReadonlySet<string>): { list: Outsider[]; index: PeopleIndex } {
  const list = all.filter((o) => names.has(personNameKey(o.name, '')));
  const rows: Connection[] = list.map((o, line) => ({
    firstName: o.name,
    lastName: '',
    key: o.key,
    url: null,
    email: null,
    company: '',
    position: '',
    connectedOn: null,
    line: line + 1,
  }));
  return { list, index: indexPeople(rows) };
}

/** A `name:` outsider joins the one outsider with a profile URL and that name, if exactly one has it. */
function mergeNamesIntoProfiles(byId: Map<string, Outsider>, invitationOf: Map<number, string>): void {
  const nameOnly = new Set([...byId.values()].filter((o) => o.key === null).map((o) => nameKey(o.name)));
  if (nameOnly.size === 0) return;
  const withKey = indexOutsiders(
    [...byId.values()].filter((o) => o.key !== null),
    nameOnly,
  );
  for (const outsider of [...byId.values()]) {
    if (outsider.key !== null) continue;
    const found = resolve(withKey.index, { name: outsider.name });
    if (found.kind !== 'match') continue;
    const target = withKey.list[found.index]!;
    const [a, b] = [target.messages, outsider.messages];
    target.messages = {
      sent: a.sent + b.sent,
      received: a.received + b.received,
      conversations: a.conversations + b.conversations,
      twoWayConversations: a.twoWayConversations + b.twoWayConversations,
      first: [a.first, b.first].filter((d) => d !== null).sort()[0] ?? null,
      last:
        [a.last, b.last]
          .filter((d) => d !== null)
          .sort()
          .at(-1) ?? null,
      groups: [...a.groups, ...b.groups],
    };
    target.invitations.push(...outsider.invitations);
    for (const i of outsider.invitations) invitationOf.set(i, target.id);
    byId.delete(outsider.id);
  }
}
