import { describe, expect, it } from 'vitest';
import { readMessages } from '../../../src/export/messages/read-messages.js';
import { type FoldedPart, type ScanItem, splitScan } from '../../../src/export/messages/split-fold.js';
import type { ExportFile } from '../../../src/export/types.js';
import type { MessagesSummary } from '../../../src/export/messages/types.js';
import { english } from '../../helpers/english.js';

/**
 * messages.csv folded on two threads: the records after a byte offset folded apart and absorbed
 * last (src/export/messages/split-fold.ts). Whatever the offset, the outcome must be the one fold's,
 * down to which row's snippet, name and title are kept, and which error is said.
 */

/** The file in chunks of `chunk` bytes, or in the chunks given. */
function fileOf(bytes: Uint8Array, chunk: number | Uint8Array[] = 1): ExportFile {
  return {
    kind: 'messages',
    name: 'messages.csv',
    size: bytes.length,
    read: () => Promise.resolve(bytes),
    async *stream() {
      if (typeof chunk !== 'number') yield* chunk;
      else for (let at = 0; at < bytes.length; at += chunk) yield bytes.subarray(at, at + chunk);
    },
  };
}

function exact({ summary, report }: { summary: MessagesSummary; report: unknown }): string {
  const conversations = [...summary.conversations].map((c) => [c.id, c.title, [...c.participants], [...c.bySender], c.maxRecipients, c.last]);
  return JSON.stringify({ conversations, rows: summary.rows, skipped: Object.entries(summary.skipped), report });
}

/** readMessages with the records of the batches made from byte `from` on folded apart, one record a batch; `parts` gets what was folded apart. */
function readSplit(bytes: Uint8Array, from: number, parts: FoldedPart[] = [], max?: number, chunks?: Uint8Array[], partConversations?: number) {
  const scan = async function* (file: ExportFile): AsyncGenerator<ScanItem> {
    for await (const item of splitScan(file, { from, batchBytes: 1, maxConversations: max, partConversations })) {
      if ('kind' in item && item.kind === 'folded') parts.push(item.part);
      yield item;
    }
  };
  return readMessages(fileOf(bytes, chunks), undefined, scan, max);
}

/** The one fold, with the same batches: an error that ends the scan drops the records of the batch it cuts short, split or not. */
const readWhole = (bytes: Uint8Array, max?: number) => readSplit(bytes, Number.POSITIVE_INFINITY, [], max);

const HEADER = 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER';
const person = (name: string) => `https://www.linkedin.com/in/${name.toLowerCase()}`;
const row = (id: string, title: string, from: string, to: string, date: string, content: string) =>
  [id, title, from, person(from), to, person(to), `2024-01-${date} UTC`, '', `"${content.replaceAll('"', '""')}"`, 'INBOX'].join(',');

