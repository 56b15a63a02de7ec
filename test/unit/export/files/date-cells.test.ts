import { describe, expect, it } from 'vitest';
import { connectionsSpec } from '../../../../src/export/files/connections.js';
import { invitationsSpec } from '../../../../src/export/files/invitations.js';
import { readTableFile } from '../../../../src/export/files/table-file.js';
import type { ExportFile, FileKind } from '../../../../src/export/types.js';

function file(text: string, kind: FileKind = 'connections', name = 'Connections.csv'): ExportFile {
  const bytes = new TextEncoder().encode(text);
  return { kind, name, size: bytes.length, read: async () => bytes } as unknown as ExportFile;
}

// Invented people.
const connections = (...dates: string[]) =>
  [
    'First Name;Last Name;URL;Email Address;Company;Position;Connected On',
    ...dates.map((date, i) => `Ana${i};Bo;https://www.linkedin.com/in/ana-bo-${i};;Acme;Dir;${date}`),
  ].join('\r\n');

describe('the dates of a table, column by column', () => {
  it('reads every slash date of a column day first when one of them can only be day first, the earlier ones too', async () => {
    const { records, report } = await readTableFile(file(connections('05/03/2024', '17/01/2019', '09/09/2022')), connectionsSpec);
    expect(records.map((c) => c.connectedOn)).toEqual(['2024-03-05', '2019-01-17', '2022-09-09']);
    expect(report.warnings).toEqual([]);
  });

  it('reads them month first when one can only be month first, without a word', async () => {
    const { records, report } = await readTableFile(file(connections('05/03/2024', '01/17/2019')), connectionsSpec);
    expect(records.map((c) => c.connectedOn)).toEqual(['2024-05-03', '2019-01-17']);
    expect(report.warnings).toEqual([]);
  });

  it('reads them month first when nothing settles it, and names the file, the column and a date in a warning', async () => {
    const { records, report } = await readTableFile(file(connections('05/03/2024', '07/04/2023')), connectionsSpec);
    expect(records.map((c) => c.connectedOn)).toEqual(['2024-05-03', '2023-07-04']);
    expect(report.warnings).toEqual([{ key: 'readers.dateOrder.assumed', values: { file: 'Connections.csv', column: 'Connected On', either: '05/03/2024' } }]);
  });

  it('says so when a column mixes both orders', async () => {
    const { report } = await readTableFile(file(connections('17/01/2019', '01/17/2019', '05/03/2024')), connectionsSpec);
    expect(report.warnings).toEqual([
      { key: 'readers.dateOrder.mixed', values: { file: 'Connections.csv', column: 'Connected On', dayFirst: '17/01/2019', monthFirst: '01/17/2019' } },
    ]);
  });

  it('keeps a connection whose date cannot be read, without a date, and names its line', async () => {
    const { records, report } = await readTableFile(file(connections('05 Mar 2024', 'le 5 mai', '05-mars-24', '')), connectionsSpec);
    expect(records.map((c) => [c.firstName, c.connectedOn])).toEqual([
      ['Ana0', '2024-03-05'],
      ['Ana1', null],
      ['Ana2', '2024-03-05'],
      ['Ana3', null],
    ]);
    expect(report).toMatchObject({ rows: 4, skipped: {} });
    expect(report.warnings).toEqual([
      [
        { key: 'readers.unreadableDates', values: { where: 'Connections.csv:3', count: 1, column: 'Connected On' } },
        { key: 'readers.misfit.lines', values: { lines: '3', count: 1 } },
        { key: 'readers.unreadableDates.fix' },
      ],
    ]);
  });

  it('settles Invitations.csv by its own column: LinkedIn’s 12-hour times are month first', async () => {
    const text = ['From,To,Sent At,Message,Direction', 'Ana Bo,Cy Do,"6/3/18, 9:41 AM",,OUTGOING', 'Ana Bo,Di Eu,"5/4/18, 9:41 PM",,OUTGOING'].join('\n');
    const { records, report } = await readTableFile(file(text, 'invitations', 'Invitations.csv'), invitationsSpec);
    expect(records.map((i) => i.sentAt)).toEqual(['2018-06-03T09:41:00Z', '2018-05-04T21:41:00Z']);
    expect(report.warnings).toEqual([]);
  });
});
