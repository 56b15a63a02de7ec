/** Records of the other files, for tests about people who are not connections. Every name is invented. */
import type { AddressBookEntry, Invitation, Recommendation } from '../../../src/export/records.js';
import type { LinkedInExport } from '../../../src/export/types.js';
import { indexPeople, type PeopleIndex } from '../../../src/evidence/people-index.js';
import { tableOutsiders, type Outsider } from '../../../src/network/outsiders.js';

let line = 100;

export function contact(fullName: string, overrides: Partial<AddressBookEntry> = {}): AddressBookEntry {
  const [firstName = '', ...rest] = fullName.split(' ');
  return { firstName, lastName: rest.join(' '), fullName, emails: [], companies: '', title: '', line: ++line, ...overrides };
}

export function recommendation(fullName: string, overrides: Partial<Recommendation> = {}): Recommendation {
  const [firstName = '', ...rest] = fullName.split(' ');
  return {
    firstName,
    lastName: rest.join(' '),
    company: '',
    jobTitle: '',
    text: 'Great to work with.',
    date: '2024-02-01T10:00:00Z',
    status: 'VISIBLE',
    line: ++line,
    ...overrides,
  };
}

/** An invitation between the owner (Alex Kim) and `other`; `key` is the other side's profile key. */
export function invitation(direction: Invitation['direction'], other: string, overrides: Partial<Invitation> = {}): Invitation {
  const [from, to] = direction === 'incoming' ? [other, 'Alex Kim'] : ['Alex Kim', other];
  return { from, to, sentAt: '2024-03-01T09:00:00Z', message: '', direction, otherKey: null, line: ++line, ...overrides };
}

/** tableOutsiders() with every row made into an object and each invitation's outsider mapped: the whole list at once. */
export function findOutsiders(exp: LinkedInExport, people: PeopleIndex = indexPeople(exp.connections)) {
  const { table, ambiguous } = tableOutsiders(exp, people, 'everyone');
  const list = [...table.rows()].map((row) => table.outsider(row));
  const byRow = new Map([...table.rows()].map((row, i) => [row, list[i]!]));
  const byInvitation = new Map<number, Outsider>();
  for (let i = 0; i < exp.invitations.length; i++) {
    const outsider = byRow.get(table.invitationHolder(i));
    if (outsider !== undefined) byInvitation.set(i, outsider);
  }
  return { list, byInvitation, ambiguous };
}
