/** `decide`: decisions from lists of people, with review's file, keys and safety, all or nothing. */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectInputError, netprune, spawnNetprune } from '../helpers/exec.js';

let dir: string;
const CONNECTIONS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Stone,https://www.linkedin.com/in/ada-stone,,Acme,Recruiter,01 Feb 2015',
  'Élodie,Moreau,https://www.linkedin.com/in/elodie-moreau,,Litware,UX Designer,08 Nov 2020',
  'Jane,Doe,https://www.linkedin.com/in/jane-doe-1,,Acme,Sales,01 Mar 2016',
  'Jane,Doe,https://www.linkedin.com/in/jane-doe-2,,Zeta,Engineer,01 Mar 2018',
].join('\n');
const WITHOUT_URLS = [
  'First Name,Last Name,Email Address,Company,Position,Connected On',
  'Jane,Doe,,Acme,Sales,01 Mar 2016',
  'Jane,Doe,,Zeta,Engineer,01 Mar 2018',
].join('\n');

const state = () => join(dir, 'netprune-decisions.json');
const decisions = async () =>
  JSON.parse(await readFile(state(), 'utf8')).decisions as Record<string, { decision: string; source?: string; name: string; company: string }>;
const list = async (name: string, lines: string[]) => writeFile(join(dir, name), `${lines.join('\n')}\n`);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-decide-'));
  await writeFile(join(dir, 'Connections.csv'), CONNECTIONS);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('decide', () => {
  it('records each list under review\u2019s keys, with decide as the source, and says what it did', async () => {
    await list('remove.txt', ['# strangers', 'https://fr.linkedin.com/in/ada-stone/', '', 'Jane Doe @ zeta']);
    await list('keep.txt', ['ELODIE MOREAU']);
    const run = await netprune(['decide', 'Connections.csv', '--remove', 'remove.txt', '--keep', 'keep.txt'], { cwd: dir });
    expect(run).toEqual({ code: 0, stdout: `Recorded 1 keep, 2 remove in ${state()}\n`, stderr: '' });
    const saved = await decisions();
    expect(Object.fromEntries(Object.entries(saved).map(([key, e]) => [key, [e.decision, e.source]]))).toEqual({
      'in/ada-stone': ['remove', 'decide'],
      'in/elodie-moreau': ['keep', 'decide'],
      'in/jane-doe-2': ['remove', 'decide'],
    });
    // Nothing is left locked for the next review.
    expect(existsSync(`${state()}.lock`)).toBe(false);
  });

  it('reads a list from stdin with -, and says how many earlier decisions it changed', async () => {
    await list('keep.txt', ['Ada Stone']);
    await netprune(['decide', 'Connections.csv', '--keep', 'keep.txt'], { cwd: dir });
    const run = await netprune(['decide', 'Connections.csv', '--remove', '-'], { cwd: dir, input: 'Ada Stone\nElodie Moreau\n' });
    expect(run.stdout).toBe(`Recorded 2 remove (1 changed from an earlier decision) in ${state()}\n`);
    expect((await decisions())['in/ada-stone']?.decision).toBe('remove');
  });

  it('reads stdin in the real bin too', async () => {
    const run = spawnNetprune(['decide', 'Connections.csv', '--skip', '-'], { cwd: dir, input: 'https://www.linkedin.com/in/ada-stone\n' });
    expect(run).toEqual({ code: 0, stdout: `Recorded 1 skip in ${state()}\n`, stderr: '' });
    expect((await decisions())['in/ada-stone']?.decision).toBe('skip');
  });

  it('changes nothing when one line names no one or a namesake could be meant, and says which lines', async () => {
    await list('keep.txt', ['Ada Stone']);
    await netprune(['decide', 'Connections.csv', '--keep', 'keep.txt'], { cwd: dir });
    const before = await readFile(state(), 'utf8');
    await list('remove.txt', ['Élodie Moreau', 'Jane Doe', 'Ada Ston', 'https://www.linkedin.com/in/nobody']);
    const run = await netprune(['decide', 'Connections.csv', '--remove', 'remove.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'netprune: remove.txt:2: "Jane Doe": 2 connections have this name (Acme, Zeta): write "Name @ Company", or give the profile URL',
      'netprune: remove.txt:3: "Ada Ston": no connection has this name',
      'netprune: remove.txt:4: "https://www.linkedin.com/in/nobody": no connection has this profile URL',
      'netprune: remove.txt: 3 lines name no connection or several. Nothing was recorded: fix those lines and run decide again',
    ]);
    expect(await readFile(state(), 'utf8')).toBe(before);
  });

  it('refuses a list of 200,000 lines that name no one with one count, not an internal error', async () => {
    await list(
      'remove.txt',
      Array.from({ length: 200_000 }, (_, i) => `https://www.linkedin.com/in/nobody-${i}`),
    );
    const run = await netprune(['decide', 'Connections.csv', '--remove', 'remove.txt'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n').at(-1)).toBe(
      'netprune: remove.txt: 200,000 lines name no connection or several. Nothing was recorded: fix those lines and run decide again',
    );
    expect(existsSync(state())).toBe(false);
  });

  it('never takes part of a name, as explain does: a partial name is a line to fix', async () => {
    await list('remove.txt', ['Ada']);
    await expectInputError(
      ['decide', join(dir, 'Connections.csv'), '--remove', join(dir, 'remove.txt')],
      /remove\.txt:1: "Ada"/,
      /no connection has this name/,
    );
    expect(existsSync(state())).toBe(false);
  });

  it('finds people as every other match does: ø folded, credentials after a comma and a legal suffix left out', async () => {
    const rows = ['Søren,"Dahl, PhD",https://www.linkedin.com/in/soren-dahl,,Contoso SAS,Data Engineer,03 Jan 2019'];
    await writeFile(join(dir, 'Connections.csv'), [CONNECTIONS, ...rows].join('\n'));
    await list('keep.txt', ['Soren Dahl @ contoso']);
    expect((await netprune(['decide', 'Connections.csv', '--keep', 'keep.txt'], { cwd: dir })).code).toBe(0);
    expect(Object.entries(await decisions()).map(([key, e]) => [key, e.decision])).toEqual([['in/soren-dahl', 'keep']]);
  });

  it('refuses one person in two lists with different decisions', async () => {
    await list('keep.txt', ['Ada Stone']);
    await list('remove.txt', ['https://www.linkedin.com/in/ada-stone']);
    await expectInputError(
      ['decide', join(dir, 'Connections.csv'), '--keep', join(dir, 'keep.txt'), '--remove', join(dir, 'remove.txt')],
      /remove\.txt:1/,
      /keep\.txt:1 already says keep for this person/,
    );
  });

  it('tells namesakes apart by company in an export without URLs, keyed by name as review keys them', async () => {
    await writeFile(join(dir, 'Connections.csv'), WITHOUT_URLS);
    await list('remove.txt', ['Jane Doe @ Acme']);
    expect((await netprune(['decide', 'Connections.csv', '--remove', 'remove.txt'], { cwd: dir })).code).toBe(0);
    expect(Object.entries(await decisions()).map(([key, e]) => [key, e.decision, e.company])).toEqual([['name:jane doe|acme|2016-03-01', 'remove', 'Acme']]);
  });

  it('refuses a decisions file of another account, and one that another session holds', async () => {
    await list('keep.txt', ['Ada Stone']);
    await writeFile(state(), JSON.stringify({ netprune: 'decisions', version: 1, export: dir, owner: 'in/someone-else', decisions: {} }));
    await writeFile(join(dir, 'Profile.csv'), 'First Name,Last Name,Headline\nCamille,Lefèvre,PM\n');
    const other = await netprune(['decide', 'Connections.csv', '--keep', 'keep.txt', '--me', 'https://www.linkedin.com/in/camille'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/holds the decisions of another LinkedIn account \(in\/someone-else\), not in\/camille/);

    // A live process other than this one: the test runner that started it.
    await writeFile(`${join(dir, 'mine.json')}.lock`, `${process.ppid}\n`);
    await expectInputError(
      ['decide', join(dir, 'Connections.csv'), '--keep', join(dir, 'keep.txt'), '--state', join(dir, 'mine.json')],
      /mine\.json/,
      /another netprune review \(process \d+\) is using this decisions file/,
    );
  });

  it('needs a list', async () => {
    const run = await netprune(['decide', 'Connections.csv'], { cwd: dir });
    expect(run).toMatchObject({ code: 2, stderr: 'netprune: decide needs a list: --keep FILE, --remove FILE or --skip FILE (- reads stdin)\n' });
  });
});
