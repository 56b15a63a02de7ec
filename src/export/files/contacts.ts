import { addressBookEntrySchema, type AddressBookEntry } from '../records.js';
import { skip, type TableSpec } from './table-file.js';
import { addressBookEntryFits } from './record-checks.js';

type Field = 'firstName' | 'lastName' | 'fullName' | 'emails' | 'companies' | 'title';

/** The imported address book: Contacts.csv (2022+) or Imported Contacts.csv (2018). */
export const contactsSpec: TableSpec<Field, AddressBookEntry> = {
  kind: 'contacts',
  columnsShown: 'FirstName, LastName, Emails, …',
  skippedRowsMean: { key: 'readers.mean.contacts' },
  schema: addressBookEntrySchema,
  fits: addressBookEntryFits,
  columns: {
    firstName: ['FirstName', 'First Name'],
    lastName: ['LastName', 'Last Name'],
    fullName: ['FullName', 'Full Name'],
    emails: ['Emails', 'Email Address', 'Email Addresses'],
    companies: ['Companies', 'Company'],
    title: ['Title'],
  },
  required: ['firstName', 'lastName'],
  repeated: ['firstName', 'lastName', 'companies', 'title'],
  toRecord(cell, line) {
    const firstName = cell('firstName');
    const lastName = cell('lastName');
    const fullName = cell('fullName') || `${firstName} ${lastName}`.trim();
    // Several addresses share one cell as "a@x.com, b@y.com".
    const emails = cell('emails')
      .split(/[,;]\s*/)
      .map((e) => e.trim().toLowerCase())
      .filter((e) => e.includes('@'));
    if (fullName === '' && emails.length === 0) return skip('empty entry');
    return { firstName, lastName, fullName, emails, companies: cell('companies'), title: cell('title'), line };
  },
};
