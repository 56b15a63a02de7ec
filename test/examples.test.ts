/**
 * The examples under examples/ work against the package as npm ships it: packed with `npm pack`,
 * unpacked into each example's node_modules (its dependencies linked from this checkout, since tests run
 * offline), the TypeScript one type-checked and built, each one's tests run with node:test, and each
 * plugin run by the packed netprune on the demo export.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, root } from './helpers/exec.js';
import type { Report } from '../src/report/schema.js';

const work = mkdtempSync(join(tmpdir(), 'netprune-examples-'));
let tarball: string;

beforeAll(() => {
  // The global setup has just built; prepack would build again.
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  expect(pack.status, pack.stderr).toBe(0);
  tarball = join(work, (JSON.parse(pack.stdout) as { filename: string }[])[0]!.filename);
});

/** A copy of examples/<name> with the packed netprune in its node_modules. */
function install(name: string): string {
  const dir = join(work, name);
  cpSync(join(root, 'examples', name), dir, { recursive: true });
  const target = join(dir, 'node_modules', 'netprune');
  mkdirSync(target, { recursive: true });
  expect(spawnSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']).status).toBe(0);
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dependency of [...Object.keys(dependencies), '@types/node', 'undici-types']) {
    mkdirSync(dirname(join(dir, 'node_modules', dependency)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), join(dir, 'node_modules', dependency), 'dir');
  }
  return dir;
}

const node = (args: string[], cwd: string) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', SOURCE_DATE_EPOCH: '1795000000' } });

function auditWith(dir: string, plugin: string): Report {
  const run = node([join(dir, 'node_modules/netprune/bin/netprune.js'), 'audit', fixture('demo'), '--json', '--classifier', plugin], dir);
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

describe('examples, built against the packed package', () => {
  it('JavaScript: its tests pass under node:test, and the packed netprune runs it', () => {
    const dir = install('javascript');
    const test = node(['--test'], dir);
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toMatch(/# pass 5/);
    const report = auditWith(dir, './recruiters.mjs');
    expect(report.classifier.plugin).toBe('./recruiters.mjs');
    expect(report.contacts.some((c) => c.reasons[0]?.rule === 'recruiter')).toBe(true);
  });

  it('TypeScript: it type-checks and builds against the packed types, its tests pass, and the packed netprune runs it', () => {
    const dir = install('typescript');
    const tsc = node([join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], dir);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    const test = node(['--test', 'dist/'], dir);
    expect(test.status, test.stdout + test.stderr).toBe(0);
    expect(test.stdout).toMatch(/# pass 3/);
    const report = auditWith(dir, './dist/recent-contact.js');
    const rules = new Set(report.contacts.map((c) => c.reasons[0]?.rule));
    for (const rule of ['recent', 'old', 'no-message']) expect(rules).toContain(rule);
  }, 120_000); // tsc over the packed types alone takes 20 s on a busy two-core machine
});
