import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../src/export/messages/types.js';
import { splitName } from '../../../src/network/outsiders.js';
import { ME, conversation, jan, makeConnection, makeExport, summary, who } from '../evidence/make-export.js';
import { contact, findOutsiders, invitation, recommendation } from './make-outsiders.js';

const priya = makeConnection('Priya', 'Shah');
const sam: Participant = { key: 'in/sam-lee', name: 'Sam Lee' };
const samByName: Participant = { key: 'name:sam lee', name: 'Sam Lee' };
const chat = (id: string, them: Participant, ownerWrites = true) =>
  conversation(id, [{ from: them, to: [ME], date: jan(2) }, ...(ownerWrites ? [{ from: ME, to: [them], date: jan(3) }] : [])]);

const outsidersOf = (overrides: Parameters<typeof makeExport>[0]) => findOutsiders(makeExport({ connections: [priya], ...overrides }));

describe('findOutsiders', () => {
  it('finds who wrote 1:1 and is not a connection, with both sides counted', () => {
    const { list } = outsidersOf({ messages: summary(chat('c1', sam), chat('c2', who(priya))) });
    expect(list.map((o) => o.id)).toEqual(['in/sam-lee']);
    expect(list[0]).toMatchObject({ name: 'Sam Lee', firstName: 'Sam', lastName: 'Lee', key: 'in/sam-lee' });
    expect(list[0]!.messages).toMatchObject({ sent: 1, received: 1, conversations: 1, twoWayConversations: 1, first: jan(2), last: jan(3) });
  });

  it('a name-only participant with a connection\u2019s name is that connection, and one fitting two connections is set aside', () => {
    const twins = [makeConnection('Kim', 'Park', { key: null }), makeConnection('Kim', 'Park', { key: null, company: 'Globex' })];
    const kim: Participant = { key: 'name:kim park', name: 'Kim Park' };
    expect(findOutsiders(makeExport({ connections: [priya], messages: summary(chat('c1', who(priya, true))) })).list).toEqual([]);
    expect(findOutsiders(makeExport({ connections: twins, messages: summary(chat('c1', kim)) })).list).toEqual([]);
  });

  it('does not count as left out a record that the evidence stage settles by its date or position', () => {
    const evas = [
      makeConnection('Eva', 'Petit', { key: null, connectedOn: '2015-03-12' }),
      makeConnection('Eva', 'Petit', { key: null, connectedOn: '2020-01-03', position: 'Nurse' }),
    ];
    const found = findOutsiders(
      makeExport({
        connections: evas,
        recommendationsReceived: [recommendation('Eva Petit', { date: '2017-05-02T10:00:00Z' })],
        addressBook: [contact('Eva Petit', { title: 'Nurse' })],
        invitations: [invitation('incoming', 'Eva Petit', { sentAt: '2019-12-28T09:00:00Z' })],
      }),
    );
    expect(found).toMatchObject({ list: [], ambiguous: 0 });
  });

  it('counts groups apart, with who wrote there', () => {
    const group = conversation(
      'g1',
      [
        { from: ME, to: [sam, who(priya)], date: jan(2) },
        { from: sam, to: [ME, who(priya)], date: jan(3) },
      ],
      'Offsite',
    );
    const [outsider] = outsidersOf({ messages: summary(group) }).list;
    expect(outsider!.messages).toMatchObject({ sent: 0, received: 0, conversations: 0, groups: [{ title: 'Offsite', theyWrote: 1, ownerWrote: true }] });
  });

  it('one person seen with a URL in one file and by name in others is one outsider', () => {
    const { list, byInvitation } = outsidersOf({
      messages: summary(chat('c1', sam), chat('c2', samByName, false)),
      invitations: [invitation('incoming', 'Sam Lee')],
      addressBook: [contact('Sam Lee', { emails: ['sam@example.com'], companies: 'Initech' })],
      recommendationsReceived: [recommendation('Sam Lee', { company: 'Initech' })],
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: 'in/sam-lee',
      messages: { sent: 1, received: 2, conversations: 2, twoWayConversations: 1 },
      addressBook: { withEmail: true, companies: 'Initech', title: '' },
      recommendations: { given: 0, received: 1 },
      companies: [{ name: 'Initech', file: 'Contacts.csv' }],
      invitations: [0],
    });
    expect(byInvitation.get(0)?.id).toBe('in/sam-lee');
  });

  it('a profile key is never joined by name to a connection with another key: that is a namesake', () => {
    const namesake = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-2' });
    const { list } = findOutsiders(makeExport({ connections: [namesake], invitations: [invitation('incoming', 'Sam Lee', { otherKey: 'in/sam-lee' })] }));
    expect(list.map((o) => o.id)).toEqual(['in/sam-lee']);
  });

  it('address-book entries and recommendations of connections are not outsiders; ambiguous names are counted', () => {
    const twins = [makeConnection('Kim', 'Park'), makeConnection('Kim', 'Park', { key: 'in/kim-park-2' })];
    const result = findOutsiders(
      makeExport({
        connections: [priya, ...twins],
        addressBook: [contact('Priya Shah'), contact('Kim Park'), contact('Alex Kim')],
        recommendationsGiven: [recommendation('Priya Shah')],
      }),
    );
    expect(result.list).toEqual([]);
    expect(result.ambiguous).toBe(1);
  });

  it('takes first and last names from the address book when it gives them', () => {
    const [outsider] = outsidersOf({ addressBook: [contact('Ana María Rivera', { firstName: 'Ana María', lastName: 'Rivera' })] }).list;
    expect(outsider).toMatchObject({ id: 'name:ana maria rivera', firstName: 'Ana María', lastName: 'Rivera' });
  });
});

describe('splitName', () => {
  it.each([
    ['Sam Lee', 'Sam', 'Lee'],
    ['Kim Park, PhD', 'Kim', 'Park'],
    ['  Cher ', 'Cher', ''],
    ['Jean-Luc de la Tour', 'Jean-Luc', 'de la Tour'],
    ['', '', ''],
  ])('%j → %j %j', (full, firstName, lastName) => {
    expect(splitName(full)).toEqual({ firstName, lastName });
  });
});
