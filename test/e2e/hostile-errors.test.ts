/**
 * Error messages quote paths, file names and values that strangers may have written. Whatever
 * they hold, stderr carries no escape sequence, C1 control or bidi override.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { netprune } from '../helpers/exec.js';

const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const HOSTILE = 'x\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202eevil\rforged';
const scratch = mkdtempSync(join(tmpdir(), 'netprune-hostile-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('errors that quote hostile names', () => {
  it('a missing path named with escapes: one clean line, exit 2', async () => {
    const run = await netprune(['audit', join(scratch, HOSTILE, 'export.zip')]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/xevil forged/);
    expect(run.stderr).not.toMatch(UNSAFE);
  });

  it('a broken Connections.csv in a folder named with escapes', async () => {
    const folder = join(scratch, `${HOSTILE}-export`);
    mkdirSync(folder);
    writeFileSync(join(folder, 'Connections.csv'), 'Notes:\nnot a header at all\n');
    const run = await netprune(['audit', folder]);
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(UNSAFE);
  });
});
