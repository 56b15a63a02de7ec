/** `prune-list` from a decisions file. Spawns the built bin: run `npm run build` first. */
import { parse } from 'csv-parse/sync';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { netprune } from '../helpers/exec.js';

let dir: string;
let state: string;
const person = (decision: string, name: string, slug: string | null) => ({
  decision,
  name,
  url: slug === null ? null : `https://www.linkedin.com/in/${slug}`,
  company: 'Acme',
  position: '@sales',
  decidedAt: '2025-06-01T10:00:00.000Z',
});

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-prune-list-'));
  state = join(dir, 'netprune-decisions.json');
  await writeFile(
    state,
    JSON.stringify({
      netprune: 'decisions',
      version: 1,
      export: join(dir, 'export.zip'),
      decisions: {
        'in/ada-stone': person('remove', 'Ada Stone', 'ada-stone'),
        'name:old timer': person('remove', 'Old Timer', null),
        'in/ben-ortiz': person('keep', 'Ben Ortiz', 'ben-ortiz'),
        'in/cy-park': person('skip', 'Cy Park', 'cy-park'),
      },
    }),
  );
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

// The decisions file is found beside the export by default.
const exportPath = () => join(dir, 'export.zip');

describe('prune-list', () => {
  it('prints profile URLs by default, and says who could not be listed', async () => {
    expect(await netprune(['prune-list', exportPath()])).toEqual({
      code: 0,
      stdout: 'https://www.linkedin.com/in/ada-stone\n',
      stderr: 'netprune: 1 person to remove has no profile URL in the export and is not listed; --format md or html lists them with a search link\n',
    });
  });

  it('writes CSV with formula cells neutralised', async () => {
    const run = await netprune(['prune-list', exportPath(), '--format', 'csv', '--include', 'keep']);
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
    const run = await netprune(['prune-list', exportPath(), '--format', 'md', '--out', out]);
    expect(run).toEqual({ code: 0, stdout: '', stderr: `Wrote the prune list (2 to remove) to ${out}\n` });
    expect(await readFile(out, 'utf8')).toContain('- [ ] [Ada Stone](https://www.linkedin.com/in/ada-stone) — @sales at Acme\n');
  });

  it('refuses to mix kept people into a bare URL list', async () => {
    const run = await netprune(['prune-list', exportPath(), '--include', 'keep']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^netprune: --include keep cannot go with --format urls/);
  });

  it('says to run review first when there are no decisions', async () => {
    const run = await netprune(['prune-list', join(dir, 'elsewhere', 'export.zip')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `netprune: ${join(dir, 'elsewhere', 'netprune-decisions.json')}: no decisions yet. Run \`netprune review ${join(dir, 'elsewhere', 'export.zip')}\` first, or give the decisions file with --state\n`,
    );
  });

  it('refuses a damaged decisions file and leaves it as it was', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{"netprune": "decisions", ');
    const run = await netprune(['prune-list', exportPath(), '--state', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/broken\.json: is not valid JSON \(.*\)\. netprune leaves it untouched/);
    expect(await readFile(broken, 'utf8')).toBe('{"netprune": "decisions", ');
  });
});
