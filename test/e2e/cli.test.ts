import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectInputError, fixture, netprune, root } from '../helpers/exec.js';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

describe('netprune as a command', () => {
  it('--help lists every command and exits 0', async () => {
    const run = await netprune(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['audit', 'explain', 'invitations', 'suggest', 'diff', 'rules', 'schema'])
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
  });

  it('--help gives every exit code, the internal error (70) included', async () => {
    const run = await netprune(['--help']);
    expect(run.stdout).toMatch(
      /Exit codes: 0 done, 1 a --max-\* threshold exceeded, 2 usage or input error, 70 internal error \(please report it\), 130 interrupted\./,
    );
  });

  it('a command that prints a report takes --out, and its choices come from the same constants it checks', async () => {
    for (const command of ['audit', 'explain', 'invitations', 'suggest', 'diff', 'prune-list'])
      expect((await netprune([command, '--help'])).stdout).toMatch(/-o, --out <file>/);
    expect((await netprune(['review', '--help'])).stdout.replace(/\s+/g, ' ')).toMatch(/choices: "stranger", "weak-tie", "known", "all"/);
    expect((await netprune(['prune-list', '--help'])).stdout.replace(/\s+/g, ' ')).toMatch(/choices: "urls", "csv", "md", "html"/);
  });

  it('--version prints the package version', async () => {
    const run = await netprune(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('an unknown command or option is a usage error: exit 2', async () => {
    expect((await netprune(['prune-everyone'])).code).toBe(2);
    expect((await netprune(['audit', fixture('demo'), '--no-such-flag'])).code).toBe(2);
  });
});

describe('bad input gets one line naming the file, and exit code 2', () => {
  it('a missing path', async () => expectInputError(['audit', 'no/such/export.zip'], /no\/such\/export\.zip/, /does not exist/));

  it('an empty folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-empty-'));
    await expectInputError(['audit', dir], new RegExp(dir), /empty folder/);
  });

  it('a CSV that is not a Connections export', async () =>
    await expectInputError(['audit', fixture('exports/broken/not-connections.csv')], /not-connections\.csv/, /is not Connections\.csv as LinkedIn exports it/));

  it('an unbalanced quote, with its line', async () =>
    await expectInputError(['audit', fixture('exports/broken/unbalanced-quote')], /unbalanced-quote\/Connections\.csv:6:/, /unbalanced quote/));

  it('an empty file', async () => expectInputError(['audit', fixture('exports/broken/empty.csv')], /empty\.csv/, /empty/));

  it('a zip without Connections.csv', async () =>
    await expectInputError(['audit', fixture('exports/broken/no-connections.zip')], /no-connections\.zip/, /Connections\.csv was not found/));

  it('a file named like a zip that is not one', async () =>
    expectInputError(['audit', fixture('exports/broken/not-a-zip.zip')], /not-a-zip\.zip/, /not a zip/));

  it('a Connections.csv whose name columns were removed in a spreadsheet', async () =>
    await expectInputError(['audit', fixture('exports/excel-resaved')], /excel-resaved\/Connections\.csv:4:/, /lacks the First Name, Last Name columns/));

  it('a messages.csv with a quote never closed names the file and the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-badmsg-'));
    writeFileSync(
      join(dir, 'Connections.csv'),
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Quill,https://www.linkedin.com/in/ada-quill,,Acme,CTO,05 Mar 2024',
    );
    writeFileSync(
      join(dir, 'messages.csv'),
      'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n2-a,,Ada Quill,https://www.linkedin.com/in/ada-quill,Me,2024-03-05 10:00:00 UTC,,"never closed,INBOX\n',
    );
    await expectInputError(['audit', dir], /messages\.csv:2/, /quote/);
  });
});
