import type { AddressBookEntry } from '../export/records.js';
import { companyKeys } from './employer.js';

/** The name an address-book entry goes by: its full name, or first and last name when it has none. */
export const addressBookName = (entry: AddressBookEntry): string =>
  entry.fullName.trim() !== '' ? entry.fullName : `${entry.firstName.trim()} ${entry.lastName.trim()}`;
import { noteMatch, tally, type MatchCounts } from './match-audit.js';
import { resolve, type PeopleIndex } from './people-index.js';
import type { Unattributed } from './same-name.js';
import type { Evidence } from './types.js';

function addEntry(target: Evidence, by: 'email' | 'name'): void {
  if (by === 'email' || target.addressBook === null) target.addressBook = by;
}

/**
 * Joins Contacts.csv (the owner's imported address book): by any of the entry's e-mails against
 * the connections' visible e-mails (case-insensitive), else by full name, a name shared by several
 * connections settled by the entry's Companies, then its Title. `addressBook` says 'email' if any
 * entry matched by e-mail.
 */
export function joinAddressBook(
  entries: readonly AddressBookEntry[],
  people: PeopleIndex,
  evidence: Evidence[],
  counts: MatchCounts,
  unattributed: Unattributed,
): void {
  // Entries share their Companies text (the reader keeps one string per value): its keys are made once per text.
  const keysOfCompanies = new Map<string, ReadonlySet<string>>();
  const companiesOf = (field: string): ReadonlySet<string> => {
    let keys = keysOfCompanies.get(field);
    if (keys === undefined) keysOfCompanies.set(field, (keys = companyKeys(field)));
    return keys;
  };
  for (const entry of entries) {
    const fullName = addressBookName(entry);
    const resolution = resolve(people, {
      emails: entry.emails.every((e) => e.trim() !== '') ? entry.emails : entry.emails.filter((e) => e.trim() !== ''),
      name: fullName,
      companies: () => companiesOf(entry.companies),
      position: entry.title,
    });
    tally(counts, resolution);
    if (resolution.kind === 'ambiguous') unattributed.add(resolution.candidates, { addressBook: 1 }, (e) => addEntry(e, 'name'));
    if (resolution.kind !== 'match') continue;
    const target = evidence[resolution.index];
    if (target === undefined) continue;
    noteMatch(target, 'contacts', resolution.by);
    addEntry(target, resolution.by === 'email' ? 'email' : 'name');
  }
}