describe('splitScan and MessageAggregator.absorb', () => {
  // A BOM and CRLF; quoted fields holding line breaks, commas and doubled quotes; conversations
  // whose rows fall on both sides of every split; rows that do not fit the header on both sides.
  const rows = [
    row('2-A', '', 'Ann', 'Bob', '05 10:00:00', 'early in A, then\r\nlater "quoted", with commas'),
    row('2-B', '', 'Cy', 'Ann', '07 10:00:00', 'B: the latest, on this side'),
    row('2-A', '', 'Bob', 'Ann', '09 10:00:00', 'A: latest, """first""" of the two\n with a line break'),
    'a row, with, too few fields',
    row('2-A', '', 'Ann', 'Bob', '09 10:00:00', 'A: same date, second: never the snippet'),
    row('2-B', 'Title only here', 'Ann', 'Cy', '03 10:00:00', 'B: earlier, from Ann: her first date'),
    row('2-C', '', 'Dee', 'Ann', '02 10:00:00', 'C: one row'),
    row('2-B', 'Another title', 'Eve', 'Ann', '06 10:00:00', 'B: Eve joins late'),
    `"another, with ""quotes""\r\nand a line break",x`,
    row('2-A', '', 'Bob', 'Ann', '11 10:00:00', 'A: the latest of all, at the very end'),
  ];
  const text = `\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`;
  const bytes = new TextEncoder().encode(text);

  it('gives exactly the one fold, split between any two records, with the dates, snippets, names and titles the other side decides', async () => {
    const whole = await readMessages(fileOf(bytes, 7));
    const [a, b, c] = [...whole.summary.conversations];
    // The fold itself, as a user reads it: the later row's snippet wins only when strictly later, a title is the first one met.
    expect(a?.last?.snippet).toBe('A: the latest of all, at the very end');
    expect(b?.last).toMatchObject({ snippet: 'B: the latest, on this side', senderKey: 'in/cy' });
    expect(b?.title).toBe('Title only here');
    expect([...(b?.participants.keys() ?? [])]).toEqual(['in/cy', 'in/ann', 'in/eve']);
    expect(b?.bySender.get('in/ann')).toEqual({ count: 1, first: '2024-01-03T10:00:00Z', last: '2024-01-03T10:00:00Z' });
    expect(c?.id).toBe('2-C');
    expect(whole.report.skipped).toEqual({ 'wrong number of fields': 2 });
    expect(whole.report.warnings.map(english)[0]).toMatch(/^messages\.csv:7: 2 rows .* skipped: lines 7, 12–13\./);

    // Split at every byte, the file read a byte at a time.
    for (let from = 0; from <= bytes.length + 1; from++) expect(exact(await readSplit(bytes, from))).toBe(exact(whole));
    // Read a record at a time, so that a batch ends at each record: a split after every one of them.
    const records = [`\uFEFF${HEADER}\r\n`, ...rows.map((r) => `${r}\r\n`)].map((r) => new TextEncoder().encode(r));
    const splitAfter: number[] = [];
    for (let k = 0, end = 0; k < records.length; end += records[k]!.length, k++) {
      const parts: FoldedPart[] = [];
      expect(exact(await readSplit(bytes, end, parts, undefined, records))).toBe(exact(whole));
      // Also handed over a conversation at a time.
      const small: FoldedPart[] = [];
      expect(exact(await readSplit(bytes, end, small, undefined, records, 1))).toBe(exact(whole));
      expect(small.every((part) => part.aggregate.lastDates.length === 1)).toBe(true);
      const part = parts[0]?.aggregate;
      splitAfter.push(part === undefined ? rows.length : rows.length - part.rows - (part.skipped['wrong number of fields'] ?? 0));
    }
    // The header always goes first: a split right after it, then after each row but the last.
    expect(splitAfter).toEqual([0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('does not split a file of one batch, nor one whose first record is not the header', async () => {
    const parts: FoldedPart[] = [];
    const small = new TextEncoder().encode([HEADER, row('2-A', '', 'Ann', 'Bob', '05 10:00:00', 'hi')].join('\n'));
    const items: ScanItem[] = [];
    for await (const item of splitScan(fileOf(small, 1 << 20), { from: 0 })) items.push(item);
    expect(items.map((i) => ('kind' in i ? i.kind : 'batch'))).toEqual(['batch']);

    const notMessages = new TextEncoder().encode(['a,b,c', '1,2,3', '4,5,6'].join('\n'));
    await expect(readSplit(notMessages, 0, parts)).rejects.toThrow(/^messages\.csv:1: this is not a LinkedIn messages export/);
    expect(parts).toEqual([]);
  });

  it('names the same line past the cap as one fold, wherever the split falls, also when only the part met conversations', async () => {
    const ids = ['2-A', '2-B', '2-A', '2-C', '2-D', '2-B', '2-E'];
    const lines = [HEADER, 'spam row, too short', ...ids.map((id, i) => row(id, '', 'Bob', 'Ann', `0${i + 1} 10:00:00`, 'Hi'))];
    const capped = new TextEncoder().encode(lines.join('\n'));
    for (const max of [1, 2, 3, 4]) {
      const message = await readWhole(capped, max).then(
        () => 'read',
        (error: Error) => error.message,
      );
      expect(message).toMatch(/distinct conversations/);
      for (let from = 0; from <= capped.length; from += 5) {
        await expect(readSplit(capped, from, [], max)).rejects.toThrow(message);
        await expect(readSplit(capped, from, [], max, undefined, 1)).rejects.toThrow(message);
      }
    }
  });

  it('says the error that ends the scan after the split as one fold does, or the conversation past the cap if it came first', async () => {
    const ids = ['2-A', '2-B', '2-C', '2-D', '2-E', '2-F'];
    const lines = [HEADER, ...ids.map((id, i) => row(id, '', 'Bob', 'Ann', `0${i + 1} 10:00:00`, 'Hi')), '2-G,"never closed'];
    const broken = new TextEncoder().encode(lines.join('\n'));
    const said = new Set<string>();
    for (const max of [undefined, 2, 4, 7]) {
      const message = await readWhole(broken, max).then(
        () => 'read',
        (error: Error) => error.message,
      );
      said.add(message.slice(0, 40));
      for (let from = 0; from <= broken.length; from += 3) await expect(readSplit(broken, from, [], max)).rejects.toThrow(message);
    }
    expect([...said].sort()).toEqual([
      'messages.csv:4: more than 2 distinct con',
      'messages.csv:6: more than 4 distinct con',
      'messages.csv:8: unbalanced quote in a fi',
    ]);
  });
});
