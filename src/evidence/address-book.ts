import type { AddressBookEntry } from '../export/records.js';
import { companyKeys } from './employer.js';
import { noteMatch, tally, type MatchCounts } from './match-audit.js';
import { resolve, type PeopleIndex } from './people-index.js';
import type { Evidence } from './types.js';

/**
 * Joins Contacts.csv (the owner's imported address book): by any of the entry's e-mails against
 * the connections' visible e-mails (case-insensitive), else by full name, settled by the entry's
 * Companies when the name is shared. `addressBook` says 'email' if any entry matched by e-mail.
 */
export function joinAddressBook(entries: readonly AddressBookEntry[], people: PeopleIndex, evidence: Evidence[], counts: MatchCounts): void {
  for (const entry of entries) {
    const fullName = entry.fullName.trim() !== '' ? entry.fullName : `${entry.firstName.trim()} ${entry.lastName.trim()}`;
    const resolution = resolve(people, {
      emails: entry.emails.filter((e) => e.trim() !== ''),
      name: fullName,
      companies: companyKeys(entry.companies),
    });
    tally(counts, resolution);
    if (resolution.kind !== 'match') continue;
    const target = evidence[resolution.index];
    if (target === undefined) continue;
    noteMatch(target, 'contacts', resolution.by);
    if (resolution.by === 'email' || target.addressBook === null) {
      target.addressBook = resolution.by === 'email' ? 'email' : 'name';
    }
  }
}
