/**
 * Two ways to run netprune in a test.
 *
 * `netprune()` calls `run(argv, io)` in this process, on the TypeScript sources: it tests the code as
 * it is now, with no build in between, and is what almost every end-to-end test uses.
 * `spawnNetprune()` starts the real bin/ in a child process, as a user's shell would: kept for the
 * few smoke tests of what only a process has (exit codes, the worker thread, signals, descriptors).
 * test/global-setup.ts builds before the run, so that bin/ is never stale.
 */
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { run } from '../../src/program.js';
import { todayFrom } from '../../src/util/clock.js';
import { isoDay } from '../../src/util/iso-date.js';
import type { Io } from '../../src/util/io.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bin = fileURLToPath(new URL('../../bin/netprune.js', import.meta.url));
export const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string>;
  cwd?: string;
  /** What the command reads from stdin (`-`); none unless given. */
  input?: string;
}

/** A fixed clock, so that reports made on different days compare equal. */
const FIXED_EPOCH = '1795000000';

function environment(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', SOURCE_DATE_EPOCH: FIXED_EPOCH, ...extra };
}

/** An `Io` as a user's shell with no terminal attached would give, and what was written to it. */
export function testIo(options: RunOptions = {}): { io: Io; output: () => { stdout: string; stderr: string } } {
  const env = environment(options.env);
  const now = todayFrom(env);
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    cwd: options.cwd ?? root,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    stdinIsTTY: false,
    ...(options.input === undefined ? {} : { stdin: Readable.from([options.input]) }),
    today: isoDay(now),
    now,
  };
  return { io, output: () => ({ stdout, stderr }) };
}

/** Runs netprune in process, as a user would with no terminal attached; colour off unless the test sets it. */
export async function netprune(args: string[], options: RunOptions = {}): Promise<Run> {
  const { io, output } = testIo(options);
  const code = await run(args, io);
  return { code, ...output() };
}

/** Runs the built bin/ in a child process, as a user's shell would. */
export function spawnNetprune(args: string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    env: environment(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** One line on stderr, naming the file, exit 2, no stack trace; `spawn` runs the real bin/. */
export async function expectInputError(args: string[], file: RegExp, what: RegExp, { spawn = false } = {}): Promise<void> {
  const result = spawn ? spawnNetprune(args) : await netprune(args);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(file);
  expect(lines[0]).toMatch(what);
  expect(result.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
}
