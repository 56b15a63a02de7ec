/**
 * A decision lands on the person it was about, in every command, or on no one: the reviewer's findings
 * 2, 5–9 and 14, replayed with invented people. Each export is a folder holding one Connections.csv.
 */
import { cpSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-land-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const NO_URL = 'First Name,Last Name,Email Address,Company,Position,Connected On';
const WITH_URL = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';
const exportOf = async (name: string, header: string, rows: string[]) => {
  await mkdir(join(dir, name));
  await writeFile(join(dir, name, 'Connections.csv'), `${[header, ...rows].join('\n')}\n`);
};
const state = () => join(dir, 'netprune-decisions.json');
const saved = async () =>
  JSON.parse(await readFile(state(), 'utf8')) as { owner: string | null; decisions: Record<string, { decision: string; position: string }> };
const run = (args: string[], input?: string) => netprune(args, { cwd: dir, ...(input === undefined ? {} : { input }) });

describe('a decisions file written on an export without profile URLs (finding 2)', () => {
  it.each(['2020-no-preamble', '2018-complete'])('%s: what decide writes, every command reads back', async (name) => {
    cpSync(fixture(`exports/${name}`), join(dir, 'x'), { recursive: true });
    const first = (await readFile(join(dir, 'x', 'Connections.csv'), 'utf8')).split('\n')[1]!.split(',');
    const who = `${first[0]} ${first[1]}`;
    expect((await run(['decide', 'x', '--remove', '-'], `${who}\n`)).code).toBe(0);
    // The owner is known by name only: the file says so, and netprune reads it.
    expect((await saved()).owner).toMatch(/^name:/);
    expect((await run(['decide', 'x', '--remove', '-'], `${who}\n`)).code).toBe(0);
    const list = await run(['prune-list', 'x', '--format', 'csv']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(`remove,${who}`);
    const diff = await run(['diff', 'x', 'x', '--state', state()]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain('still connected');
    // predict needs more answers than one, and says so: not that the file is damaged.
    const predict = await run(['predict', 'x']);
    expect(predict.stderr).not.toContain('damaged');
    expect(predict.stderr).toContain('decision');
  });
});

describe('a decision saved by name, read against a newer export with URLs (findings 5 and 14)', () => {
  beforeEach(async () => {
    await exportOf('x', NO_URL, ['Olga,Ivanova,,Contoso,Data Scientist,02 Nov 2021', 'Kim,Nguyen,,Tailspin,Head of Growth,05 May 2020']);
    await exportOf('y', WITH_URL, [
      'Olga,Ivanova,https://www.linkedin.com/in/olga-ivanova-12,,Contoso,Data Scientist,02 Nov 2021',
      'Kim,Nguyen,https://www.linkedin.com/in/kim-nguyen,,Tailspin,Head of Growth,05 May 2020',
      // A namesake, same company and title, who connected later.
      'Olga,Ivanova,https://www.linkedin.com/in/olga-ivanova-77,,Contoso,Data Scientist,03 Mar 2024',
    ]);
    expect((await run(['decide', 'x', '--remove', '-'], 'Olga Ivanova\nKim Nguyen\n')).code).toBe(0);
  });

  it('prune-list gives the exact profile URL the newer export has, never the namesake’s, nor a name search', async () => {
    const urls = await run(['prune-list', 'y']);
    expect(urls.code).toBe(0);
    expect(urls.stdout).toBe('https://www.linkedin.com/in/kim-nguyen\nhttps://www.linkedin.com/in/olga-ivanova-12\n');
    const md = await run(['prune-list', 'y', '--format', 'md']);
    expect(md.stdout).toContain('[Olga Ivanova](https://www.linkedin.com/in/olga-ivanova-12)');
    expect(md.stdout).not.toContain('search/results');
  });

  it('--format urls exits 1 and says so when someone marked remove cannot be listed', async () => {
    const urls = await run(['prune-list', 'x']);
    expect(urls).toMatchObject({ code: 1, stdout: '' });
    expect(urls.stderr).toContain('netprune: 2 people marked for removal are left out of this list (see above); exit code 1\n');
  });
});

describe('a name-only decision from an older file (finding 6)', () => {
  it('never lands on a namesake who connected after it was taken', async () => {
    await exportOf('exp', WITH_URL, ['Olga,Ivanova,https://www.linkedin.com/in/olga-ivanova-77,,Contoso,Data Scientist,03 Mar 2024']);
    const entry = {
      decision: 'remove',
      name: 'Olga Ivanova',
      url: null,
      company: 'Contoso',
      position: 'Data Scientist',
      decidedAt: '2023-01-01T00:00:00.000Z',
    };
    await writeFile(state(), JSON.stringify({ netprune: 'decisions', version: 1, export: 'old', owner: null, decisions: { 'name:olga ivanova': entry } }));
    const md = await run(['prune-list', 'exp', '--format', 'md']);
    expect(md.stdout).not.toContain('Olga');
    expect(md.stderr).toContain('1 marked for removal: 1 already done');
  });

  it('saved without a connection date, is asked about again rather than applied to the one namesake here', async () => {
    await exportOf('exp', WITH_URL, ['Olga,Ivanova,https://www.linkedin.com/in/olga-ivanova-12,,Contoso,Data Scientist,02 Nov 2021']);
    const entry = {
      decision: 'remove',
      name: 'Olga Ivanova',
      url: null,
      company: 'Contoso',
      position: 'Data Scientist',
      decidedAt: '2023-01-01T00:00:00.000Z',
    };
    await writeFile(state(), JSON.stringify({ netprune: 'decisions', version: 1, export: 'old', owner: null, decisions: { 'name:olga ivanova': entry } }));
    const list = await run(['prune-list', 'exp']);
    expect(list).toMatchObject({ code: 1, stdout: '' });
    expect(list.stderr).toContain('saved on Jan 1, 2023 without a connection date, it cannot be told whether it is about the Olga Ivanova here');
    expect(list.stderr).toContain('netprune review exp --only all` asks about them again');
  });
});

describe('many name-only decisions from an older file', () => {
  it('are described up to twenty, and the rest counted', async () => {
    const people = Array.from({ length: 25 }, (_, i) => `Person${String.fromCharCode(97 + i)}`);
    await exportOf(
      'exp',
      NO_URL,
      people.map((p) => `${p},Doe,,Acme,Analyst,02 Nov 2021`),
    );
    const entry = (p: string) => ({
      decision: 'remove',
      name: `${p} Doe`,
      url: null,
      company: 'Acme',
      position: 'Analyst',
      decidedAt: '2023-01-01T00:00:00.000Z',
    });
    const decisions = Object.fromEntries(people.map((p) => [`name:${p.toLowerCase()} doe`, entry(p)]));
    await writeFile(state(), JSON.stringify({ netprune: 'decisions', version: 1, export: 'old', owner: null, decisions }));
    const list = await run(['prune-list', 'exp', '--format', 'md']);
    expect(list.stderr.match(/without a connection date/g)).toHaveLength(20);
    expect(list.stderr).toContain('netprune:   … and 5 more\n');
  });
});

describe('two namesakes at one company, connected the same day, in exports without URLs (finding 7)', () => {
  const salesRep = 'Jean,Martin,,Freelance,Sales Rep,10 Jan 2019';
  const friend = 'Jean,Martin,,Freelance,Best Friend Engineer,10 Jan 2019';
  beforeEach(async () => {
    await exportOf('a', NO_URL, [salesRep, friend]);
    await exportOf('b', NO_URL, [friend, salesRep]);
    await exportOf('c', NO_URL, ['Paul,Durand,,Initech,Engineer,10 Feb 2018', friend]);
    // As an earlier netprune saved them: numbered in the order of export a.
    const entry = (decision: string, position: string) => ({
      decision,
      name: 'Jean Martin',
      url: null,
      company: 'Freelance',
      position,
      connectedOn: '2019-01-10',
      decidedAt: '2024-12-06T22:41:30.135Z',
    });
    const decisions = {
      'name:jean martin|freelance|2019-01-10#1': entry('remove', 'Sales Rep'),
      'name:jean martin|freelance|2019-01-10#2': entry('keep', 'Best Friend Engineer'),
    };
    await writeFile(state(), JSON.stringify({ netprune: 'decisions', version: 1, export: 'a', owner: null, decisions }));
  });

  it('the friend kept is never listed for removal once the other has left, and diff removes only the other', async () => {
    const list = await run(['prune-list', 'c', '--format', 'csv']);
    expect(list.stdout).toBe('decision,name,company,position,profile_url,decided_at\r\n');
    expect(list.stderr).toContain('1 marked for removal: 1 already done (no longer connected in c), 0 still connected');
    const diff = await run(['diff', 'a', 'c', '--state', state()]);
    expect(diff.stdout).toContain('Removed (1)\n');
    expect(diff.stdout).toMatch(/Removed \(1\)\n {2}\S+ +Jean Martin +Sales Rep at Freelance +you marked remove\n/);
    expect(diff.stdout).not.toContain('you marked keep');
  });

  it('rows in the other order keep their decisions, and diff pairs each with themselves', async () => {
    const list = await run(['prune-list', 'b', '--format', 'csv', '--include', 'keep']);
    expect(list.stdout).toContain('remove,Jean Martin,Freelance,Sales Rep,');
    expect(list.stdout).toContain('keep,Jean Martin,Freelance,Best Friend Engineer,');
    // diff pairs each with themselves, by position: nobody came or went.
    const diff = await run(['diff', 'a', 'b', '--state', state()]);
    expect(diff.stdout).toContain('2 → 2 connections: 0 added, 0 removed, 2 in both');
  });
});

describe('a removal is never counted done when it is not (findings 8 and 9)', () => {
  const rows = [
    'Margaux,Mercier,https://www.linkedin.com/in/margaux-mercier,,Litware,Designer,01 Feb 2019',
    'Yuki,Schmidt,https://www.linkedin.com/in/yuki-schmidt-cc49,,Fabrikam,Analyst,03 Apr 2020',
    'Ada,Stone,https://www.linkedin.com/in/ada-stone,,Acme,Recruiter,01 Feb 2015',
  ];
  beforeEach(async () => {
    await exportOf('demoA', WITH_URL, rows);
    expect((await run(['decide', 'demoA', '--remove', '-'], 'Margaux Mercier\nYuki Schmidt\n')).code).toBe(0);
  });

  it('while Connections.csv has a row it could not read: audit’s warning, and "could not check"', async () => {
    await exportOf('demo3', WITH_URL, [`${rows[0]},extra`, rows[1]!, rows[2]!]);
    const list = await run(['prune-list', 'demo3']);
    expect(list.code).toBe(1);
    expect(list.stdout).toBe('https://www.linkedin.com/in/yuki-schmidt-cc49\n');
    expect(list.stderr).toContain('demo3/Connections.csv:2: 1 row does not have the header’s 7 fields'.replace('’', "'"));
    expect(list.stderr).toContain('0 already done');
    expect(list.stderr).toContain('could not check 1 (Margaux Mercier): rows of Connections.csv were skipped');
    const diff = await run(['diff', 'demoA', 'demo3', '--state', state()]);
    expect(diff.stderr).toContain('Those connections are left out of the report, and of any prune list.');
    expect(diff.stdout).toContain('2 marked for removal: 0 no longer connected, 1 still connected');
    expect(diff.stdout).toContain('Could not check 1 (Margaux Mercier)');
  });

  it('when the person is there under a changed profile URL: listed under the new one, and said', async () => {
    await exportOf('demo4', WITH_URL, [rows[0]!, rows[1]!.replace('yuki-schmidt-cc49', 'yuki-schmidt-weber'), rows[2]!]);
    const list = await run(['prune-list', 'demo4']);
    expect(list).toMatchObject({ code: 0, stdout: 'https://www.linkedin.com/in/margaux-mercier\nhttps://www.linkedin.com/in/yuki-schmidt-weber\n' });
    expect(list.stderr).toContain('2 marked for removal: 0 already done (no longer connected in demo4), 2 still connected');
    expect(list.stderr).toContain('Yuki Schmidt is still connected: the profile URL changed from https://www.linkedin.com/in/yuki-schmidt-cc49 to');
    const diff = await run(['diff', 'demoA', 'demo4', '--state', state()]);
    expect(diff.stdout).toContain('2 marked for removal: 0 no longer connected, 2 still connected');
    expect(diff.stdout).toContain('https://www.linkedin.com/in/yuki-schmidt-weber (still connected: the profile URL changed)');
  });
});
