import { describe, expect, it } from 'vitest';
import { buildEvidence, buildEvidenceWithAudit } from '../../../src/evidence/build.js';
import { ME, OWNER, conversation, jan, makeConnection, makeExport, summary, who } from './make-export.js';

const TODAY = '2024-06-01';
const priya = makeConnection('Priya', 'Shah');
const omar = makeConnection('Omar', 'Haddad');
const dana = makeConnection('Dana', 'Ng');

function messagesOf(...conversations: ReturnType<typeof conversation>[]) {
  const exp = makeExport({ connections: [priya, omar, dana], messages: summary(...conversations) });
  return buildEvidence(exp, TODAY).map((e) => e.messages);
}

describe('1:1 messages', () => {
  it('counts a two-way conversation from both sides', () => {
    const [p] = messagesOf(
      conversation('c1', [
        { from: ME, to: [who(priya)], date: jan(2), text: 'Coffee?' },
        { from: who(priya), to: [ME], date: jan(3), text: 'Sure, Thursday' },
        { from: ME, to: [who(priya)], date: jan(4), text: 'See you then' },
      ]),
    );
    expect(p).toEqual({
      sent: 2,
      received: 1,
      twoWay: true,
      conversations: 1,
      groupConversations: 0,
      groupMessages: 0,
      first: jan(2),
      last: jan(4),
      lastMessage: { date: jan(4), from: 'owner', snippet: 'See you then' },
    });
  });

  it('is one-way when only the contact wrote', () => {
    const [, o] = messagesOf(conversation('c1', [{ from: who(omar), to: [ME], date: jan(5), text: 'Hi Alex' }]));
    expect(o).toMatchObject({ sent: 0, received: 1, twoWay: false, conversations: 1 });
    expect(o?.lastMessage).toEqual({ date: jan(5), from: 'contact', snippet: 'Hi Alex' });
  });

  it('is one-way when only the owner wrote', () => {
    const [, , d] = messagesOf(conversation('c1', [{ from: ME, to: [who(dana)], date: jan(6) }]));
    expect(d).toMatchObject({ sent: 1, received: 0, twoWay: false, conversations: 1, first: jan(6), last: jan(6) });
  });

  it('adds up several conversations and keeps the latest message', () => {
    const [p] = messagesOf(
      conversation('c1', [{ from: ME, to: [who(priya)], date: jan(10), text: 'later' }]),
      conversation('c2', [{ from: who(priya), to: [ME], date: jan(1), text: 'earlier' }]),
    );
    // One unanswered note each way, in separate threads, is not a conversation.
    expect(p).toMatchObject({ sent: 1, received: 1, twoWay: false, conversations: 2, first: jan(1), last: jan(10) });
    expect(p?.lastMessage?.snippet).toBe('later');
  });

  it('is two-way when both wrote in the same conversation', () => {
    const [p] = messagesOf(
      conversation('c1', [
        { from: ME, to: [who(priya)], date: jan(10) },
        { from: who(priya), to: [ME], date: jan(11) },
      ]),
      conversation('c2', [{ from: who(priya), to: [ME], date: jan(1) }]),
    );
    expect(p).toMatchObject({ sent: 1, received: 2, twoWay: true, conversations: 2 });
  });

  it('gives nothing when there is no messages file', () => {
    const [p] = buildEvidence(makeExport({ connections: [priya] }), TODAY);
    expect(p?.messages).toMatchObject({ sent: 0, received: 0, twoWay: false, conversations: 0, lastMessage: null });
  });
});

