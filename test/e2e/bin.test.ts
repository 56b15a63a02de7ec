/**
 * The real bin/ in a child process, as a user's shell runs it: what only a process has (its exit
 * code, its descriptors, the worker thread) and what a user sees before the first build.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { expectInputError, fixture, netprune, root, spawnNetprune } from '../helpers/exec.js';

const scratch = mkdtempSync(join(tmpdir(), 'netprune-bin-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('bin/netprune.js', () => {
  it('prints the same help as the program it wraps, exit 0', async () => {
    const spawned = spawnNetprune(['--help']);
    expect(spawned.code).toBe(0);
    expect(spawned.stdout).toBe((await netprune(['--help'])).stdout);
  });

  it('exits 1 when a threshold is exceeded, with the report on stdout', () => {
    const run = spawnNetprune(['audit', fixture('demo'), '--json', '--max-strangers', '0']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveProperty('summary');
  });

  it('turns bad input into one line and exit 2', async () => {
    await expectInputError(['audit', fixture('exports/broken/not-a-zip.zip')], /not-a-zip\.zip/, /not a zip/, { spawn: true });
  });

  it('before any build, says to run npm run build: one line, exit 2, no stack trace', () => {
    const unbuilt = join(scratch, 'unbuilt');
    cpSync(join(root, 'bin'), join(unbuilt, 'bin'), { recursive: true });
    cpSync(join(root, 'package.json'), join(unbuilt, 'package.json'));
    const run = spawnSync(process.execPath, [join(unbuilt, 'bin', 'netprune.js'), 'audit', fixture('demo')], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('netprune: not built yet: run `npm run build` in the netprune folder first.\n');
  });
});
