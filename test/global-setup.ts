/**
 * Runs once around the whole test run.
 *
 * It builds first, so the few tests that spawn the real bin/ never run yesterday's code.
 * It also points TMPDIR at one folder of its own and removes that folder at the end: whatever a
 * test or a spawned netprune leaves in the temporary folder (the unpacked test browser too) goes
 * with it, and the machine's /tmp is left as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export default function setup(): () => void {
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status ?? build.signal}): the tests need a fresh build.`);

  const scratch = mkdtempSync(join(tmpdir(), 'netprune-tests-'));
  const previous = { TMPDIR: process.env['TMPDIR'] };
  process.env['TMPDIR'] = scratch;
  return () => {
    rmSync(scratch, { recursive: true, force: true });
    if (previous.TMPDIR === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous.TMPDIR;
  };
}
