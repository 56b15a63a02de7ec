import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { columnIndex, readTable, type TableRow } from '../../../src/export/csv.js';
import { InputError } from '../../../src/errors.js';

const NOTES =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const isConnectionsHeader = (cells: string[]) => columnIndex(cells, 'First Name') >= 0 && columnIndex(cells, 'Connected On') >= 0;

describe('readTable', () => {
  it('finds the header under the Notes preamble of 2021+ exports, with correct line numbers', async () => {
    const text =
      NOTES +
      HEADER +
      '\nOmar,Haddad,https://www.linkedin.com/in/omar-haddad-1a2b3c4d5,,Contoso,Data Engineer,10 Jul 2023' +
      '\nSam,Lee ,https://www.linkedin.com/in/sam-lee-12345678,sam@example.com,"Fabrikam Group ""FG-Labs""",Sales Director,02 May 2023' +
      '\nKim,"Park, PhD",https://www.linkedin.com/in/kim-park-phd,,"Tailspin, Inc.","Director, Research",28 Feb 2021' +
      '\n,,,,,,05 Jun 2023';
    const table = await readTable(text, 'Connections.csv', isConnectionsHeader);
    expect(table.header).toEqual(HEADER.split(','));
    expect(table.headerLine).toBe(4);
    expect(table.delimiter).toBe(',');
    expect(table.emptyLines).toBe(0);
    expect(table.rows.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    expect(table.rows[1]?.cells).toEqual([
      'Sam',
      'Lee ',
      'https://www.linkedin.com/in/sam-lee-12345678',
      'sam@example.com',
      'Fabrikam Group "FG-Labs"',
      'Sales Director',
      '02 May 2023',
    ]);
    expect(table.rows[2]?.cells[1]).toBe('Park, PhD');
    expect(table.rows[3]?.cells).toEqual(['', '', '', '', '', '', '05 Jun 2023']);
  });

  it('hands each row over as it is parsed, with the header, instead of keeping them, when asked', async () => {
    const text = `${NOTES + HEADER}\nOmar,Haddad,,,Contoso,"Data\nEngineer",10 Jul 2023\n\nSam,Lee,,,,,02 May 2023\n`;
    const kept = await readTable(text, 'Connections.csv', isConnectionsHeader);
    const handed: [TableRow, string[]][] = [];
    const table = await readTable(text, 'Connections.csv', isConnectionsHeader, (row, header) => handed.push([row, header]));
    expect(handed).toEqual(kept.rows.map((row) => [row, HEADER.split(',')]));
    expect(handed.map(([row]) => row.line)).toEqual([5, 8]);
    expect(table).toEqual({ ...kept, rows: [] });
  });

  it('reads files without a preamble (2018–2021 exports)', async () => {
    const table = await readTable(
      'First Name,Last Name,Email Address,Company,Position,Connected On\nPriya,Shah,,Example Systems,Intern,"6/3/18, 9:41 AM"\n',
      'Connections.csv',
      isConnectionsHeader,
    );
    expect(table.headerLine).toBe(1);
    expect(table.rows).toEqual([{ cells: ['Priya', 'Shah', '', 'Example Systems', 'Intern', '6/3/18, 9:41 AM'], line: 2 }]);
  });

  it('reads an Excel re-save: BOM, Notes:,, preamble, CRLF, semicolons, header without spaces', async () => {
    const text = '\uFEFFNotes:;;\r\n"When exporting; you may notice";;\r\n;;\r\n\r\nFirstName;LastName;ConnectedOn\r\nAna;López;23-Nov-21\r\n';
    const table = await readTable(text, 'Connections.csv', isConnectionsHeader);
    expect(table).toEqual({
      header: ['FirstName', 'LastName', 'ConnectedOn'],
      headerLine: 5,
      delimiter: ';',
      rows: [{ cells: ['Ana', 'López', '23-Nov-21'], line: 6 }],
      emptyLines: 0,
    });
  });

  it('reads the legacy UTF-16 TAB file with every field quoted', async () => {
    const text = '"Endorsement Date"\t"Skill Name"\t"Endorser First Name"\n"2022/01/02 10:00:00 UTC"\t"Data, Analysis"\t"Dana"';
    const table = await readTable(text, 'Endorsement Received Info.csv', (cells) => cells.includes('Skill Name'));
    expect(table.delimiter).toBe('\t');
    expect(table.rows).toEqual([{ cells: ['2022/01/02 10:00:00 UTC', 'Data, Analysis', 'Dana'], line: 2 }]);
  });

  it('counts and skips blank lines, keeps short and long rows, and counts lines across multi-line fields', async () => {
    const text = 'Title,Description,Started On\r\n\r\nEngineer,"Built things,\r\nthen more\nthings",Mar 2021\r\nShort\r\n\r\nLong,a,b,c\r\n\r\n';
    const table = await readTable(text, 'Positions.csv', (cells) => cells.includes('Title'));
    expect(table.emptyLines).toBe(3);
    expect(table.rows).toEqual([
      { cells: ['Engineer', 'Built things,\r\nthen more\nthings', 'Mar 2021'], line: 3 },
      { cells: ['Short'], line: 6 },
      { cells: ['Long', 'a', 'b', 'c'], line: 8 },
    ]);
  });

  it('reads CR-only line ends', async () => {
    const table = await readTable('Name\rPython\r"Go\rlang"\rRust', 'Skills.csv', (cells) => cells[0] === 'Name');
    expect(table.rows).toEqual([
      { cells: ['Python'], line: 2 },
      { cells: ['Go\rlang'], line: 3 },
      { cells: ['Rust'], line: 5 },
    ]);
  });

  it('says when no header is found in the first 20 lines', async () => {
    const run = () => readTable(`Notes:\n${'x\n'.repeat(19)}${HEADER}\n`, 'Connections.csv', isConnectionsHeader);
    await expect(run()).rejects.toThrow(InputError);
    await expect(run()).rejects.toThrow('Connections.csv: no header row found in the first 20 lines');
    await expect(readTable('', 'Connections.csv', isConnectionsHeader)).rejects.toThrow('no header row found');
  });

  it('reports an unbalanced quote with the line where the field starts', async () => {
    const text = `${HEADER}\nA,B,,,,,01 Jan 2024\n\nC,"D,,,,,01 Jan 2024\nE,F,,,,,01 Jan 2024\n`;
    const run = () => readTable(text, 'Connections.csv', isConnectionsHeader);
    await expect(run()).rejects.toThrow(InputError);
    await expect(run()).rejects.toThrow(
      'Connections.csv:4: unbalanced quote in a field starting on this line. The file looks damaged: export it again from LinkedIn',
    );
  });

  it('gives each record the physical line it starts on (property)', async () => {
    // 山 and 😀 are past Latin-1: their lines are handed to the scanner apart from the rest (csv.ts, narrowed()).
    const cell = fc.array(fc.constantFrom('a', 'é', '山', '😀', ' ', ',', '"', '\n', '\r\n', '\r'), { maxLength: 5 }).map((p) => p.join(''));
    const row = fc.array(cell, { minLength: 2, maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(row, fc.nat(2)), { maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), async (rows, eol, preamble) => {
        let text = preamble ? NOTES.replaceAll('\n', eol) : '';
        let line = preamble ? 4 : 1;
        text += 'Name,Value';
        const expected: { cells: string[]; line: number }[] = [];
        for (const [cells, blanks] of rows) {
          text += eol.repeat(blanks + 1);
          line += blanks + 1;
          expected.push({ cells, line });
          text += cells.map((c) => (/[",\r\n]/.test(c) || c === '' ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
          line += cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
        }
        const table = await readTable(text, 't.csv', (cells) => cells[0] === 'Name');
        expect(table.rows).toEqual(expected);
        expect(table.emptyLines).toBe(rows.reduce((n, [, blanks]) => n + blanks, 0));
      }),
      { numRuns: 500 },
    );
  });
  it('reads the same cells as csv-parse, whatever the delimiter, quoting and blank lines (property)', async () => {
    const cell = fc.array(fc.constantFrom('a', 'é', '山', '😀', ' ', ',', ';', '\t', '"', '\n', '\r\n'), { maxLength: 5 }).map((p) => p.join(''));
    const rows = fc.array(fc.tuple(fc.array(cell, { minLength: 2, maxLength: 4 }), fc.boolean(), fc.nat(2)), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(rows, fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), async (records, delimiter, eol) => {
        const write = (c: string, force: boolean) => (force || c === '' || /[",;\t\r\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
        let text = ['Name', 'Value'].join(delimiter);
        for (const [cells, force, blanks] of records) text += eol.repeat(blanks + 1) + cells.map((c) => write(c, force)).join(delimiter);
        const reference = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
        const table = await readTable(text, 't.csv', (cells) => cells[0] === 'Name');
        expect(table.delimiter).toBe(delimiter);
        expect(table.rows.map((r) => r.cells)).toEqual(reference.slice(1));
      }),
      { numRuns: 500 },
    );
  });

  it('reads a table longer than one slice as csv-parse does, records cut anywhere, and lets the event loop run meanwhile', async () => {
    // 3,000 rows of 40 to 400 characters, quoted cells with line breaks and doubled quotes: about 600,000 characters.
    let text = 'Name,Value,Note';
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let i = 0; i < 3000; i++) {
      // One row in five past Latin-1, as names in other scripts are among real connections.
      const long = (next(5) === 0 ? '山"x\n, ' : 'é"x\n, ').repeat(next(60));
      text += `\nRow ${i},"${long.replaceAll('"', '""')}",${'z'.repeat(next(30))}`;
    }
    const reference = parse(text, { relax_column_count: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }) as string[][];
    let turns = 0;
    let done = false;
    const tick = () => {
      turns++;
      if (!done) setImmediate(tick);
    };
    setImmediate(tick);
    const table = await readTable(text, 't.csv', (cells) => cells[0] === 'Name');
    done = true;
    expect(text.length).toBeGreaterThan(500_000);
    expect(table.rows.map((r) => r.cells)).toEqual(reference.slice(1));
    expect(turns).toBeGreaterThanOrEqual(Math.floor(text.length / (64 * 1024)));
  });
});

describe('columnIndex', () => {
  it('matches header names ignoring case, spaces and underscores', async () => {
    const header = ['First Name', 'Last_Name', 'connected on', 'URL'];
    expect(columnIndex(header, 'FirstName')).toBe(0);
    expect(columnIndex(header, 'last name')).toBe(1);
    expect(columnIndex(header, 'Connected On')).toBe(2);
    expect(columnIndex(header, 'Profile URL', 'url')).toBe(3);
    expect(columnIndex(header, 'Email Address')).toBe(-1);
  });
});
