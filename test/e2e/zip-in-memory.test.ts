import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixture, spawnNetprune } from '../helpers/exec.js';

describe('a zip export is never extracted to disk', () => {
  it('leaves the folder it sits in, the working folder and TMPDIR exactly as they were', () => {
    const home = mkdtempSync(join(tmpdir(), 'netprune-zip-home-'));
    const scratch = mkdtempSync(join(tmpdir(), 'netprune-zip-tmp-'));
    const zip = join(home, 'Basic_LinkedInDataExport_11-20-2026.zip');
    copyFileSync(fixture('demo.zip'), zip);
    const run = spawnNetprune(['audit', zip, '--json'], { cwd: home, env: { TMPDIR: scratch, TMP: scratch, TEMP: scratch } });
    expect(run.code).toBe(0);
    expect(readdirSync(home)).toEqual(['Basic_LinkedInDataExport_11-20-2026.zip']);
    expect(readdirSync(scratch)).toEqual([]);
  });
});
