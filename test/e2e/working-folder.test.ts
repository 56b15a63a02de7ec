import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';

/**
 * A program that calls run(argv, io) from another working folder (an editor plugin, a test runner)
 * gives its folder as io.cwd: every path a user typed is read from there, never from process.cwd().
 */
const fixtures = fixture('');

describe('paths are read from the working folder the command is given', () => {
  let state: string;
  beforeAll(async () => {
    state = await mkdtemp(join(tmpdir(), 'netprune-cwd-'));
    await writeFile(join(state, 'decisions.json'), JSON.stringify({ netprune: 'decisions', version: 1, owner: null, export: 'demo', decisions: {} }));
  });
  afterAll(() => rm(state, { recursive: true, force: true }));

  it.each([
    ['audit', ['audit', 'demo', '--json']],
    ['explain', ['explain', 'demo', 'a']],
    ['invitations', ['invitations', 'demo', '--json']],
    ['suggest', ['suggest', 'demo', '--json']],
    ['diff', ['diff', 'demo', 'demo-later', '--json']],
  ])('%s', async (_command, args) => {
    expect(process.cwd()).not.toBe(fixtures);
    const result = await netprune(args, { cwd: fixtures });
    expect(result.stderr).not.toMatch(/does not exist/);
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
  });

  it('prune-list', async () => {
    const result = await netprune(['prune-list', 'demo', '--state', join(state, 'decisions.json')], { cwd: fixtures });
    expect(result.stderr).not.toMatch(/does not exist/);
    expect(result.code).toBe(0);
  });

  it('names the export as it was typed, relative to the working folder, in the text report', async () => {
    const result = await netprune(['audit', 'demo'], { cwd: fixtures });
    expect(result.stdout.split('\n')[0]).toBe('Read demo (folder)');
  });
});
