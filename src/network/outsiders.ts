import type { Connection } from '../export/records.js';
import type { LinkedInExport } from '../export/types.js';
import { companyKeys } from '../evidence/employer.js';
import { addressBookName } from '../evidence/address-book.js';
import { nameKey, personNameKey } from '../evidence/names.js';
import { makeOwnerTest, NAME_KEY_PREFIX } from '../evidence/owner.js';
import { indexPeople, resolve, type Lookup, type PeopleIndex } from '../evidence/people-index.js';
import { listedScope } from './listed-scope.js';
import { findMessagedOutsiders } from './outsider-messages.js';
import type { Outsider } from './outsider.js';
import { OutsiderTable } from './outsider-table.js';
import { isWorkEmail } from './personal-mail.js';

export { splitName, type Outsider } from './outsider.js';

/** The outsiders, in the order first met: a table whose rows are made into objects on demand. */
export interface OutsiderRows {
  table: OutsiderTable;
  /** Records left out because their name fits several connections: probably one of them, but which? */
  ambiguous: number;
}

/**
 * Everyone the export mentions who is not a connection: in messages.csv, Invitations.csv,
 * Contacts.csv and the recommendations. Each record is first looked up among the connections with
 * the evidence stage's `resolve`, with the same fields to settle a shared name (a record whose name
 * still fits several connections is set aside), then
 * among the outsiders found so far, so one person seen in several files is one outsider. Files with
 * profile URLs come first; a name-only record joins an outsider of that name when exactly one fits.
 * `who`: 'listed' (what suggest and invitations read) leaves out the people they could never list
 * (listed-scope.ts); 'everyone' keeps them.
 */
export function tableOutsiders(exp: LinkedInExport, people: PeopleIndex, who: 'listed' | 'everyone' = 'listed'): OutsiderRows {
  const scope = who === 'listed' ? listedScope(exp) : null;
  // One person a conversation or an invitation, at most, in the exports that have the most people (issue 15).
  const table = new OutsiderTable(exp.invitations.length, (scope === null ? (exp.messages?.conversations.length ?? 0) : 0) + exp.invitations.length);
  let ambiguous = 0;
  const get = (id: string, key: string | null, name: string): Outsider => table.made(table.row(id, key, name));
  const nameId = (name: string) => `${NAME_KEY_PREFIX}${nameKey(name)}`;

  findMessagedOutsiders(exp.messages, exp.owner, people, table, scope);
  for (let i = 0; i < exp.invitations.length; i++) {
    const invitation = exp.invitations.at(i)!;
    const name = invitation.direction === 'incoming' ? invitation.from : invitation.to;
    const date = invitation.sentAt === null ? null : { connectedFrom: invitation.sentAt };
    const resolution = resolve(people, { key: invitation.otherKey, name, date });
    if (resolution.kind === 'ambiguous') ambiguous++;
    if (resolution.kind !== 'unmatched' || (invitation.otherKey === null && nameKey(name) === '')) continue;
    table.addInvitation(table.row(invitation.otherKey ?? nameId(name), invitation.otherKey, name.trim()), i);
  }
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
  mergeNamesIntoProfiles(table);

  // Contacts.csv and the recommendations name people without a URL: they are looked up by name alone.
  const placedNames = new Set<string>();
  for (const entry of exp.addressBook) placedNames.add(nameKey(addressBookName(entry)));
  for (const r of [...exp.recommendationsReceived, ...exp.recommendationsGiven]) placedNames.add(personNameKey(r.firstName, r.lastName));
  for (const e of [...exp.endorsementsReceived, ...exp.endorsementsGiven]) if (e.key === null) placedNames.add(personNameKey(e.firstName, e.lastName));
  const known = indexOutsiders(table, placedNames);
  const isOwner = makeOwnerTest(exp.owner);
  const place = (lookup: Lookup, first: string, last: string): Outsider | null => {
    const resolution = resolve(people, lookup);
    if (resolution.kind === 'ambiguous') ambiguous++;
    if (resolution.kind !== 'unmatched' || nameKey(lookup.name) === '' || isOwner(nameId(lookup.name), lookup.name)) return null;
    const among = resolve(known.index, lookup);
    const outsider = among.kind === 'match' ? table.made(known.rows[among.index]!) : get(nameId(lookup.name), null, lookup.name.trim());
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

  table.seal();
  return { table, ambiguous };
}

function addCompany(outsider: Outsider, company: string, file: Outsider['companies'][number]['file']): void {
  const name = company.trim();
  if (name !== '' && !outsider.companies.some((c) => c.name === name)) outsider.companies.push({ name, file });
}

/**
 * Outsiders as pseudo-connections, so that `resolve` can look records up among them by name. Only
 * those whose name key is in `names` (and, with `keyed`, who have a profile key) are indexed: a
 * lookup by name alone can find no other, and an index of everyone (1,000,000 people messaged once)
 * took over a gigabyte (issue 15).
 */
function indexOutsiders(table: OutsiderTable, names: ReadonlySet<string>, keyed = false): { rows: number[]; index: PeopleIndex } {
  const rows = names.size === 0 ? [] : [...table.rows()].filter((row) => (!keyed || table.key(row) !== null) && names.has(personNameKey(table.name(row), '')));
  const connections: Connection[] = rows.map((row, line) => ({
    firstName: table.name(row),
    lastName: '',
    key: table.key(row),
    url: null,
    email: null,
    company: '',
    position: '',
    connectedOn: null,
    line: line + 1,
  }));
  return { rows, index: indexPeople(connections) };
}

/** A `name:` outsider joins the one outsider with a profile URL and that name, if exactly one has it. */
function mergeNamesIntoProfiles(table: OutsiderTable): void {
  const nameOnly = new Set<string>();
  for (const row of table.rows()) if (table.key(row) === null) nameOnly.add(nameKey(table.name(row)));
  if (nameOnly.size === 0) return;
  const withKey = indexOutsiders(table, nameOnly, true);
  for (const row of [...table.rows()]) {
    if (table.key(row) !== null) continue;
    const found = resolve(withKey.index, { name: table.name(row) });
    if (found.kind !== 'match') continue;
    const into = withKey.rows[found.index]!;
    const target = table.made(into);
    const [a, b] = [target.messages, table.made(row).messages];
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
    table.moveInvitations(row, into);
    table.remove(row);
  }
}
