import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { readMessages } from '../../../src/export/messages/read-messages.js';
import { findMessageColumns } from '../../../src/export/messages/columns.js';
import { noiseReason } from '../../../src/export/messages/noise.js';
import { snippet } from '../../../src/export/messages/aggregate.js';
import { parseDateTime } from '../../../src/export/dates.js';
import { profileKey } from '../../../src/export/url.js';
import { bytesOf } from '../../../src/export/messages/bytes.js';
import type { ExportFile } from '../../../src/export/types.js';
import type { MessagesSummary, SenderStats } from '../../../src/export/messages/types.js';
import { RecordScanner } from '../../../src/export/messages/record-scanner.js';
import type { MessageScan } from '../../../src/export/messages/scan-messages.js';
import { english } from '../../helpers/english.js';

/**
 * The streaming path (byte chunks → byte strings → CsvScanner with a column filter → cached keys →
 * MessageAggregator) against a straightforward one: csv-parse on the whole decoded text, then every
 * row taken at face value, as the format notes describe it (docs/linkedin-export.md §4).
 */

interface Conversation {
  id: string;
  title: string;
  participants: [string, string][];
  bySender: [string, { count: number; first: string; last: string }][];
  maxRecipients: number;
  last: { date: string; senderKey: string; snippet: string } | null;
}

function reference(text: string): { conversations: Conversation[]; rows: number; skipped: Record<string, number> } {
  const [header = [], ...records] = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
  const c = findMessageColumns(header.map((h) => h.trim()));
  if (c === null) throw new Error('no header');
  const conversations = new Map<string, Conversation>();
  const skipped: Record<string, number> = {};
  let rows = 0;
  const person = (name: string, url: string) => ({ key: profileKey(url) ?? `name:${name.toLowerCase()}`, name });
  for (const fields of records) {
    const get = (i: number) => (i < 0 ? '' : (fields[i] ?? '').trim());
    // noiseReason takes the fields as messages.csv's bytes.
    const reason = noiseReason({
      from: bytesOf(get(c.from)),
      senderUrl: bytesOf(get(c.senderUrl)),
      hasSenderUrlColumn: c.senderUrl >= 0,
      conversationId: bytesOf(get(c.conversationId)),
      subject: bytesOf(get(c.subject)),
      content: bytesOf(get(c.content)),
      folder: bytesOf(get(c.folder)),
      draft: bytesOf(get(c.draft)),
    });
    const date = reason === null ? parseDateTime(get(c.date)) : null;
    if (reason !== null || date === null) {
      const why = reason ?? 'unreadable date';
      skipped[why] = (skipped[why] ?? 0) + 1;
      continue;
    }
    rows++;
    const sender = person(get(c.from), get(c.senderUrl));
    const to = get(c.to);
    const urls = get(c.recipientUrls)
      .split(/[,;]/)
      .map((u) => u.trim())
      .filter((u) => u !== '');
    const names = to.split(',');
    const recipients =
      get(c.recipientUrls) !== ''
        ? urls.map((u, i) => person(urls.length === names.length ? (names[i] ?? '').trim() : '', u)).filter((p) => p.key !== 'name:')
        : to === ''
          ? []
          : [person(to, '')];
    const outgoing = get(c.direction).toUpperCase() === 'OUTGOING';
    const id = get(c.conversationId) || `with:${outgoing ? (recipients[0]?.key ?? '') : sender.key}`;

    let conversation = conversations.get(id);
    if (conversation === undefined) {
      conversation = { id, title: '', participants: [], bySender: [], maxRecipients: 0, last: null };
      conversations.set(id, conversation);
    }
    if (conversation.title === '') conversation.title = get(c.title);
    for (const p of [sender, ...recipients]) {
      if (!conversation.participants.some(([key]) => key === p.key)) conversation.participants.push([p.key, p.name]);
    }
    conversation.maxRecipients = Math.max(conversation.maxRecipients, recipients.length);
    const stats = conversation.bySender.find(([key]) => key === sender.key)?.[1];
    if (stats === undefined) conversation.bySender.push([sender.key, { count: 1, first: date, last: date }]);
    else Object.assign(stats, { count: stats.count + 1, first: date < stats.first ? date : stats.first, last: date > stats.last ? date : stats.last });
    if (conversation.last === null || date > conversation.last.date) {
      conversation.last = { date, senderKey: sender.key, snippet: snippet(get(c.content)) };
    }
  }
  const sorted = [...conversations.values()].map((c) => ({ ...c, bySender: [...c.bySender].sort(byKey) }));
  return { conversations: sorted, rows, skipped };
}

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

