/**
 * What netprune reads is the export it is given, all of it, and never written over: two exports in
 * one folder, unreadable folders, --out aimed at the input, and the export's age.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, link, lstat, mkdir, mkdtemp, readFile, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInputError, fixture, netprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';
import { diffReportSchema } from '../../src/report/diff-schema.js';
import { invitationsReportSchema } from '../../src/report/invitations-schema.js';
import { suggestReportSchema } from '../../src/report/suggest-schema.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const ADA = 'Ada,Quill,https://www.linkedin.com/in/ada-quill,,Acme,Engineer,05 Mar 2026';
const BO = 'Bo,Lind,https://www.linkedin.com/in/bo-lind,,Globex,Designer,02 Oct 2026';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-input-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function reportOf(args: string[]) {
  const run = await netprune(args);
  return { ...run, report: JSON.parse(run.stdout) as Report };
}

async function tree(name: string, files: Record<string, string>): Promise<string> {
  const base = join(dir, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(base, path, '..'), { recursive: true });
    await writeFile(join(base, path), content);
  }
  return base;
}

describe('--out at something other than a plain file', () => {
  it('writes into a named pipe, as a shell would, and leaves the pipe a pipe (as /dev/null must stay a device)', async () => {
    const x = await tree('out-pipe', { 'Connections.csv': `${HEADER}\n${ADA}` });
    const fifo = join(dir, 'report.pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Opening a pipe for writing waits for a reader: read it meanwhile.
    const [result, received] = await Promise.all([netprune(['audit', x, '--json', '--out', fifo]), readFile(fifo, 'utf8')]);
    expect(result.code).toBe(0);
    expect((JSON.parse(received) as Report).contacts.map((contact) => contact.lastName)).toEqual(['Quill']);
    expect((await stat(fifo)).isFIFO()).toBe(true);
  });

  it('a folder, or a file in a folder that does not exist: says so in words, exit 2', async () => {
    const x = await tree('out-words', { 'Connections.csv': `${HEADER}\n${ADA}` });
    await expectInputError(
      ['audit', x, '--json', '--out', dir],
      /: /,
      /is a folder: --out takes a file name, such as report\.json inside it\. Choose a writable path for --out$/,
    );
    await expectInputError(
      ['audit', x, '--json', '--out', join(dir, 'nowhere', 'r.json')],
      /nowhere\/r\.json: /,
      /cannot be written: its folder does not exist/,
    );
  });

  it('follows a symlink: the file it points to gets the report, the link stays', async () => {
    const x = await tree('out-link', { 'Connections.csv': `${HEADER}\n${ADA}` });
    const real = join(dir, 'real-report.csv');
    await writeFile(real, 'last week’s report\n');
    await symlink(real, join(dir, 'report-link.csv'));
    expect((await netprune(['audit', x, '--format', 'csv', '--out', join(dir, 'report-link.csv')])).code).toBe(0);
    expect((await lstat(join(dir, 'report-link.csv'))).isSymbolicLink()).toBe(true);
    expect(await readlink(join(dir, 'report-link.csv'))).toBe(real);
    expect(await readFile(real, 'utf8')).toContain('Ada,Quill');
  });
});

describe('--out never writes over the export being read', () => {
  it('refuses the Connections.csv being read, with one line naming both, and leaves it whole', async () => {
    const x = await tree('out-folder', { 'Connections.csv': `${HEADER}\n${ADA}`, 'Rich_Media.csv': 'Date/Time,Media Description,Media Link\n' });
    await expectInputError(
      ['audit', x, '--format', 'csv', '--out', join(x, 'Connections.csv')],
      /out-folder\/Connections\.csv: /,
      /: is .*out-folder\/Connections\.csv, a file of the export being read \(.*out-folder\)\. Choose another --out: netprune never writes over what it reads\.$/,
    );
    expect(await readFile(join(x, 'Connections.csv'), 'utf8')).toBe(`${HEADER}\n${ADA}`);
    // LinkedIn's other files, read or not, and a link to the one read.
    await expectInputError(
      ['audit', x, '--format', 'csv', '--out', join(x, 'Rich_Media.csv')],
      /Rich_Media\.csv: /,
      /is a CSV file inside the export being read/,
    );
    await symlink(join(x, 'Connections.csv'), join(dir, 'alias.csv'));
    await expectInputError(['audit', x, '--json', '--out', join(dir, 'alias.csv')], /alias\.csv: /, /a file of the export being read/);
    expect((await netprune(['audit', x, '--json', '--out', join(x, 'report.json')])).code).toBe(0);
  });

  it('refuses the zip being read, even through a hard link', async () => {
    const zip = join(dir, 'export.zip');
    await copyFile(fixture('demo.zip'), zip);
    const before = await readFile(zip);
    await expectInputError(['audit', zip, '--json', '--out', zip], /export\.zip: /, /: is the export being read \(.*export\.zip\)\. Choose another --out/);
    await link(zip, join(dir, 'same.zip'));
    await expectInputError(['audit', zip, '--json', '--out', join(dir, 'same.zip')], /same\.zip: /, /is the export being read/);
    expect((await readFile(zip)).equals(before)).toBe(true);
  });
});

describe('--out never writes over a decisions file', () => {
  it('refuses, in every command that takes --out, the one beside the export and any other, and leaves them whole', async () => {
    const base = join(dir, 'out-decisions');
    const x = await tree('out-decisions/export', {
      'Connections.csv': `${HEADER}\n${ADA}\n${BO}`,
      'Invitations.csv': 'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n',
    });
    const input = join(dir, 'out-decisions-remove.txt');
    await writeFile(input, 'https://www.linkedin.com/in/bo-lind\n');
    expect((await netprune(['decide', x, '--remove', input])).code).toBe(0);
    const beside = join(base, 'netprune-decisions.json');
    const answers = await readFile(beside, 'utf8');
    const elsewhere = join(dir, 'last-year.json');
    await writeFile(elsewhere, answers);
    for (const command of [
      ['audit', x, '--json'],
      ['explain', x, 'Bo Lind'],
      ['invitations', x],
      ['suggest', x],
    ]) {
      await expectInputError([...command, '--out', beside], /netprune-decisions\.json: /, /is the decisions file in use/);
      await expectInputError([...command, '-o', elsewhere], /last-year\.json: /, /is a netprune decisions file/);
    }
    expect(await readFile(beside, 'utf8')).toBe(answers);
    expect(await readFile(elsewhere, 'utf8')).toBe(answers);
  });

  it('refuses a new file inside the export folder named like one of LinkedIn’s, which the next run would read', async () => {
    const x = await tree('out-new-csv', { 'Connections.csv': `${HEADER}\n${ADA}` });
    await expectInputError(
      ['audit', x, '--format', 'csv', '--out', join(x, 'old', 'Connections.csv')],
      /old\/Connections\.csv: /,
      /inside the export being read/,
    );
    await mkdir(join(x, 'reports'));
    expect((await netprune(['audit', x, '--format', 'csv', '--out', join(x, 'reports', 'audit.csv')])).code).toBe(0);
    expect((await netprune(['audit', x])).code).toBe(0);
  });
});

describe('a lone Connections.csv', () => {
  it('with the rest of its export beside it: says they were not read and how to read them, instead of "no messages.csv"', async () => {
    const x = await tree('lone-beside', {
      'Connections.csv': `${HEADER}\n${ADA}`,
      'messages.csv': 'CONVERSATION ID,FROM,TO,DATE,CONTENT\n',
      'Invitations.csv': '',
    });
    const { stdout, code } = await netprune(['audit', join(x, 'Connections.csv')]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `! Only Connections.csv was read: 2 files of the same export lie beside it, unread, so nobody has messages or other evidence. Pass the folder to read them all: netprune audit ${x}`,
    );
    expect(stdout).not.toContain('No messages.csv');
    expect(stdout).not.toMatch(/Not in this export: messages\.csv/);
  });

  it('alone in its folder: no messages.csv, as before', async () => {
    const x = await tree('lone-alone', { 'Connections.csv': `${HEADER}\n${ADA}`, 'notes.txt': 'mine' });
    const { report } = await reportOf(['audit', join(x, 'Connections.csv'), '--json']);
    expect(report.warnings.join('\n')).toMatch(/No messages\.csv/);
    expect(report.warnings.join('\n')).not.toMatch(/Only Connections\.csv was read/);
  });
});

describe('a folder holding two exports', () => {
  it('is refused, naming both, instead of mixing the older and the newer', async () => {
    const downloads = await tree('downloads', {
      'Basic_LinkedInDataExport_03-01-2026/Connections.csv': `${HEADER}\n${ADA}`,
      'Basic_LinkedInDataExport_03-01-2026/messages.csv': 'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n',
      'Basic_LinkedInDataExport_11-10-2026/Connections.csv': `${HEADER}\n${BO}\n${ADA}`,
    });
    await expectInputError(
      ['audit', downloads],
      /downloads: /,
      /holds two different Connections\.csv, from two exports or an edited copy: .*03-01-2026\/Connections\.csv and .*11-10-2026\/Connections\.csv\. Pass the folder or zip of the one export to read/,
    );
    const newer = await netprune(['audit', join(downloads, 'Basic_LinkedInDataExport_11-10-2026'), '--json']);
    expect((JSON.parse(newer.stdout) as Report).summary.total).toBe(2);
  });
});

describe('a folder that cannot be read', () => {
  // EACCES cannot be made as root (the tests' user); test/unit/export/folder.test.ts injects it. ELOOP is real.
  it('is an error naming it and why, not a file "not in this export"', async () => {
    const x = await tree('loop', { 'Connections.csv': `${HEADER}\n${ADA}` });
    await symlink(join(x, 'inbox'), join(x, 'inbox'));
    await expectInputError(['audit', x], /loop\/inbox: /, /cannot be read \(ELOOP\)\. It is a symbolic link that cannot be followed/);
  });
});

describe('the export’s age', () => {
  it('every report states the date, the JSON ones too', async () => {
    const audit = JSON.parse((await netprune(['audit', fixture('demo.zip'), '--json'])).stdout) as Report;
    expect(audit.input.exportDate).toEqual({ date: '2026-11-20', from: 'name', stale: false });
    expect((await netprune(['audit', fixture('demo')])).stdout).toContain('\nExported on Nov 18, 2026 or later (the date of its newest record)\n');
    expect((await netprune(['suggest', fixture('demo.zip')])).stdout).toMatch(/^People you know .*\nExported on Nov 20, 2026 \(from the archive’s name\)\n/);
    expect((await netprune(['invitations', fixture('demo.zip')])).stdout).toMatch(/^Invitations in .*\nExported on Nov 20, 2026 \(from the archive’s name\)\n/);
    const diff = diffReportSchema.parse(JSON.parse((await netprune(['diff', fixture('demo.zip'), fixture('demo-later'), '--json'])).stdout));
    expect([diff.older.exportDate, diff.newer.exportDate]).toEqual([
      { date: '2026-11-20', from: 'name', stale: false },
      { date: '2027-02-26', from: 'newest-record', stale: false },
    ]);
    const suggest = suggestReportSchema.parse(JSON.parse((await netprune(['suggest', fixture('exports/2023-basic'), '--json'])).stdout));
    expect(suggest.input.exportDate).toMatchObject({ from: 'newest-record', stale: true });
  });

  it('warns when the export is more than three months old (a 2018 export)', async () => {
    const run = await netprune(['audit', fixture('exports/2018-complete'), '--json']);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.input.exportDate).toEqual({ date: '2018-10-29', from: 'newest-record', stale: true });
    expect(report.warnings[0]).toMatch(/^The newest record in this export is from 2018-10-29, more than three months ago: it is probably an old export/);
  });

  it('offers no reply to paste for an invitation more than three months old', async () => {
    const x = await tree('Basic_LinkedInDataExport_11-10-2018', {
      'Connections.csv': `${HEADER}\n${ADA}`.replace('05 Mar 2026', '05 Mar 2018'),
      'Invitations.csv':
        'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n' +
        'Rex Hunter,Alex Kim,"11/2/18, 9:00 AM",,INCOMING,https://www.linkedin.com/in/rex-hunter,https://www.linkedin.com/in/alex-kim\n',
    });
    const text = (await netprune(['invitations', x])).stdout;
    expect(text).toContain('! This export is from Nov 10, 2018, more than three months ago: nothing that happened since is in it.');
    expect(text).toContain('              No reply offered: it is more than three months old.\n');
    expect(text).not.toContain('Reply to paste');
    const report = invitationsReportSchema.parse(JSON.parse((await netprune(['invitations', x, '--json'])).stdout));
    expect(report.invitations[0]).toMatchObject({ name: 'Rex Hunter', reply: null, replyWithheld: 'older than three months' });
    expect(report.input.exportDate).toEqual({ date: '2018-11-10', from: 'name', stale: true });
  });
});
