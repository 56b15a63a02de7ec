/** Records of the other files, for tests about people who are not connections. Every name is invented. */
import type { AddressBookEntry, Invitation, Recommendation } from '../../../src/export/records.js';

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
