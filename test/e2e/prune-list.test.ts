/** `prune-list`: the decisions file checked against the export given. Spawns the built bin: run `npm run build` first. */
import { parse } from 'csv-parse/sync';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectInputError, fixture, netprune } from '../helpers/exec.js';

let dir: string;
let exportPath: string;
let state: string;
const person = (decision: string, name: string, slug: string | null) => ({
  decision,
  name,
  url: slug === null ? null : `https://www.linkedin.com/in/${slug}`,
  company: 'Acme',
  position: '@sales',
  decidedAt: '2025-06-01T10:00:00.000Z',
});
const CONNECTIONS = [
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Ada,Stone,https://www.linkedin.com/in/ada-stone,,Acme,@sales,05 Mar 2026',
  'Old,Timer,,,Acme,@sales,05 Mar 2016',
  'Ben,Ortiz,https://www.linkedin.com/in/ben-ortiz,,Acme,@sales,05 Mar 2024',
].join('\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-prune-list-'));
  exportPath = join(dir, 'Basic_LinkedInDataExport_11-10-2026');
  await mkdir(exportPath);
  await writeFile(join(exportPath, 'Connections.csv'), CONNECTIONS);
  // The decisions file is found beside the export by default.
  state = join(dir, 'netprune-decisions.json');
  await writeFile(
    state,
    JSON.stringify({
      netprune: 'decisions',
      version: 1,
      export: exportPath,
      decisions: {
        'in/ada-stone': person('remove', 'Ada Stone', 'ada-stone'),
        'name:old timer|acme|2016-03-05': { ...person('remove', 'Old Timer', null), connectedOn: '2016-03-05' },
        'in/gone-already': person('remove', 'Gone Already', 'gone-already'),
        'in/ben-ortiz': person('keep', 'Ben Ortiz', 'ben-ortiz'),
        'in/kept-gone': person('keep', 'Kept Gone', 'kept-gone'),
        'in/cy-park': person('skip', 'Cy Park', 'cy-park'),
      },
    }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const SUMMARY = () => `netprune: 3 marked for removal: 1 already done (no longer connected in ${exportPath}), 2 still connected\n`;
const DATE = 'netprune: Exported on Nov 10, 2026 (from the archive’s name)\n';

describe('prune-list', () => {
  it('lists only the people still connected in the export given, and says how many removals are done', async () => {
    const later = fixture('demo-later');
    const run = await netprune(['prune-list', later, '--state', join(later, 'netprune-decisions.json')]);
    expect(run.code).toBe(0);
    // The six that `diff` says are still connected, not the 42 ever marked.
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(6);
    expect(run.stdout).toMatch(/^https:\/\/www\.linkedin\.com\/in\/beno%C3%AEt-chevalier-bc502d4d\n/);
    expect(run.stderr).toBe(
      `netprune: 42 marked for removal: 36 already done (no longer connected in ${later}), 6 still connected\nnetprune: Exported on Feb 26, 2027 or later (the date of its newest record)\n`,
    );
  });

  it('prints profile URLs by default, says who could not be listed, and exits 1 so that a script sees the list is partial', async () => {
    expect(await netprune(['prune-list', exportPath])).toEqual({
      code: 1,
      stdout: 'https://www.linkedin.com/in/ada-stone\n',
      stderr: `${SUMMARY()}${DATE}netprune: 1 person to remove has no profile URL in the export and is not listed; --format md or html lists them with a search link\nnetprune: 1 person marked for removal is left out of this list (see above); exit code 1\n`,
    });
  });

  it('writes CSV with formula cells neutralised, keeping only the kept people still connected', async () => {
    const run = await netprune(['prune-list', exportPath, '--format', 'csv', '--include', 'keep']);
    expect(run.code).toBe(0);
    const rows = parse(run.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.decision, r.name, r.position])).toEqual([
      ['remove', 'Ada Stone', "'@sales"],
      ['remove', 'Old Timer', "'@sales"],
      ['keep', 'Ben Ortiz', "'@sales"],
    ]);
  });

  it('writes a Markdown checklist to a file', async () => {
    const out = join(dir, 'list.md');
    const run = await netprune(['prune-list', exportPath, '--format', 'md', '--out', out]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: `${SUMMARY()}${DATE}Wrote the prune list (2 to remove) to ${out}\n` });
    const text = await readFile(out, 'utf8');
    expect(text).toContain('2 people to remove.');
    expect(text).toContain('- [ ] [Ada Stone](https://www.linkedin.com/in/ada-stone) — @sales at Acme\n');
    expect(text).not.toContain('Gone Already');
  });

  it('refuses to mix kept people into a bare URL list', async () => {
    const run = await netprune(['prune-list', exportPath, '--include', 'keep']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^netprune: --include keep cannot go with --format urls/);
  });

  it('reports a missing export as missing, not as "no decisions yet"', async () => {
    await expectInputError(['prune-list', join(dir, 'elsewhere', 'export.zip')], /elsewhere\/export\.zip: /, /: does not exist\. Pass the LinkedIn export/);
  });

  it('says to run review first when the export has no decisions beside it', async () => {
    const other = join(dir, 'other');
    await mkdir(join(other, 'export'), { recursive: true });
    await writeFile(join(other, 'export', 'Connections.csv'), CONNECTIONS);
    const run = await netprune(['prune-list', join(other, 'export')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `netprune: ${join(other, 'netprune-decisions.json')}: no decisions yet. Run \`netprune review ${join(other, 'export')}\` first, or give the decisions file with --state\n`,
    );
  });

  it('refuses another account’s decisions, as review does', async () => {
    const later = fixture('demo-later');
    const theirs = join(dir, 'theirs.json');
    const file = JSON.parse(await readFile(join(later, 'netprune-decisions.json'), 'utf8')) as { owner: string };
    await writeFile(theirs, JSON.stringify({ ...file, owner: 'in/someone-else-12ab' }));
    await expectInputError(
      ['prune-list', later, '--state', theirs],
      /theirs\.json: /,
      /holds the decisions of another LinkedIn account \(in\/someone-else-12ab\), not those of .*demo-later \(in\/camille-lefèvre-4b2a91c7\)\. Give --state the decisions file of this account/,
    );
  });

  it('never writes over the decisions file in use or a file of the export', async () => {
    const before = await readFile(state, 'utf8');
    await expectInputError(
      ['prune-list', exportPath, '--out', state],
      /netprune-decisions\.json: /,
      /is the decisions file in use \(.*netprune-decisions\.json\)\. Choose another --out/,
    );
    expect(await readFile(state, 'utf8')).toBe(before);
    const connections = join(exportPath, 'Connections.csv');
    await expectInputError(
      ['prune-list', exportPath, '--format', 'csv', '--out', connections],
      /Connections\.csv: /,
      /is .*Connections\.csv, a file of the export being read \(.*Basic_LinkedInDataExport_11-10-2026\)\. Choose another --out: netprune never writes over what it reads\./,
    );
    expect(await readFile(connections, 'utf8')).toBe(CONNECTIONS);
  });

  it('refuses a damaged decisions file and leaves it as it was', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"netprune": "decisions", ');
    const run = await netprune(['prune-list', exportPath, '--state', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json: is not valid JSON, so not a netprune decisions file\. netprune leaves it untouched/);
    expect(await readFile(broken, 'utf8')).toBe('{"netprune": "decisions", ');
  });

  it('says an old export is old: removals done since are not in it', async () => {
    const old = join(dir, 'old');
    await mkdir(join(old, 'Basic_LinkedInDataExport_01-15-2026'), { recursive: true });
    await writeFile(join(old, 'Basic_LinkedInDataExport_01-15-2026', 'Connections.csv'), CONNECTIONS.replace('05 Mar 2026', '05 Jan 2026'));
    await copyFile(state, join(old, 'netprune-decisions.json'));
    const run = await netprune(['prune-list', join(old, 'Basic_LinkedInDataExport_01-15-2026'), '--format', 'md']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('netprune: This export is from Jan 15, 2026, more than three months ago: nothing that happened since is in it.');
  });
});
