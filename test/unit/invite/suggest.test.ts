import { describe, expect, it } from 'vitest';
import { createTranslator, ENGLISH_FOR_JSON, type Translator } from '../../../src/i18n/translator.js';
import type { Participant } from '../../../src/export/messages/types.js';
import type { Position } from '../../../src/export/records.js';
import { suggestPeople as suggestLazily } from '../../../src/network/suggest.js';
import { ME, conversation, jan, makeConnection, makeExport, summary } from '../evidence/make-export.js';
import { contact, invitation, recommendation } from './make-outsiders.js';

/** Every suggestion listed, each made once. */
const suggestPeople = (...args: Parameters<typeof suggestLazily>) => {
  const found = suggestLazily(...args);
  return { ...found, list: Array.from({ length: found.list.length }, (_, i) => found.list.at(i)) };
};
const person = (slug: string, name: string): Participant => ({ key: `in/${slug}`, name });
/** The facts as the JSON says them: English, ISO days. */
const said = <F extends { say: (t: Translator) => string }>(facts: readonly F[]) =>
  facts.map(({ say, ...fact }) => ({ ...fact, detail: say(ENGLISH_FOR_JSON) }));
const initech: Position = { company: 'Initech, Inc.', title: 'Product Manager', description: '', startedOn: '2019-09', finishedOn: '2023-02', line: 2 };

function talk(id: string, them: Participant, theirs: number, mine: number) {
  const rows = [
    ...Array.from({ length: theirs }, (_, i) => ({ from: them, to: [ME], date: jan(1 + i) })),
    ...Array.from({ length: mine }, (_, i) => ({ from: ME, to: [them], date: jan(10 + i) })),
  ];
  return conversation(id, rows);
}

