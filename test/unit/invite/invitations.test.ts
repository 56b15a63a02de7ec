import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../src/plugin-api.js';
import { listInvitations as listLazily } from '../../../src/network/invitations.js';
import { ME, conversation, jan, makeConnection, makeExport, summary } from '../evidence/make-export.js';
import { contact, invitation } from './make-outsiders.js';

const priya = makeConnection('Priya', 'Shah');
const omar = makeConnection('Omar', 'Haddad');
/** Every invitation listed, each made once. */
const listInvitations = (...args: Parameters<typeof listLazily>) => {
  const listed = listLazily(...args);
  return Array.from({ length: listed.length }, (_, i) => listed.at(i));
};
const verdict = (label: Verdict['label']): Verdict => ({ label, reasons: [{ rule: 'r', detail: label }] });

describe('listInvitations', () => {
  const sam = { key: 'in/sam-lee', name: 'Sam Lee' };
  const exp = makeExport({
    connections: [priya, omar, makeConnection('Kim', 'Park', { key: null }), makeConnection('Kim', 'Park', { key: null })],
    messages: summary(
      conversation('c1', [
        { from: sam, to: [ME], date: jan(2) },
        { from: ME, to: [sam], date: jan(3) },
      ]),
    ),
    addressBook: [contact('Dana Ng', { firstName: 'Dana', lastName: 'Ng' })],
    invitations: [
      invitation('incoming', 'Priya Shah', { otherKey: 'in/priya-shah', sentAt: '2024-03-05T09:00:00Z' }),
      invitation('incoming', 'Omar Haddad', { otherKey: 'in/omar-haddad', sentAt: '2024-03-04T09:00:00Z' }),
      invitation('incoming', 'Omar Haddad', { otherKey: 'in/omar-haddad', sentAt: '2024-03-03T09:00:00Z', message: 'We met at the meetup' }),
      invitation('incoming', 'Sam Lee', { otherKey: 'in/sam-lee', sentAt: '2024-03-02T09:00:00Z' }),
      invitation('incoming', 'Dana Ng', { sentAt: null }),
      invitation('incoming', 'Rex Hunter, PhD', { otherKey: 'in/rex', sentAt: '2024-02-01T09:00:00Z' }),
      invitation('outgoing', 'Zoe Blanc', { otherKey: 'in/zoe', sentAt: '2024-02-02T09:00:00Z' }),
      invitation('incoming', 'Kim Park', { sentAt: '2024-01-01T09:00:00Z' }),
    ],
  });
  const listed = listInvitations(exp, [verdict('known'), verdict('stranger'), verdict('stranger'), verdict('stranger')], '2024-03-10');
  const row = (i: number) => listed[i]!;

  it('lists newest first, undated last', () => {
    expect(listed.map((l) => l.name)).toEqual(['Priya Shah', 'Omar Haddad', 'Omar Haddad', 'Sam Lee', 'Zoe Blanc', 'Rex Hunter, PhD', 'Kim Park', 'Dana Ng']);
  });

  it('joins connections by profile key and says how well it knows them', () => {
    expect(row(0)).toMatchObject({ connected: 'yes', connection: 0, known: true, wantsReply: false });
    expect(row(1)).toMatchObject({ connected: 'yes', connection: 1, known: false, wantsReply: true, firstName: 'Omar', lastName: 'Haddad' });
  });

  it('a note is an introduction: no reply needed', () => {
    expect(row(2)).toMatchObject({ known: false, wantsReply: false });
  });

  it('someone who is not a connection but talked with the owner is known', () => {
    expect(row(3)).toMatchObject({ connected: 'no', known: true, wantsReply: false });
    expect(row(3).weighed?.signals.map((s) => s.id)).toEqual(['two-way']);
    expect(row(7)).toMatchObject({ connected: 'no', known: true, wantsReply: false, firstName: 'Dana', lastName: 'Ng' });
  });

  it('a bare invitation from nobody netprune knows wants a reply; an outgoing one never does', () => {
    expect(row(5)).toMatchObject({ connected: 'no', known: false, wantsReply: true, firstName: 'Rex', lastName: 'Hunter' });
    expect(row(4)).toMatchObject({ connected: 'no', known: false, wantsReply: false });
  });

  it('a name several connections share is unclear, and gets no reply', () => {
    expect(row(6)).toMatchObject({ connected: 'unclear', connection: null, wantsReply: false });
  });

  it('offers no reply to an invitation more than three months older than today, nor to an undated one', () => {
    const old = makeExport({
      invitations: [
        invitation('incoming', 'Rex Hunter', { otherKey: 'in/rex', sentAt: '2024-03-01T09:00:00Z' }),
        invitation('incoming', 'Ivy Stone', { otherKey: 'in/ivy', sentAt: '2023-12-15T09:00:00Z' }),
        invitation('incoming', 'Max Low', { otherKey: 'in/max', sentAt: '2018-06-03T09:00:00Z' }),
        invitation('incoming', 'Una Date', { otherKey: 'in/una', sentAt: null }),
      ],
    });
    const listed = listInvitations(old, [], '2024-03-10');
    expect(listed.map((l) => [l.name, l.wantsReply, l.replyWithheld])).toEqual([
      ['Rex Hunter', true, null],
      ['Ivy Stone', true, null],
      ['Max Low', false, 'older than three months'],
      ['Una Date', false, 'no date'],
    ]);
    expect(listInvitations(old, [], '2024-06-02').map((l) => l.replyWithheld)).toEqual([
      'older than three months',
      'older than three months',
      'older than three months',
      'no date',
    ]);
  });

  it('someone in the phone address book is known, though not professional evidence: no "what brings you?" to family', () => {
    const family = makeExport({
      addressBook: [contact('Mamie Lefèvre')],
      invitations: [invitation('incoming', 'Mamie Lefèvre', { otherKey: 'in/mamie', sentAt: '2024-03-01T09:00:00Z' })],
    });
    const [mamie] = listInvitations(family, [], '2024-03-10');
    expect(mamie).toMatchObject({ connected: 'no', known: true, wantsReply: false, replyWithheld: null });
    expect(mamie?.weighed?.strength).toBe(0);
  });
});
