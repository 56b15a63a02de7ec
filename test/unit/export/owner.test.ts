import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findOwner } from '../../../src/export/owner.js';
import type { ConversationAggregate, MessagesSummary, Participant } from '../../../src/export/messages/types.js';
import type { Profile } from '../../../src/export/records.js';

/** The ranking findOwner() used to sort in full: most conversations first, ties by key in code-unit order. */
function rankedBySort(summary: MessagesSummary): { key: string; name: string; conversations: number }[] {
  const counts = new Map<string, { key: string; name: string; conversations: number }>();
  for (const c of summary.conversations) {
    for (const p of c.participants.values()) {
      const entry = counts.get(p.key);
      if (entry === undefined) counts.set(p.key, { key: p.key, name: p.name, conversations: 1 });
      else {
        entry.conversations++;
        if (entry.name === '') entry.name = p.name;
      }
    }
  }
  return [...counts.values()].sort((a, b) => b.conversations - a.conversations || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const conversation = (people: Participant[]): ConversationAggregate => ({
  id: 'c',
  title: '',
  participants: new Map(people.map((p) => [p.key, p])),
  bySender: new Map(),
  maxRecipients: 1,
  last: null,
});

const profile = (firstName: string, lastName: string): Profile => ({ firstName, lastName, headline: '', summary: '', industry: '' }) as Profile;

// A few people, some under both a URL key and a `name:` key, some sharing a name, with few conversations each: ties are common.
const person = fc.constantFrom<Participant>(
  { key: 'in/ada-k', name: 'Ada Kowal' },
  { key: 'name:ada kowal', name: 'Ada Kowal' },
  { key: 'in/ada-k-2', name: 'Ada Kowal' },
  { key: 'in/bo-li', name: 'Bo Li' },
  { key: 'name:bo li', name: '' },
  { key: 'in/cy-ng', name: 'Cy Ng' },
  // The same person met without a name (a recipient whose TO did not split): their name is the first met.
  { key: 'in/cy-ng', name: '' },
  { key: 'name:cy ng', name: 'CY NG' },
  { key: 'in/ada-k', name: 'Ada K' },
  { key: 'name:dee', name: 'Dee' },
  { key: 'name:', name: '' },
  { key: 'in/nameless', name: '' },
);
const summaries = fc
  .array(fc.uniqueArray(person, { minLength: 1, maxLength: 6, selector: (p) => p.key }), { maxLength: 16 })
  .map((lists): MessagesSummary => ({ conversations: lists.map(conversation), rows: lists.length, skipped: {} }));

// Many people met once each beside the few above (a wide inbox), some conversations crowded: past the
// heavy-hitters count's 64 candidates, and past what it can vouch for.
const wideSummaries = fc
  .array(fc.tuple(fc.uniqueArray(person, { minLength: 1, maxLength: 3, selector: (p) => p.key }), fc.integer({ min: 0, max: 90 })), {
    maxLength: 120,
  })
  .map((lists): MessagesSummary => {
    let stranger = 0;
    const names = ['Ada Kowal', '', 'Zed Quill'];
    const withStrangers = lists.map(([people, strangers]) => [
      ...people,
      ...Array.from({ length: strangers % 9 === 0 ? strangers : strangers % 3 }, () => {
        stranger++;
        return { key: `in/stranger-${stranger}`, name: names[stranger % names.length]! };
      }),
    ]);
    return { conversations: withStrangers.map(conversation), rows: lists.length, skipped: {} };
  });

describe('findOwner', () => {
  it('takes, for each question, the first of the full ranking that fits (3,000 random message summaries)', () => {
    fc.assert(
      fc.property(
        fc.oneof(summaries, wideSummaries),
        fc.constantFrom(['Ada', 'Kowal'], ['Bo', 'Li'], ['Cy', 'Ng'], ['', ''], ['Eve', 'Noone']),
        (summary, [first, last]) => {
          const ranked = rankedBySort(summary);
          const owner = findOwner(profile(first!, last!), summary);
          const preferUrl = (p: { key: string; name: string }) =>
            p.key.startsWith('name:') ? (ranked.find((q) => !q.key.startsWith('name:') && q.name.toLowerCase() === p.key.slice(5))?.key ?? p.key) : p.key;
          const fullName = `${first} ${last}`.trim().toLowerCase();
          const named = fullName === '' ? undefined : ranked.find((p) => p.name.toLowerCase() === fullName);
          const top = ranked[0];
          const expected =
            named !== undefined
              ? { key: preferUrl(named), source: 'profile+messages' }
              : top !== undefined && top.conversations * 2 >= summary.conversations.length
                ? {
                    key: preferUrl(top),
                    source: 'messages',
                    firstName: first || (top.name.split(' ')[0] ?? ''),
                    lastName: last || top.name.split(' ').slice(1).join(' '),
                  }
                : { key: null, source: 'profile' };
          expect(owner).toMatchObject(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('prefers the profile URL key of the person Profile.csv names, over the name key rows without URLs give them', () => {
    const summary: MessagesSummary = {
      conversations: [
        conversation([
          { key: 'name:ada kowal', name: 'Ada Kowal' },
          { key: 'in/bo-li', name: 'Bo Li' },
        ]),
        conversation([
          { key: 'name:ada kowal', name: 'Ada Kowal' },
          { key: 'in/cy-ng', name: 'Cy Ng' },
        ]),
        conversation([
          { key: 'in/ada-k', name: 'Ada Kowal' },
          { key: 'in/cy-ng', name: 'Cy Ng' },
        ]),
      ],
      rows: 3,
      skipped: {},
    };
    expect(findOwner(profile('Ada', 'Kowal'), summary)).toEqual({ firstName: 'Ada', lastName: 'Kowal', key: 'in/ada-k', source: 'profile+messages' });
  });
});