describe('suggestPeople', () => {
  const exp = makeExport({
    connections: [makeConnection('Priya', 'Shah')],
    positions: [initech],
    messages: summary(
      talk('c1', person('sam-lee', 'Sam Lee'), 2, 1),
      talk('c2', person('dana-ng', 'Dana Ng'), 6, 6),
      talk('c3', person('recruiter', 'Rex Hunter'), 3, 0),
      talk('c4', person('no-answer', 'Nora Quiet'), 0, 2),
    ),
    addressBook: [
      contact('Omar Haddad', { emails: ['omar@example.org'] }),
      contact('Lina Roux', { companies: 'Initech' }),
      contact('Mum'),
      contact('Priya Shah'),
    ],
    recommendationsReceived: [recommendation('Mei Tanaka', { company: 'Acme' })],
    invitations: [invitation('outgoing', 'Sam Lee', { otherKey: 'in/sam-lee' })],
  });
  const { list, leftOut } = suggestPeople(exp);
  const ranking = list.map((s) => [s.outsider.name, s.tier, s.weighed.strength]);

  it('ranks by strength of evidence, then by the latest trace', () => {
    expect(ranking).toEqual([
      ['Mei Tanaka', 'strong', 5],
      ['Dana Ng', 'strong', 5],
      ['Sam Lee', 'good', 4],
      ['Lina Roux', 'good', 4],
      ['Omar Haddad', 'good', 3],
    ]);
  });

  it('says why, and notes what does not count on its own', () => {
    const sam = list.find((s) => s.outsider.name === 'Sam Lee')!;
    expect(said(sam.weighed.signals)).toEqual([{ id: 'two-way', points: 4, detail: '3 messages both ways (1 sent, 2 received), last on 2024-01-10' }]);
    expect(said(sam.weighed.notes)).toEqual([{ id: 'invitation', detail: 'You invited them on 2024-03-01 (without a note); not connected yet' }]);
    expect(sam.weighed.signals[0]!.say(createTranslator('fr'))).toBe('3 messages dans les deux sens (1 de vous, 2 de sa part), le dernier le 10 janv. 2024');
    const lina = list.find((s) => s.outsider.name === 'Lina Roux')!;
    expect(said(lina.weighed.signals).map((s) => s.detail)).toEqual([
      'In your address book (Contacts.csv), with their company (Initech)',
      'Contacts.csv gives their company as Initech; you worked at Initech, Inc. (Positions.csv)',
    ]);
  });

  it('leaves out one-way contact, connections, and address-book entries with nothing professional', () => {
    expect(ranking.map(([name]) => name)).not.toContain('Rex Hunter');
    expect(ranking.map(([name]) => name)).not.toContain('Nora Quiet');
    expect(ranking.map(([name]) => name)).not.toContain('Priya Shah');
    expect(ranking.map(([name]) => name)).not.toContain('Mum');
    expect(leftOut).toEqual({ notProfessional: 1, singleName: 0, ambiguous: 0 });
  });

  it('never suggests a phone-only address-book entry: only a work e-mail or a company makes it professional', () => {
    const phone = makeExport({
      addressBook: [
        contact('Mamie Lefèvre'),
        contact('Plombier Dupuis'),
        contact('72 1221-3031'),
        contact('Zoé Martin', { emails: ['zoe.martin@gmail.com'] }),
        contact('Hugo Petit', { emails: ['hugo.petit@orange.fr', 'h.petit@wanadoo.fr'] }),
        contact('Inès Blanc', { emails: ['ines.blanc@vauclair-conseil.example'] }),
        contact('Léo Faure', { companies: 'Atelier Coquelicot' }),
      ],
    });
    const found = suggestPeople(phone);
    expect(found.list.map((s) => [s.outsider.name, s.weighed.strength])).toEqual([
      ['Inès Blanc', 3],
      ['Léo Faure', 2],
    ]);
    expect(found.leftOut).toEqual({ notProfessional: 5, singleName: 0, ambiguous: 0 });
  });

  it('an endorsement from or to someone no longer connected is professional evidence', () => {
    const endorsement = (first: string, last: string, key: string | null) => ({
      date: '2024-05-01T10:00:00Z',
      skill: 'SQL',
      firstName: first,
      lastName: last,
      key,
      status: 'ACCEPTED',
      line: 2,
    });
    const found = suggestPeople(
      makeExport({
        endorsementsReceived: [endorsement('Nadia', 'Lefort', 'in/nadia-lefort'), endorsement('Nadia', 'Lefort', 'in/nadia-lefort')],
        endorsementsGiven: [endorsement('Paul', 'Rey', null), endorsement('Alex', 'Kim', 'in/alex-kim')],
      }),
    );
    expect(found.list.map((s) => [s.outsider.name, said(s.weighed.signals).map((x) => x.detail)])).toEqual([
      ['Nadia Lefort', ['They endorsed 2 skills of yours']],
      ['Paul Rey', ['You endorsed 1 skill of theirs']],
    ]);
  });

  it('a group named after an employer counts as a shared employer, French elision included', () => {
    const kim = person('kim-park', 'Kim Park');
    const group = conversation(
      'g',
      [
        { from: ME, to: [kim, person('x', 'Xavier Roy')], date: jan(2) },
        { from: kim, to: [ME, person('x', 'Xavier Roy')], date: jan(3) },
      ],
      'Anciens d’Initech',
    );
    const [first] = suggestPeople(makeExport({ positions: [initech], messages: summary(group) })).list;
    expect(first?.outsider.name).toBe('Kim Park');
    expect(first?.weighed.signals.map((s) => s.id)).toEqual(['shared-employer', 'group']);
  });

  it('breaks ties by folded name, then in the order the people were met, and counts each tier once', () => {
    const met = (...people: Participant[]) => makeExport({ messages: summary(...people.map((p, i) => talk(`c${i}`, p, 1, 1))) });
    const [emile1, adam, emile2] = [person('emile-1', 'Émile Zola'), person('adam', 'Adam Smith'), person('emile-2', 'Emile Zola')];
    const ids = (found: ReturnType<typeof suggestPeople>) => found.list.map((s) => s.outsider.id);
    expect(ids(suggestPeople(met(emile1, adam, emile2)))).toEqual(['in/adam', 'in/emile-1', 'in/emile-2']);
    expect(ids(suggestPeople(met(emile2, adam, emile1)))).toEqual(['in/adam', 'in/emile-2', 'in/emile-1']);
    expect(suggestPeople(met(emile1, adam, emile2)).byTier).toEqual({ strong: 0, good: 3, some: 0 });
  });

  it('makes a suggestion again, the same, each time it is listed; people messaged one way are in no count', () => {
    const found = suggestLazily(exp);
    expect(found.list.length).toBe(5);
    const [once, again] = [found.list.at(2), found.list.at(2)];
    expect(again.outsider).toEqual(once.outsider);
    expect(said(again.weighed.signals)).toEqual(said(once.weighed.signals));
    expect(again.outsider).not.toBe(once.outsider);
    expect(found.byTier).toEqual({ strong: 2, good: 3, some: 0 });
  });
});
