import { describe, expect, it } from 'vitest';
import type { Participant } from '../../../src/export/messages/types.js';
import type { LinkedInExport } from '../../../src/export/types.js';
import { indexEmployers } from '../../../src/evidence/employer.js';
import { indexPeople } from '../../../src/evidence/people-index.js';
import { tableOutsiders, type Outsider } from '../../../src/network/outsiders.js';
import { weighOutsider } from '../../../src/network/weigh.js';
import { ME, OWNER, conversation, jan, makeConnection, makeExport, summary } from '../evidence/make-export.js';
import { contact, invitation } from './make-outsiders.js';

const person = (slug: string, name: string): Participant => ({ key: `in/${slug}`, name });
/** A 1:1 where only they wrote, or only the owner: a note, never a signal. */
const oneWay = (id: string, them: Participant, day = 2, theyWrite = true) =>
  conversation(id, [theyWrite ? { from: them, to: [ME], date: jan(day) } : { from: ME, to: [them], date: jan(day) }]);
const twoWay = (id: string, them: Participant, day = 2) =>
  conversation(id, [
    { from: them, to: [ME], date: jan(day) },
    { from: ME, to: [them], date: jan(day, 10) },
  ]);

const outsiders = (exp: LinkedInExport, who: 'listed' | 'everyone'): Outsider[] => {
  const { table } = tableOutsiders(exp, indexPeople(exp.connections), who);
  return [...table.rows()].map((row) => table.outsider(row));
};

/** What suggest or invitations can list: someone weighing more than nothing, in the address book, or holding an invitation. */
const canBeListed = (exp: LinkedInExport) => (o: Outsider) =>
  weighOutsider(o, indexEmployers(exp.positions), exp.invitations).strength > 0 || o.addressBook !== null || o.invitations.length > 0;

/** Everyone the 'listed' table leaves out could never be listed, and those it keeps are exactly as 'everyone' has them, in the same order. */
function expectSameListing(exp: LinkedInExport): string[] {
  const everyone = outsiders(exp, 'everyone');
  const listed = outsiders(exp, 'listed');
  const counted = canBeListed(exp);
  expect(listed.filter(counted)).toEqual(everyone.filter(counted));
  const kept = new Set(listed.map((o) => o.id));
  for (const left of everyone.filter((o) => !kept.has(o.id))) expect(counted(left)).toBe(false);
  return everyone.filter((o) => !kept.has(o.id)).map((o) => o.id);
}

describe("tableOutsiders(…, 'listed')", () => {
  const priya = makeConnection('Priya', 'Shah');

  it('leaves out who was only written to or only wrote, 1:1, and keeps whoever answered, once or in another conversation', () => {
    const dana = person('dana-ng', 'Dana Ng');
    const omar = person('omar-haddad', 'Omar Haddad');
    const eva = person('eva-petit', 'Eva Petit');
    const exp = makeExport({
      connections: [priya],
      messages: summary(
        oneWay('c1', dana),
        oneWay('c2', omar),
        oneWay('c3', omar, 3, false),
        twoWay('c4', omar, 5),
        oneWay('c5', eva, 6, false),
        oneWay('c6', { key: priya.key!, name: 'Priya Shah' }),
      ),
    });
    expect(expectSameListing(exp)).toEqual(['in/dana-ng', 'in/eva-petit']);
    // Omar's first two conversations are counted too: the kept row is the whole person.
    expect(outsiders(exp, 'listed')).toMatchObject([{ id: 'in/omar-haddad', messages: { sent: 2, received: 2, conversations: 3, twoWayConversations: 1 } }]);
  });

  it('keeps a lone stranger whom another file names, by key or by any name they were met with', () => {
    const sam = person('sam-lee', 'Sam Lee');
    const kim = person('kim-park', 'Kim Park');
    const lea = person('lea-roux', 'Léa Roux');
    const exp = makeExport({
      messages: summary(oneWay('c1', sam), oneWay('c2', kim), oneWay('c3', lea), oneWay('c4', { ...lea, name: 'Lea Roux-Martin' })),
      invitations: [invitation('incoming', 'Samuel Lee', { otherKey: 'in/sam-lee' }), invitation('outgoing', 'Kim Park')],
      addressBook: [contact('Lea Roux-Martin', { companies: 'Initech' })],
    });
    expect(expectSameListing(exp)).toEqual([]);
    // Léa's row keeps the name first met; the address book's entry, named otherwise, is someone else.
    expect(outsiders(exp, 'listed').map((o) => [o.id, o.name])).toEqual([
      ['in/sam-lee', 'Sam Lee'],
      ['in/kim-park', 'Kim Park'],
      ['in/lea-roux', 'Léa Roux'],
      ['name:lea roux martin', 'Lea Roux-Martin'],
    ]);
  });

  it('keeps namesakes whom a name-only participant could join, so that two of them still join neither', () => {
    const twinA = person('jo-tan-1', 'Jo Tan');
    const twinB = person('jo-tan-2', 'Jo Tan');
    const joByName: Participant = { key: 'name:jo tan', name: 'Jo Tan' };
    const exp = makeExport({ messages: summary(oneWay('c1', twinA), oneWay('c2', twinB), twoWay('c3', joByName, 4)) });
    expect(expectSameListing(exp)).toEqual([]);
    expect(outsiders(exp, 'listed').map((o) => o.id)).toEqual(['in/jo-tan-1', 'in/jo-tan-2', 'name:jo tan']);
  });

  it('reads every group, and every conversation of a name list', () => {
    const ana = person('ana-rivera', 'Ana Rivera');
    const ben = person('ben-ohara', "Ben O'Hara");
    const list: Participant = { key: 'name:tom wu,zoe li', name: 'Tom Wu,Zoe Li' };
    const exp = makeExport({
      connections: [priya],
      messages: summary(
        conversation('g1', [{ from: ME, to: [ana, ben], date: jan(2) }], 'Offsite'),
        oneWay('c2', ana, 3),
        conversation('g2', [{ from: ME, to: [list], date: jan(4) }]),
      ),
    });
    expect(expectSameListing(exp)).toEqual([]);
    expect(outsiders(exp, 'listed').map((o) => o.id)).toEqual(['in/ana-rivera', 'in/ben-ohara', 'name:tom wu', 'name:zoe li']);
  });

  it('reads everything when the owner has no profile key: who is the owner then depends on the name met', () => {
    const exp = makeExport({ owner: { ...OWNER, key: null }, messages: summary(oneWay('c1', person('dana-ng', 'Dana Ng'))) });
    expect(outsiders(exp, 'listed').map((o) => o.id)).toEqual(['in/dana-ng']);
  });
});
