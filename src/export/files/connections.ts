import { connectionSchema, type Connection } from '../records.js';
import { profileUrl } from '../url.js';
import { tableProfileKey } from './profile-key.js';
import { skip, type TableSpec } from './table-file.js';
import { connectionFits } from './record-checks.js';

type Field = 'firstName' | 'lastName' | 'url' | 'email' | 'company' | 'position' | 'connectedOn';

/** Connections.csv of every era: 6 columns (≤ mid-2023) or 7 with URL, with or without the `Notes:` preamble. */
export const connectionsSpec: TableSpec<Field, Connection> = {
  kind: 'connections',
  columnsShown: 'First Name, Last Name, …, Connected On',
  skippedRowsMean: { key: 'readers.mean.connections' },
  schema: connectionSchema,
  fits: connectionFits,
  columns: {
    firstName: ['First Name'],
    lastName: ['Last Name'],
    url: ['URL', 'Profile URL'],
    email: ['Email Address', 'E-mail Address', 'Email'],
    company: ['Company'],
    position: ['Position'],
    connectedOn: ['Connected On'],
  },
  required: ['firstName', 'lastName', 'connectedOn'],
  repeated: ['firstName', 'lastName', 'company', 'position'],
  // The URL is read for its key; `connectedOn` is not here: parseDate() keeps the text it parsed as a memo key.
  transient: ['url'],
  toRecord(cell, line, dates) {
    const firstName = cell('firstName');
    const lastName = cell('lastName');
    const key = tableProfileKey(cell('url'));
    // Closed or hidden accounts come as `,,,,,,05 Jun 2023`: nobody to judge or join.
    if (firstName === '' && lastName === '' && key === null) return skip('hidden member');
    // A date that cannot be read leaves the person in, without a date (and named in a warning): a
    // connection dropped for its date would vanish from every list, prune lists included.
    const connectedOn = dates.day('connectedOn');
    return {
      firstName,
      lastName,
      key,
      url: key === null ? null : profileUrl(key),
      email: cell('email') || null,
      company: cell('company'),
      position: cell('position'),
      connectedOn,
      line,
    };
  },
};
