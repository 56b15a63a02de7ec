import { describe, expect, it } from 'vitest';
import { installRuntime } from '../../../src/launch/runtime.js';
import { InvitationTable } from '../../../src/export/files/invitation-table.js';
import { invitationsSpec } from '../../../src/export/files/invitations.js';
import { StringColumn } from '../../../src/export/files/string-column.js';
import { readTableFile, readTableInto } from '../../../src/export/files/table-file.js';
import type { ExportFile } from '../../../src/export/types.js';

const HEADER = 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl';
const OWNER = 'Morgan Delacroix';
const OWNER_URL = 'https://www.linkedin.com/in/morgan-delacroix-7c1e42';
const q = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** Names and notes that a column of text must give back as written. Every one is invented. */
const ODD_TEXTS = [
  '',
  ' ',
  'Ada "the" Quill',
  'Line one\nline two\r\nline three',
  'Zoë Ørsted-Łukasz',
  '王小明',
  'Ахмед 🙂 Ünal',
  '\u202Eevil\u202C',
  '   padded   ',
  'Bo, Lind; Jr.',
];
/** Far longer than any real name or note, in a few rows only. */
const LONG = `${'Très long '.repeat(10_000)}end`;
const ODD_DATES = ['"5/28/26, 1:20 PM"', '', 'not a date', '2024-02-29 23:59:59 UTC', '"Feb 30, 2024"', '0001-01-01', '9999-12-31 23:59:59 UTC'];
const ODD_URLS = [
  '',
  'urn:li:member:123456',
  'https://www.linkedin.com/in',
  'https://www.linkedin.com/in/j%C3%B6rg-k%C3%BChn-1a2b3c',
  'https://fr.linkedin.com/in/Zoë-Ørsted/',
];

/** `count` rows cycling through the odd values, each field at its own pace so that they meet in many combinations. */
function invitationsCsv(count: number): string {
  const lines = [HEADER];
  for (let i = 0; i < count; i++) {
    const other = i % 3001 === 2 ? LONG : `${ODD_TEXTS[i % ODD_TEXTS.length]!}${i % 3 === 0 ? '' : ` ${i.toString(36)}`}`;
    const incoming = i % 5 !== 0;
    const otherUrl = ODD_URLS[i % ODD_URLS.length]!;
    const cells = [
      incoming ? other : OWNER,
      incoming ? OWNER : other,
      ODD_DATES[i % ODD_DATES.length]!,
      i % 2000 === 4 ? q(LONG) : i % 4 === 0 ? q(ODD_TEXTS[(i >> 2) % ODD_TEXTS.length]!) : '',
      i % 97 === 0 ? 'SIDEWAYS' : incoming ? 'INCOMING' : 'outgoing',
      incoming ? otherUrl : OWNER_URL,
      incoming ? OWNER_URL : otherUrl,
    ];
    lines.push(cells.map((c) => (c.startsWith('"') ? c : /[",\r\n]/.test(c) ? q(c) : c)).join(','));
  }
  return lines.join('\r\n');
}

function file(text: string): ExportFile {
  const bytes = new TextEncoder().encode(text);
  return { kind: 'invitations', name: 'Invitations.csv', size: bytes.length, read: async () => bytes } as unknown as ExportFile;
}

describe('Invitations.csv in columns', () => {
  it('gives back every field of every row as the record reader made it, odd values included', async () => {
    // Past two blocks of 4,096 rows, so that values are read from sealed blocks and from the one being filled.
    const text = invitationsCsv(9_000);
    const records = await readTableFile(file(text), invitationsSpec);
    const columns = await readTableInto(file(text), invitationsSpec, () => new InvitationTable());

    expect(columns.report).toEqual(records.report);
    expect(columns.report.skipped).toEqual({ 'unknown direction': 93 });
    expect(columns.records.length).toBe(records.records.length);
    expect([...columns.records]).toEqual(records.records);
    records.records.forEach((record, i) => expect(columns.records.at(i)).toStrictEqual(record));
    // The odd values did reach the records: the test would pass on a file of plain rows.
    const seen = (field: 'from' | 'message') => new Set(records.records.map((r) => r[field]));
    expect(seen('message')).toContain('Line one\nline two\r\nline three');
    expect(seen('message')).toContain(LONG);
    expect(seen('from')).toContain(LONG);
    expect(records.records.some((r) => r.sentAt === null) && records.records.some((r) => r.sentAt === '9999-12-31T23:59:59Z')).toBe(true);
    expect(new Set(records.records.map((r) => r.otherKey))).toEqual(new Set([null, 'in/jörg-kühn-1a2b3c', 'in/zoë-ørsted']));
  });

  it('says nothing of a row it does not hold', async () => {
    // Four rows, the first with an unknown direction: three held.
    const table = await readTableInto(file(invitationsCsv(4)), invitationsSpec, () => new InvitationTable());
    expect(table.records.length).toBe(3);
    expect(table.records.at(2)?.line).toBe(5);
    expect([3, -1, 1.5, Number.NaN].map((i) => table.records.at(i))).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('tells the runtime the heap will be large past 100,000 rows, once, and not before', () => {
    let told = 0;
    const restore = installRuntime({ collectGarbage: () => {}, largeHeap: () => told++, collectYoung: () => {} });
    try {
      const table = new InvitationTable();
      const row = { from: 'Ada Quill', to: OWNER, sentAt: null, message: '', direction: 'incoming', otherKey: null, line: 2 } as const;
      for (let i = 0; i < 100_000; i++) table.push(row);
      expect(told).toBe(0);
      for (let i = 0; i < 50_000; i++) table.push(row);
      expect(told).toBe(1);
      expect(table.at(149_999)).toStrictEqual(row);
    } finally {
      restore();
    }
  });

  it('keeps a date it cannot store as a number as it was written', () => {
    const table = new InvitationTable();
    const odd = { from: 'A', to: 'B', sentAt: '2024-02-30T10:00:00Z', message: '', direction: 'incoming', otherKey: null, line: 2 ** 40 } as const;
    table.push(odd);
    expect(table.at(0)).toStrictEqual(odd);
  });
});

describe('a column of texts stored end to end', () => {
  it('tells null from empty, and gives back a repeated value as often as it was pushed', () => {
    const column = new StringColumn();
    const values = [null, '', 'Morgan', 'Ada', 'Morgan', null, 'Morgan', '', 'Bo', 'Cy', 'Di', 'Ed', 'Morgan'];
    for (const value of values) column.push(value);
    expect(Array.from({ length: column.length }, (_, i) => column.at(i))).toEqual(values);
  });

  it('reads a block before it is full and keeps adding to it', () => {
    const column = new StringColumn();
    const values = Array.from({ length: 10_000 }, (_, i) => (i % 7 === 0 ? 'same' : `value ${i} ${'é'.repeat(i % 3)}`));
    values.forEach((value, i) => {
      column.push(value);
      if (i % 1000 === 0) expect(column.at(i)).toBe(value);
    });
    expect(Array.from({ length: column.length }, (_, i) => column.at(i))).toEqual(values);
  });
});