describe('group conversations', () => {
  it("counts a conversation with several others apart, with each one's own messages", () => {
    const [p, o, d] = messagesOf(
      conversation('g1', [
        { from: ME, to: [who(priya), who(omar)], date: jan(2) },
        { from: who(priya), to: [ME, who(omar)], date: jan(3) },
        { from: who(priya), to: [ME, who(omar)], date: jan(4) },
      ]),
    );
    expect(p).toMatchObject({ sent: 0, received: 0, conversations: 0, groupConversations: 1, groupMessages: 2 });
    expect(o).toMatchObject({ sent: 0, received: 0, conversations: 0, groupConversations: 1, groupMessages: 0 });
    expect(d?.groupConversations).toBe(0);
  });

  it('counts a titled conversation with one other person as 1:1: the title is an InMail or Sales Navigator subject', () => {
    const [p] = messagesOf(
      conversation(
        'inmail',
        [
          { from: who(priya), to: [ME], date: jan(2) },
          { from: ME, to: [who(priya)], date: jan(3) },
        ],
        'Project sync',
      ),
    );
    expect(p).toMatchObject({ sent: 1, received: 1, twoWay: true, conversations: 1, groupConversations: 0, groupMessages: 0 });
  });
});

describe('matching participants', () => {
  it('falls back to the name for participants without a URL, and says so', () => {
    const exp = makeExport({
      connections: [priya, omar],
      messages: summary(conversation('c1', [{ from: who(priya, true), to: [ME], date: jan(2) }])),
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence[0]?.messages.received).toBe(1);
    expect(evidence[0]?.matchedBy).toEqual({ messages: 'name' });
    expect(audit.messages).toMatchObject({ records: 1, matched: { name: 1, url: 0 }, ambiguous: 0 });
  });

  it('does not join a name shared by two connections', () => {
    const samA = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-1' });
    const samB = makeConnection('Sam', 'Lee', { key: 'in/sam-lee-2' });
    const exp = makeExport({
      connections: [samA, samB],
      messages: summary(conversation('c1', [{ from: { key: 'name:sam lee', name: 'Sam Lee' }, to: [ME], date: jan(2) }])),
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence.map((e) => e.messages.received)).toEqual([0, 0]);
    expect(audit.messages).toMatchObject({ records: 1, ambiguous: 1 });
  });

  it('joins a name with credentials after a comma to the connection of that name', () => {
    const kim = makeConnection('Kim', 'Park, PhD', { key: null, url: null });
    const exp = makeExport({
      connections: [kim],
      messages: summary(conversation('c1', [{ from: { key: 'name:kim park', name: 'Kim Park' }, to: [ME], date: jan(2) }])),
    });
    expect(buildEvidence(exp, TODAY)[0]?.messages.received).toBe(1);
  });

  it('keeps one person who appears both by URL and by name in one conversation as 1:1', () => {
    const [p] = messagesOf(
      conversation('c1', [
        { from: ME, to: [who(priya, true)], date: jan(2) },
        { from: who(priya), to: [ME], date: jan(3) },
      ]),
    );
    expect(p).toMatchObject({ sent: 1, received: 1, twoWay: true, conversations: 1, groupConversations: 0 });
  });

  it("treats the owner's name-key as the owner", () => {
    const [p] = messagesOf(
      conversation('c1', [
        { from: { key: 'name:alex kim', name: 'Alex Kim' }, to: [who(priya)], date: jan(2) },
        { from: ME, to: [who(priya)], date: jan(3) },
      ]),
    );
    expect(p).toMatchObject({ sent: 2, received: 0, conversations: 1, groupConversations: 0 });
  });

  it('finds the owner by name when their key is unknown', () => {
    const exp = makeExport({
      owner: { ...OWNER, key: null, source: 'profile' },
      connections: [priya],
      messages: summary(
        conversation('c1', [
          { from: { key: 'in/alex-kim-42', name: 'Alex Kim' }, to: [who(priya)], date: jan(2) },
          { from: who(priya), to: [{ key: 'name:alex kim', name: 'Alex Kim' }], date: jan(3) },
        ]),
      ),
    });
    expect(buildEvidence(exp, TODAY)[0]?.messages).toMatchObject({ sent: 1, received: 1, twoWay: true, conversations: 1 });
  });

  it('does not take a namesake with another profile key for the owner', () => {
    const namesake = { key: 'in/alex-kim-other', name: 'Alex Kim' };
    const [p] = messagesOf(conversation('c1', [{ from: namesake, to: [ME, who(priya)], date: jan(2) }]));
    expect(p).toMatchObject({ sent: 0, groupConversations: 1 });
  });

  it('reads a TO field listing several names (no recipient URLs) as a group of those people', () => {
    const list = { key: 'name:priya shah,omar haddad', name: 'Priya Shah,Omar Haddad' };
    const [p, o] = messagesOf(conversation('g', [{ from: ME, to: [list], date: jan(2) }]));
    expect(p).toMatchObject({ sent: 0, conversations: 0, groupConversations: 1, groupMessages: 0 });
    expect(o).toMatchObject({ sent: 0, conversations: 0, groupConversations: 1 });
  });

  it('finds the owner inside such a list', () => {
    const list = { key: 'name:alex kim,dana ng', name: 'Alex Kim,Dana Ng' };
    const [p, , d] = messagesOf(conversation('g', [{ from: who(priya), to: [list], date: jan(2) }]));
    expect(p).toMatchObject({ received: 0, groupConversations: 1, groupMessages: 1 });
    expect(d).toMatchObject({ groupConversations: 1, groupMessages: 0 });
  });

  it('takes a name: owner key (`--me "Alex Kim"`) with no profile name', () => {
    const exp = makeExport({
      owner: { firstName: '', lastName: '', key: 'name:alex kim', source: 'flag' },
      connections: [priya],
      messages: summary(conversation('c1', [{ from: { key: 'name:alex kim', name: 'Alex Kim' }, to: [who(priya)], date: jan(2) }])),
    });
    expect(buildEvidence(exp, TODAY)[0]?.messages).toMatchObject({ sent: 1, conversations: 1 });
  });

  it('counts each participant once in the audit, however many conversations', () => {
    const exp = makeExport({
      connections: [priya],
      messages: summary(
        conversation('c1', [{ from: who(priya), to: [ME], date: jan(2) }]),
        conversation('c2', [{ from: ME, to: [who(priya)], date: jan(3) }]),
        conversation('c3', [{ from: { key: 'in/recruiter-x', name: 'Robin Tallow' }, to: [ME], date: jan(4) }]),
      ),
    });
    const { audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(audit.messages).toEqual({
      records: 2,
      matched: { url: 1, email: 0, 'name+company': 0, 'name+position': 0, 'name+date': 0, name: 0 },
      ambiguous: 0,
      unmatched: 1,
    });
  });
});

describe('a wide inbox of strangers', () => {
  it('still joins and counts by name once more names were looked up than the name memo keeps', () => {
    // Past 100,000 distinct names the memo of name keys starts over (people-index.ts); the joins must not notice.
    const strangers = Array.from({ length: 100_050 }, (_, i) =>
      conversation(`s${i}`, [{ from: { key: `name:stranger ${i}`, name: `Stranger ${i}` }, to: [ME], date: jan(1) }]),
    );
    const exp = makeExport({
      connections: [priya, omar],
      messages: summary(
        conversation('c1', [{ from: { key: 'name:priya shah', name: 'Priya Shah' }, to: [ME], date: jan(2) }]),
        ...strangers,
        conversation('c2', [{ from: { key: 'name:omar haddad', name: 'Omar Haddad' }, to: [ME], date: jan(3) }]),
        conversation('c3', [{ from: { key: 'name:priya shah', name: 'Priya Shah' }, to: [ME], date: jan(4) }]),
      ),
    });
    const { evidence, audit } = buildEvidenceWithAudit(exp, TODAY);
    expect(evidence.map((e) => e.messages.received)).toEqual([2, 1]);
    expect(audit.messages).toMatchObject({ records: 100_052, matched: { name: 2 }, unmatched: 100_050 });
  });
});