function plain(summary: MessagesSummary) {
  return {
    conversations: [...summary.conversations].map((c) => ({
      id: c.id,
      title: c.title,
      participants: [...c.participants].map(([key, p]) => [key, p.name]),
      // Which keys sent, and how much: the Map's order is not part of it.
      bySender: [...c.bySender].map(([key, s]): [string, SenderStats] => [key, { ...s }]).sort(byKey),
      maxRecipients: c.maxRecipients,
      last: c.last && { ...c.last },
    })),
    rows: summary.rows,
    skipped: summary.skipped,
  };
}

/** messages.csv handed over in the given byte chunks, cut anywhere, even inside a UTF-8 character. */
function fileOf(bytes: Uint8Array, cuts: number[]): ExportFile {
  const points = [...new Set(cuts.map((f) => Math.floor(f * bytes.length)))].sort((a, b) => a - b);
  return {
    kind: 'messages',
    name: 'messages.csv',
    size: bytes.length,
    read: () => Promise.resolve(bytes),
    async *stream() {
      let from = 0;
      for (const p of [...points, bytes.length]) {
        if (p > from) yield bytes.subarray(from, p);
        from = Math.max(from, p);
      }
    },
  };
}

// ---------------------------------------------------------------- a tricky messages.csv
const HEADERS = {
  '2018': ['From', 'To', 'Date', 'Subject', 'Content', 'Direction', 'Folder'],
  '2021': ['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER'],
  '2024': [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
    'IS MESSAGE DRAFT',
    'IS CONVERSATION DRAFT',
  ],
  '2026': [
    'CONVERSATION ID',
    'CONVERSATION TITLE',
    'FROM',
    'SENDER PROFILE URL',
    'TO',
    'RECIPIENT PROFILE URLS',
    'DATE',
    'SUBJECT',
    'CONTENT',
    'FOLDER',
    'ATTACHMENTS',
  ],
};

