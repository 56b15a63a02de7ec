import { describe, expect, it } from 'vitest';
import { buildEvidenceWithAudit } from '../../../src/evidence/build.js';
import type { AddressBookEntry } from '../../../src/export/records.js';
import { makeConnection, makeExport } from './make-export.js';

const TODAY = '2024-06-01';

function entry(fullName: string, emails: string[] = [], companies = ''): AddressBookEntry {
  const [firstName = '', lastName = ''] = fullName.split(' ');
  return { firstName, lastName, fullName, emails, companies, title: '', line: 2 };
}

const priya = makeConnection('Priya', 'Shah', { email: 'Priya.Shah@example.com' });
const omar = makeConnection('Omar', 'Haddad');
const samA = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-1', company: 'Contoso' });
const samB = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-2', company: 'Fabrikam' });

function run(addressBook: AddressBookEntry[]) {
  return buildEvidenceWithAudit(makeExport({ connections: [priya, omar, samA, samB], addressBook }), TODAY);
}

describe('address book', () => {
  it('joins by any visible e-mail, case-insensitively, whatever the name', () => {
    const { evidence } = run([entry('P S', ['old@example.org', ' priya.shah@EXAMPLE.com'])]);
    expect(evidence[0]?.addressBook).toBe('email');
    expect(evidence[0]?.matchedBy).toEqual({ contacts: 'email' });
  });

  it('joins nobody by an e-mail two connections show, and one connection by two of its e-mails', () => {
    const twin = makeConnection('Priya', 'Patel', { email: 'priya.shah@example.com' });
    const both = makeConnection('Omar', 'Haddad', { email: 'omar@example.com' });
    const exp = makeExport({
      connections: [priya, twin, both],
      addressBook: [entry('P S', ['priya.shah@example.com']), entry('O H', ['OMAR@example.com', 'omar@example.com'])],
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence.map((e) => e.addressBook)).toEqual([null, null, 'email']);
    expect(audit.contacts).toMatchObject({ records: 2, ambiguous: 1, matched: { email: 1 } });
  });

  it('joins by an unambiguous full name', () => {
    const { evidence } = run([entry('Omar Haddad', ['omar@elsewhere.example'])]);
    expect(evidence[1]?.addressBook).toBe('name');
    expect(evidence[1]?.matchedBy).toEqual({ contacts: 'name' });
  });

  it('does not join a name shared by two connections, unless Companies settles it', () => {
    const { evidence, audit } = run([entry('Sam Lee'), entry('Sam Lee', [], 'Fabrikam Group, Northwind')]);
    expect(evidence.map((e) => e.addressBook)).toEqual([null, null, null, 'name']);
    expect(evidence[3]?.matchedBy).toEqual({ contacts: 'name+company' });
    expect(audit.contacts).toMatchObject({ records: 2, ambiguous: 1, matched: { 'name+company': 1 } });
  });

  it('prefers an e-mail join to a name join for the same person', () => {
    const { evidence } = run([entry('Priya Shah'), entry('Someone', ['priya.shah@example.com'])]);
    expect(evidence[0]?.addressBook).toBe('email');
    expect(evidence[0]?.matchedBy.contacts).toBe('email');
  });

  it('counts entries that are not connections as unmatched', () => {
    const { audit } = run([entry('Noor Vance', ['noor@example.net']), entry('')]);
    expect(audit.contacts).toMatchObject({ records: 2, unmatched: 2 });
  });
});
