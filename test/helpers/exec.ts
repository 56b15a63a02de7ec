import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/netprune.js', import.meta.url));
export const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built bin as a user would, colour off unless the test sets it. */
export function netprune(args: string[], options: { env?: Record<string, string>; cwd?: string; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', SOURCE_DATE_EPOCH: '1795000000', ...options.env },
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line on stderr, naming the file, exit 2, no stack trace. */
export function expectInputError(args: string[], file: RegExp, what: RegExp) {
  const run = netprune(args);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(file);
  expect(lines[0]).toMatch(what);
  expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
}
