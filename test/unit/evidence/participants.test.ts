import { describe, expect, it } from 'vitest';
import { emptyAudit } from '../../../src/evidence/match-audit.js';
import { makeParticipantLookup } from '../../../src/evidence/participants.js';
import { indexPeople } from '../../../src/evidence/people-index.js';
import type { Participant } from '../../../src/export/messages/types.js';
import { ME, OWNER, makeConnection, who } from './make-export.js';

const priya = makeConnection('Priya', 'Shah');
const samA = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-1' });
const samB = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-2' });

/** A conversation's participants, as `ConversationAggregate.participants` gives them. */
const participantsOf = (...people: Participant[]) => new Map(people.map((p) => [p.key, p]));

function lookupOver(...conversations: Map<string, Participant>[]) {
  const counts = emptyAudit().messages;
  const lookUp = makeParticipantLookup(OWNER, indexPeople([priya, samA, samB]), counts);
  const met = conversations.map((participants) => new Map([...participants.keys()].map((key) => [key, lookUp(key, participants)])));
  return { counts, met };
}

describe('the participant lookup', () => {
  it('counts a stranger met in several conversations once, and knows them each time', () => {
    const robin = { key: 'in/robin-tallow', name: 'Robin Tallow' };
    const { counts, met } = lookupOver(participantsOf(ME, robin), participantsOf(robin, ME), participantsOf(ME, robin, who(priya)));
    expect(counts).toMatchObject({ records: 2, unmatched: 1, matched: { url: 1 } });
    expect(met.map((entries) => entries.get(robin.key))).toEqual(
      Array(3).fill([{ owner: false, index: null, by: null, name: 'robin tallow', candidates: [] }]),
    );
    expect(met.map((entries) => entries.get(ME.key)?.[0]?.owner)).toEqual([true, true, true]);
  });

  it('gives a stranger the name key of the name they go by in the conversation at hand', () => {
    const first = { key: 'in/robin-tallow', name: '' };
    const later = { key: 'in/robin-tallow', name: 'Robin Tallow, PhD' };
    const { counts, met } = lookupOver(participantsOf(ME, first), participantsOf(ME, later));
    expect(met.map((entries) => entries.get('in/robin-tallow')?.[0]?.name)).toEqual(['', 'robin tallow']);
    expect(counts.records).toBe(1);
  });

  it('splits a list of names every time it is met, and counts each listed person once', () => {
    const list = { key: 'name:robin tallow,priya shah,sam lee', name: 'Robin Tallow,Priya Shah,Sam Lee' };
    const { counts, met } = lookupOver(participantsOf(ME, list), participantsOf(list, ME));
    for (const entries of met) {
      expect(entries.get(list.key)?.map((e) => [e.index, e.name, e.candidates])).toEqual([
        [null, 'robin tallow', []],
        [0, '', []],
        [null, 'sam lee', [1, 2]],
      ]);
    }
    expect(counts).toMatchObject({ records: 3, unmatched: 1, ambiguous: 1, matched: { name: 1 } });
  });

  it('keeps a name shared by two connections ambiguous each time it is met', () => {
    const sam = { key: 'name:sam lee', name: 'Sam Lee' };
    const { counts, met } = lookupOver(participantsOf(sam, ME), participantsOf(ME, sam));
    expect(met.map((entries) => entries.get(sam.key)?.[0]?.candidates)).toEqual([
      [1, 2],
      [1, 2],
    ]);
    expect(counts).toMatchObject({ records: 1, ambiguous: 1 });
  });
});