const PEOPLE = [
  { name: 'Alex Kim', slug: 'alex-kim' },
  { name: 'Sam Lee', slug: 'sam-lee-123456789' },
  { name: 'Kim Park, PhD', slug: 'kim-park-phd' },
  { name: 'José García', slug: 'josé-garcía-123456789' },
  { name: ' Zoë Ng ', slug: 'zoë-ng' },
  { name: 'LinkedIn Member', slug: '' },
  { name: 'Jobs from LinkedIn', slug: '' },
  // White space past ASCII around a name, and a name ending in à (C3 A0: A0 alone is a no-break space in Latin-1).
  { name: '\u2003Chloé Martin\u00a0', slug: 'chloé-martin' },
  { name: 'Nicolà Rossi', slug: 'nicolà-rossi' },
  { name: 'Jobs från LinkedIn', slug: '' },
];
const URL_SHAPES = [
  (slug: string) => `https://www.linkedin.com/in/${slug}`,
  (slug: string) => `https://www.linkedin.com/in/${encodeURIComponent(slug)}`,
  (slug: string) => `https://fr.linkedin.com/in/${slug.toUpperCase()}/?trk=x`,
  (slug: string) => ` www.linkedin.com/in/${slug} `,
  () => 'urn:li:member:123',
  () => '',
];
const DATE_SHAPES = [
  (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`,
  (ms: number) => `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ').replaceAll('-', '/')} UTC`,
  (ms: number) => new Date(ms).toISOString().slice(0, 19),
  (ms: number) => {
    const d = new Date(ms);
    const h = d.getUTCHours() % 12 || 12;
    return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear() % 100).padStart(2, '0')}, ${h}:${String(d.getUTCMinutes()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
  },
  () => '2024-02-30 10:00:00 UTC',
  () => 'yesterday',
];
const CONTENT = [
  'Hi',
  ' ',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  'Zoë',
  '😀',
  'à',
  '\u3000',
  'é'.repeat(300),
  '😀'.repeat(170),
  '<b>é</b>'.repeat(100),
  '"x'.repeat(400),
  '<span class="long-class-name">"</span>'.repeat(60),
  '<p>',
  '</p>',
  '&nbsp;',
  '&amp;',
  'x'.repeat(200),
  '%FIRSTNAME%',
  '<p class="spinmail-quill-editor__spin-break">',
];

// Mostly a few people and the plain URL shape, so that rows of one conversation often look alike.
const often = (few: number, all: number) => fc.oneof({ arbitrary: fc.nat(few), weight: 4 }, { arbitrary: fc.nat(all - 1), weight: 1 });
const url = fc.tuple(often(2, PEOPLE.length), often(0, URL_SHAPES.length)).map(([p, shape]) => ({ ...PEOPLE[p]!, url: URL_SHAPES[shape]!(PEOPLE[p]!.slug) }));
const row = fc.record({
  conversation: fc.constantFrom('2-ZmFrZUlkMQ==', '2-ZmFrZUlkMQ==', '2-ZmFrZUlkMg==', ' 2-ZmFrZUlkMw== ', '', '2-Zoë'),
  title: fc.constantFrom('', '', 'Project sync', ' Alumni, "2012" ', 'Café à Noël\u3000'),
  from: url,
  to: fc.array(url, { maxLength: 3 }),
  urlSeparator: fc.constantFrom(',', ';', ', '),
  date: fc.tuple(fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2026, 11, 31) }), fc.nat(DATE_SHAPES.length - 1)),
  subject: fc.constantFrom('', '', 'Quick, "question"'),
  content: fc.array(fc.constantFrom(...CONTENT), { maxLength: 8 }).map((parts) => parts.join('')),
  folder: fc.constantFrom('INBOX', 'INBOX', 'ARCHIVE', 'SPAM', '', ' inbox '),
  direction: fc.constantFrom('INCOMING', 'OUTGOING'),
  draft: fc.constantFrom('No', 'No', 'Yes', ''),
  attachment: fc.constantFrom('', 'https://www.linkedin.com/dms/prv/vid/v2/abc,def'),
  // Often the previous row's conversation and people, with at most one of FROM, SENDER PROFILE URL, TO
  // and RECIPIENT PROFILE URLS drawn anew: rows that look alike but are not.
  likePrevious: fc.boolean(),
  vary: fc.constantFrom('nothing', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS'),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

const file = fc.record({
  era: fc.constantFrom<keyof typeof HEADERS>('2018', '2021', '2024', '2026'),
  rows: fc.array(row, { maxLength: 40 }),
  eol: fc.constantFrom('\n', '\r\n'),
  bom: fc.boolean(),
  finalEol: fc.boolean(),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 30 }),
});

