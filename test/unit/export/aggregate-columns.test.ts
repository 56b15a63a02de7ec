import { describe, expect, it } from 'vitest';
import { MessageAggregator, letGoOfConversationIds, snippet, type MessageRow } from '../../../src/export/messages/aggregate.js';
import { loadExport } from '../../../src/export/load.js';
import { fixture } from '../../helpers/exec.js';
import { bytesOf } from '../../../src/export/messages/bytes.js';
import { messageDate } from '../../../src/export/messages/message-date.js';

/** Names a participant can have, as the file writes them; every one invented. */
const ODD_NAMES = [
  '',
  ' ',
  'Ada "the" Quill',
  'Zoë Ørsted-Łukasz',
  '王小明',
  'Ахмед 🙂 Ünal',
  '\u202Eevil\u202C',
  'Bo, Lind; Jr.',
  `${'Très long '.repeat(300)}end`,
];

describe("the conversations' participants, stored in columns", () => {
  it('give back every name as it was met, across many blocks of names', () => {
    const aggregator = new MessageAggregator();
    const owner = { key: 'in/alex-kim', name: bytesOf('Alex Kim') };
    const expected: [string, string][][] = [];
    const row: MessageRow = { title: '', sender: owner, recipients: [], date: 0, content: '', contentEscaped: false };
    // Over 4,096 participations, so names come from sealed blocks and the one being filled.
    for (let c = 0; c < 3000; c++) {
      const name = `${ODD_NAMES[c % ODD_NAMES.length]}${c % 4 === 0 ? '' : c}`;
      const other = { key: `in/person-${c}`, name: bytesOf(name) };
      const conversation = aggregator.open(`conversation-${c}`);
      // The other person twice, under two names: the first one met is the one kept.
      for (const [sender, recipient] of [
        [owner, other],
        [other, owner],
        [{ ...other, name: bytesOf('Renamed') }, owner],
      ] as const) {
        row.sender = sender;
        row.recipients = [recipient];
        row.date = messageDate('2024-01-02 10:00:00 UTC')!;
        aggregator.add(conversation, row);
      }
      expected.push([
        ['in/alex-kim', 'Alex Kim'],
        [`in/person-${c}`, name],
      ]);
    }
    const read = [...aggregator.summary().conversations].map((c) => [...c.participants.values()].map((p) => [p.key, p.name]));
    expect(read).toEqual(expected);
  });

  it("keeps each conversation's latest message as its snippet, rows in any order", () => {
    const aggregator = new MessageAggregator();
    const owner = { key: 'in/alex-kim', name: bytesOf('Alex Kim') };
    const row: MessageRow = { title: '', sender: owner, recipients: [], date: 0, content: '', contentEscaped: false };
    const texts = ['', 'Coffee?', '<p>Salut Zoë &amp; Ørsted</p>', '王小明 🙂', `${'Très long '.repeat(100)}end`];
    const latest: string[] = [];
    // Conversations' rows interleaved, each later row the latest: snippets are set out of order.
    for (let round = 0; round < 3; round++) {
      for (let c = 0; c < 5000; c++) {
        const content = `${texts[(c + round) % texts.length]}${round === 2 && c % 2 === 0 ? '' : ` ${c}`}`;
        row.recipients = [{ key: `in/person-${c}`, name: bytesOf('Someone') }];
        row.date = messageDate(`2024-01-0${round + 1} 10:00:00 UTC`)!;
        row.content = bytesOf(content);
        aggregator.add(aggregator.open(`conversation-${c}`), row);
        latest[c] = snippet(content);
      }
    }
    expect([...aggregator.summary().conversations].map((c) => c.last?.snippet)).toEqual(latest);
  });
});

describe("the conversations' ids", () => {
  it('are read back by readExport, each as the file writes it', async () => {
    const exp = await loadExport(fixture('demo'));
    const ids = [...(exp.messages?.conversations ?? [])].map((c) => c.id);
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => /^2-[A-Za-z0-9+/=_-]+$/.test(id))).toBe(true);
  });

  it('can be let go once the file is folded, the rest of each conversation still there', () => {
    const aggregator = new MessageAggregator();
    const owner = { key: 'in/alex-kim', name: bytesOf('Alex Kim') };
    const row: MessageRow = {
      title: '',
      sender: owner,
      recipients: [],
      date: messageDate('2024-01-02 10:00:00 UTC')!,
      content: bytesOf('Hi'),
      contentEscaped: false,
    };
    for (let c = 0; c < 3; c++) {
      row.recipients = [{ key: `in/person-${c}`, name: bytesOf(`Person ${c}`) }];
      aggregator.add(aggregator.open(bytesOf(`2-conversation-${c}`)), row);
    }
    const summary = aggregator.summary();
    expect([...summary.conversations].map((c) => c.id)).toEqual(['2-conversation-0', '2-conversation-1', '2-conversation-2']);
    letGoOfConversationIds(summary);
    const [first] = summary.conversations;
    expect(() => first?.id).toThrow(/let go/);
    expect(summary.conversations.length).toBe(3);
    expect([...summary.conversations].map((c) => [...c.participants.keys()])).toEqual([0, 1, 2].map((c) => ['in/alex-kim', `in/person-${c}`]));
    expect(first?.last).toEqual({ date: '2024-01-02T10:00:00Z', senderKey: 'in/alex-kim', snippet: 'Hi' });
  });
});

describe("a conversation's latest message", () => {
  it('is the first row met with the latest date, whoever sent the rows and in whatever order', () => {
    const aggregator = new MessageAggregator();
    const people = ['in/alex-kim', 'in/bo-li', 'in/cy-ng'].map((key) => ({ key, name: bytesOf(key) }));
    const row: MessageRow = { title: '', sender: people[0]!, recipients: [], date: 0, content: '', contentEscaped: false };
    const expected: { date: string; senderKey: string; snippet: string }[] = [];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let c = 0; c < 300; c++) {
      let best: { day: number; sender: string; text: string } | null = null;
      for (let r = 0; r < 1 + next(6); r++) {
        const day = 1 + next(9);
        const sender = people[next(3)]!;
        const text = `c${c} r${r}`;
        row.sender = sender;
        row.recipients = people.filter((p) => p !== sender);
        row.date = messageDate(`2024-01-0${day} 10:00:00 UTC`)!;
        row.content = bytesOf(text);
        aggregator.add(aggregator.open(bytesOf(`conversation-${c}`)), row);
        if (best === null || day > best.day) best = { day, sender: sender.key, text };
      }
      expected.push({ date: `2024-01-0${best!.day}T10:00:00Z`, senderKey: best!.sender, snippet: best!.text });
    }
    expect([...aggregator.summary().conversations].map((c) => c.last)).toEqual(expected);
  });
});