function write({ era, rows, eol, bom, finalEol }: { era: keyof typeof HEADERS; rows: Row[]; eol: string; bom: boolean; finalEol: boolean }): string {
  const quoteAll = era === '2026';
  const cell = (v: string) => (quoteAll || /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  const lines = [HEADERS[era].map(cell).join(',')];
  let previous: Record<string, string> | undefined;
  for (const r of rows) {
    const values: Record<string, string> = {
      'CONVERSATION ID': r.conversation,
      'CONVERSATION TITLE': r.title,
      FROM: r.from.name,
      'SENDER PROFILE URL': r.from.url,
      TO: r.to.map((p) => p.name).join(','),
      'RECIPIENT PROFILE URLS': r.to.map((p) => p.url).join(r.urlSeparator),
      DATE: DATE_SHAPES[r.date[1]]!(r.date[0]),
      SUBJECT: r.subject,
      CONTENT: r.content,
      FOLDER: r.folder,
      DIRECTION: r.direction,
      'IS MESSAGE DRAFT': r.draft,
      'IS CONVERSATION DRAFT': 'No',
      ATTACHMENTS: r.attachment,
    };
    if (r.likePrevious && previous !== undefined) {
      for (const name of ['CONVERSATION ID', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS']) {
        if (name !== r.vary) values[name] = previous[name]!;
      }
    }
    previous = values;
    lines.push(HEADERS[era].map((name) => cell(values[name.toUpperCase()] ?? '')).join(','));
  }
  return (bom ? '\uFEFF' : '') + lines.join(eol) + (finalEol ? eol : '');
}

describe('readMessages', () => {
  it('gives the same per-conversation aggregates as csv-parse and a row-by-row reading, for every era, cut into random byte chunks', async () => {
    await fc.assert(
      fc.asyncProperty(file, async (f) => {
        const text = write(f);
        const bytes = new TextEncoder().encode(text);
        const expected = reference(text);
        for (const cuts of [f.cuts, []]) {
          const { summary, report } = await readMessages(fileOf(bytes, cuts));
          expect(plain(summary)).toEqual(expected);
          expect(report).toMatchObject({ rows: expected.rows, skipped: expected.skipped });
        }
        // Every row that changes conversation looked up by its kind, in the usual pages and in pages so small that the kinds start over.
        for (const kinds of [{ after: 0 }, { after: 0, maxPages: 2, pageBytes: 96 }]) {
          const { summary } = await readMessages(fileOf(bytes, f.cuts), undefined, undefined, undefined, kinds);
          expect(plain(summary)).toEqual(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("keeps the first of the latest rows as a conversation's last message, also when its rows come back after another conversation's", async () => {
    const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
    const line = (id: string, from: string, to: string, date: string, content: string) =>
      `${id},,${from},https://www.linkedin.com/in/${from.toLowerCase()},${to},https://www.linkedin.com/in/${to.toLowerCase()},${date} UTC,,"${content}",INBOX`;
    const text = [
      header,
      line('2-A', 'Ann', 'Bob', '2024-01-02 10:00:00', 'first in A'),
      line('2-A', 'Bob', 'Ann', '2024-01-03 10:00:00', 'latest in A, <b>first</b> of two'),
      line('2-A', 'Ann', 'Bob', '2024-01-03 10:00:00', 'same date, second'),
      line('2-B', 'Cy', 'Ann', '2024-01-05 10:00:00', 'in B'),
      line('2-A', 'Ann', 'Bob', '2023-12-31 10:00:00', 'A again, but earlier'),
      line('2-B', 'Ann', 'Cy', '2024-01-06 10:00:00', `B again, ""later"" ${'x'.repeat(700)}`),
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    for (const cuts of [[], [0.3, 0.31, 0.9]]) {
      const { summary } = await readMessages(fileOf(bytes, cuts));
      expect(plain(summary)).toEqual(reference(text));
      expect([...summary.conversations].map((c) => c.last?.snippet.slice(0, 26))).toEqual(['latest in A, first of two', 'B again, "later" xxxxxxxxx']);
    }
  });

  it('gives the same aggregates when rows are looked up by their kind, in any order, whatever the kinds kept', async () => {
    const rows = fc.sample(row, { numRuns: 3000, seed: 7 });
    const text = write({ era: '2026', rows, eol: '\n', bom: false, finalEol: true });
    const bytes = new TextEncoder().encode(text);
    const expected = reference(text);
    for (const kinds of [{}, { after: 0 }, { after: 10 }, { after: 0, maxPages: 1, pageBytes: 4096 }, { after: 0, maxPages: 3, pageBytes: 200 }]) {
      const { summary } = await readMessages(fileOf(bytes, [0.25, 0.5]), undefined, undefined, undefined, kinds);
      expect(plain(summary)).toEqual(expected);
    }
  });

  it('tells kinds of row apart whose bytes differ only in quoting, doubled quotes or where a field ends', async () => {
    const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
    const kim = (to: string, day: number) => `2-A,,Kim,https://www.linkedin.com/in/kim,${to},2024-01-0${day} 10:00:00 UTC,,hi ${day},INBOX`;
    const bo = (day: number) => `2-B,,Bo,https://www.linkedin.com/in/bo,Ann,,2024-01-0${day} 10:00:00 UTC,,hi ${day},INBOX`;
    // With no recipient URL, TO is the recipient's name and key: each row of 2-A names someone else.
    const text = [header, kim('Ann ""A"",', 1), bo(2), kim('"Ann ""A""",', 3), bo(4), kim('Ann,', 5), bo(6), kim('An,n', 7), bo(8), kim('Ann,', 9)].join('\n');
    const bytes = new TextEncoder().encode(text);
    const byKind = await readMessages(fileOf(bytes, []), undefined, undefined, undefined, { after: 0 });
    const asRead = await readMessages(fileOf(bytes, []));
    expect(plain(byKind.summary)).toEqual(plain(asRead.summary));
    const keys = [...[...byKind.summary.conversations][0]!.participants.keys()];
    expect(keys.slice(0, 4)).toEqual(['in/kim', 'name:ann ""a""', 'name:ann "a"', 'name:ann']);
    expect(keys).toHaveLength(5);
    expect([...byKind.summary.conversations][0]!.bySender.get('in/kim')?.count).toBe(5);
  });

  it('tells kinds of row apart that hold the same values in other fields or other conversations', async () => {
    const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
    const url = (name: string) => `https://www.linkedin.com/in/${name.toLowerCase()}`;
    const line = (id: string, from: string, to: string, day: number) =>
      `${id},,${from},${url(from)},${to},${url(to)},2024-01-0${day} 10:00:00 UTC,,hi ${day},INBOX`;
    // Every row changes conversation, so every row is looked up by its kind; Ann and Bob swap FROM and TO, in 2-A and in 2-B.
    const text = [
      header,
      line('2-A', 'Ann', 'Bob', 1),
      line('2-B', 'Bob', 'Ann', 2),
      line('2-A', 'Bob', 'Ann', 3),
      line('2-B', 'Ann', 'Bob', 4),
      line('2-A', 'Bob', 'Ann', 5),
      line('2-B', 'Bob', 'Ann', 6),
      line('2-A', 'Ann', 'Bob', 7),
    ].join('\n');
    const bytes = new TextEncoder().encode(text);
    const asRead = plain((await readMessages(fileOf(bytes, []))).summary);
    for (const kinds of [{ after: 0 }, { after: 0, maxPages: 1, pageBytes: 160 }]) {
      const { summary } = await readMessages(fileOf(bytes, []), undefined, undefined, undefined, kinds);
      expect(plain(summary)).toEqual(asRead);
      const [a, b] = [...summary.conversations];
      expect([a!.bySender.get('in/ann')?.count, a!.bySender.get('in/bob')?.count, b!.bySender.get('in/ann')?.count, b!.bySender.get('in/bob')?.count]).toEqual([
        2, 2, 1, 2,
      ]);
    }
  });

  it('gives the same aggregates on a larger file read in chunks of 7 bytes to 1 MiB', async () => {
    const rows = fc.sample(row, { numRuns: 5000, seed: 42 });
    for (const era of ['2021', '2026'] as const) {
      const text = write({ era, rows, eol: '\n', bom: false, finalEol: false });
      const bytes = new TextEncoder().encode(text);
      const expected = reference(text);
      expect(expected.rows).toBeGreaterThan(1000);
      for (const size of [7, 4096, 65536, 1 << 20]) {
        const cuts = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => (i * size) / bytes.length);
        const { summary } = await readMessages(fileOf(bytes, cuts));
        expect(plain(summary)).toEqual(expected);
      }
    }
    // Eight readings of 5,000 rows, one in chunks of 7 bytes: seconds alone, more on a loaded machine. A hang guard, not a speed test.
  }, 120_000);
});

describe('readMessages on wide files', () => {
  const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
  const person = (i: number) => ({ name: `Person ${i}`, url: `https://www.linkedin.com/in/person-${i}` });
  const line = (id: string, title: string, from: number, to: number[], day: number, content: string) =>
    [
      id,
      title,
      person(from).name,
      person(from).url,
      `"${to.map((t) => person(t).name).join(',')}"`,
      `"${to.map((t) => person(t).url).join(',')}"`,
      `2024-01-${String(1 + (day % 28)).padStart(2, '0')} ${String(day % 24).padStart(2, '0')}:00:00 UTC`,
      '',
      content,
      'INBOX',
    ].join(',');

  it('keeps every participant and count of a 40-person group chat whose rows come in any order, as a row-by-row reading does', async () => {
    const everyone = Array.from({ length: 40 }, (_, i) => i);
    const rows = Array.from({ length: 400 }, (_, r) => {
      const from = (r * 7) % 40;
      const to = everyone.filter((i) => i !== from && (i + r) % 3 !== 0);
      // Two group chats and 1:1 conversations between them, interleaved.
      const id = r % 5 === 0 ? `2-ONE${r % 4}` : r % 2 ? '2-GROUP-A' : '2-GROUP-B';
      return line(id, r % 2 ? 'Team A' : '', from, r % 5 === 0 ? [(from + 1) % 40] : to, r, `message ${r}`);
    });
    const text = [header, ...rows].join('\n');
    const { summary } = await readMessages(fileOf(new TextEncoder().encode(text), [0.3]));
    expect(plain(summary)).toEqual(reference(text));
    const groups = [...summary.conversations].filter((c) => c.id.startsWith('2-GROUP'));
    expect(groups.map((c) => c.participants.size)).toEqual([40, 40]);
  });

  it('tells 20,000 distinct conversations apart, however alike their ids', async () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `2-${i.toString(36).padStart(6, '0')}`);
    const text = [header, ...ids.map((id, i) => line(id, '', i % 50, [50 + (i % 7)], i, `hi ${i}`))].join('\n');
    const { summary } = await readMessages(fileOf(new TextEncoder().encode(text), []));
    const read = [...summary.conversations];
    expect(read.map((c) => c.id)).toEqual(ids);
    expect(read.every((c, i) => c.bySender.get(`in/person-${i % 50}`)?.count === 1 && c.last?.snippet === `hi ${i}`)).toBe(true);
  });
});

describe('readMessages on files a spreadsheet touched', () => {
  const header = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER';
  const row = (id: string, from: string, date: string, content: string, d = ',') =>
    [id, '', from, `https://www.linkedin.com/in/${from.toLowerCase()}`, 'Ann', date, '', content, 'INBOX'].join(d);

  it('reads a messages.csv re-saved with ";", a BOM and CRLF, as every other file', async () => {
    const text = `\uFEFF${[header.replaceAll(',', ';'), row('2-A', 'Bob', '2024-01-02 10:00:00 UTC', '"Hi; Ann, how are you?"', ';'), row('2-A', 'Ann', '03/01/2024 09:15', 'Fine', ';')].join('\r\n')}\r\n`;
    const { summary, report } = await readMessages(fileOf(new TextEncoder().encode(text), [0.5]));
    // `03/01/2024` alone could be 1 March or 3 January: read month first, and said.
    expect(report).toMatchObject({
      rows: 2,
      skipped: {},
      warnings: [{ key: 'readers.dateOrder.assumed', values: { column: 'DATE', either: '03/01/2024 09:15' } }],
    });
    expect([...summary.conversations][0]?.bySender.get('in/bob')).toEqual({ count: 1, first: '2024-01-02T10:00:00Z', last: '2024-01-02T10:00:00Z' });
    expect([...summary.conversations][0]?.last?.snippet).toBe('Fine');
  });

  it('reads DATE day first when a date of the file can only be day first, the ones before it too (a European spreadsheet’s 17/05/2026)', async () => {
    const text = [
      header,
      row('2-A', 'Bob', '12/07/2026 10:59', 'Later'),
      row('2-A', 'Ann', '17/05/2026 10:59', 'Sooner'),
      row('2-B', 'Cy', '2026-01-02 10:00:00 UTC', 'Hi'),
    ].join('\n');
    const { summary, report } = await readMessages(fileOf(new TextEncoder().encode(text), []));
    expect([...summary.conversations][0]?.bySender.get('in/bob')).toEqual({ count: 1, first: '2026-07-12T10:59:00Z', last: '2026-07-12T10:59:00Z' });
    expect([...summary.conversations][0]?.last?.snippet).toBe('Later');
    expect(report.warnings).toEqual([]);
  });

  it('says which dates it read month first when the rows that show DATE is day first come in a later batch', async () => {
    const text = [
      header,
      row('2-A', 'Bob', '12/07/2026 10:59', 'One'),
      row('2-A', 'Ann', '17/05/2026 10:59', 'Two'),
      row('2-A', 'Bob', '03/04/2026 10:59', 'Three'),
    ].join('\n');
    const rowByRow: MessageScan = async function* (file) {
      const scanner = new RecordScanner({ fileName: file.name, batchBytes: 16 });
      for await (const bytes of file.stream()) yield* scanner.push(bytes);
      yield* scanner.end();
    };
    const { summary, report } = await readMessages(fileOf(new TextEncoder().encode(text), []), undefined, rowByRow);
    // The first row was folded before the second showed the order; the third is read day first.
    expect([...summary.conversations][0]?.bySender.get('in/bob')).toMatchObject({ first: '2026-04-03T10:59:00Z', last: '2026-12-07T10:59:00Z' });
    expect(report.warnings).toEqual([
      { key: 'readers.dateOrder.late', values: { where: 'messages.csv:2', column: 'DATE', either: '12/07/2026 10:59', dayFirst: '17/05/2026 10:59' } },
    ]);
  });

  it('reads a messages.csv saved as UTF-16 text with TAB, every field quoted, as the legacy endorsements file is', async () => {
    const quoted = (line: string) =>
      line
        .split('\t')
        .map((f) => `"${f.replaceAll('"', '""')}"`)
        .join('\t');
    const lines = [
      header.replaceAll(',', '\t'),
      row('2-A', 'Bob', '2024-01-02 10:00:00 UTC', 'Hi, "Ann"', '\t'),
      row('2-A', 'Ann', '2024-01-03 10:00:00 UTC', 'Hé', '\t'),
    ];
    const bytes = Buffer.from(`\uFEFF${lines.map(quoted).join('\r\n')}`, 'utf16le');
    const { summary, report } = await readMessages(fileOf(bytes, [0.3, 0.6]));
    expect(report).toMatchObject({ rows: 2, skipped: {}, warnings: [] });
    expect([...summary.conversations][0]?.participants.get('in/bob')?.name).toBe('Bob');
    expect([...summary.conversations][0]?.last?.snippet).toBe('Hé');
  });

  it('reads rows of more than 2,047 fields as such: a wide header names its line, a wide row is not taken for a draft', async () => {
    const extra = Array.from({ length: 2100 }, (_, i) => `EXTRA ${i}`);
    const wideHeader = [...header.split(','), ...extra].join(',');
    const wideRow = (from: string, date: string) => [row('2-A', from, date, 'Hi'), ...extra.map(() => '')].join(',');
    const good = `${wideHeader}\n${wideRow('Bob', '2024-01-02 10:00:00 UTC')}\n${wideRow('Ann', '2024-01-03 10:00:00 UTC')}\n`;
    const { report } = await readMessages(fileOf(new TextEncoder().encode(good), []));
    expect(report).toMatchObject({ rows: 2, skipped: {} });
    const notMessages = `\n${extra.join(',')}\n${wideRow('Bob', '2024-01-02 10:00:00 UTC')}\n`;
    await expect(readMessages(fileOf(new TextEncoder().encode(notMessages), []))).rejects.toThrow(/^messages\.csv:2: this is not a LinkedIn messages export/);
  });

  it('refuses a file with more distinct conversations than the cap, naming the line of the first one past it', async () => {
    const rows = ['2-A', '2-B', '2-A', '2-C', '2-D'].map((id, i) => row(id, 'Bob', `2024-01-0${i + 1} 10:00:00 UTC`, 'Hi'));
    const bytes = new TextEncoder().encode([header, ...rows].join('\n'));
    const { summary } = await readMessages(fileOf(bytes, [0.5]), undefined, undefined, 4);
    expect(summary.conversations).toHaveLength(4);
    await expect(readMessages(fileOf(bytes, [0.5]), undefined, undefined, 2)).rejects.toThrow(
      /^messages\.csv:5: more than 2 distinct conversations, far more than any LinkedIn inbox\. This is not a LinkedIn export file/,
    );
  });

  it('skips and names the rows whose fields do not fit the header: another delimiter, a line of NUL bytes', async () => {
    const text = [
      header,
      row('2-A', 'Bob', '2024-01-02 10:00:00 UTC', 'Hi'),
      row('2-A', 'Bob', '2024-01-03 10:00:00 UTC', 'Pasted', ';'),
      '\0'.repeat(40),
      row('2-B', 'Cy', '2024-01-04 10:00:00 UTC', 'Tabbed', '\t'),
      row('2-A', 'Ann', '2024-01-05 10:00:00 UTC', 'Bye'),
    ].join('\n');
    const { summary, report } = await readMessages(fileOf(new TextEncoder().encode(text), []));
    expect(report.rows).toBe(2);
    expect(report.skipped).toEqual({ 'wrong number of fields': 3 });
    expect(report.warnings.map(english)).toEqual([
      "messages.csv:3: 3 rows do not have the header's 9 fields (another delimiter, or a stray quote?), skipped: lines 3, 4, 5. " +
        'Those messages are not counted: the people in them may look less known than they are. Fix those lines, or export the file again from LinkedIn.',
    ]);
    expect([...summary.conversations].map((c) => c.id)).toEqual(['2-A']);
  });
});

describe('noiseReason', () => {
  // The two regular expressions, run on every row as noise.ts once did; it now tests cheaper conditions first.
  const SPONSORED = /spinmail-quill-editor|%FIRSTNAME%|%LASTNAME%|%COMPANYNAME%/;
  const LINKEDIN_SYSTEM = /^(linkedin\b.*|.*\b(from|från|de|von|di|da|van)\s+linkedin)$/i;
  const text = (parts: string[]) => fc.array(fc.constantFrom(...parts), { maxLength: 6 }).map((p) => p.join(''));
  const view = { senderUrl: 'https://www.linkedin.com/in/x', hasSenderUrlColumn: true, conversationId: '2-x', subject: '', folder: 'INBOX', draft: '' };

  it('sets aside sponsored and LinkedIn system messages exactly as the two regular expressions say', () => {
    const from = text([
      'LinkedIn',
      'linkedin',
      'LINKEDIN',
      'Linked',
      'In',
      'ın',
      'K',
      'Jobs',
      ' from ',
      ' från ',
      ' de ',
      ' von ',
      '-',
      '\n',
      ' ',
      '\u00a0',
      'x',
    ]);
    const content = text(['%FIRSTNAME%', '%LASTNAME', '%', 'spinmail', '-quill-editor', 'spinmail-quill-editor', 'Hi', '"', ' ']);
    fc.assert(
      fc.property(from, content, (f, c) => {
        const expected = SPONSORED.test(c) ? 'sponsored message' : LINKEDIN_SYSTEM.test(f) ? 'LinkedIn system message' : null;
        expect(noiseReason({ ...view, from: bytesOf(f), content: bytesOf(c) })).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
});
