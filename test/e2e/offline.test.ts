import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bin, fixture, root } from '../helpers/exec.js';

const preload = fileURLToPath(new URL('../helpers/no-network.mjs', import.meta.url));
// A network namespace with no interface at all, where the machine allows one (root, or user namespaces).
const isolate = ['-n', '-rn'].find((flag) => spawnSync('unshare', [flag, 'true']).status === 0);

function offline(args: string[]) {
  const logFile = join(mkdtempSync(join(tmpdir(), 'netprune-offline-')), 'attempts.log');
  const command = [process.execPath, '--import', preload, bin, ...args];
  const [file, ...rest] = isolate === undefined ? command : ['unshare', isolate, ...command];
  const result = spawnSync(file!, rest, {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', SOURCE_DATE_EPOCH: '1795000000', NETPRUNE_NETWORK_LOG: logFile },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stderr: result.stderr, attempts: existsSync(logFile) ? readFileSync(logFile, 'utf8') : '' };
}

describe('netprune makes no network connection', () => {
  it(`runs with networking made impossible (${isolate === undefined ? 'sockets blocked in-process' : `unshare ${isolate} and sockets blocked`})`, () => {
    for (const args of [
      ['audit', fixture('demo')],
      ['audit', fixture('demo.zip'), '--json'],
      ['audit', fixture('demo'), '--format', 'csv'],
      ['explain', fixture('demo'), 'Leila'],
      ['rules'],
      ['schema'],
      ['audit', fixture('demo'), '--classifier', 'fixtures/plugins/example-classifier.mjs', '--json'],
    ]) {
      const run = offline(args);
      expect({ args, code: run.code, stderr: run.stderr, attempts: run.attempts }).toEqual({ args, code: 0, stderr: '', attempts: '' });
    }
  });

  it('the blocker itself works: a program that reaches out is caught', () => {
    const logFile = join(mkdtempSync(join(tmpdir(), 'netprune-offline-')), 'attempts.log');
    const result = spawnSync(process.execPath, ['--import', preload, '-e', "require('node:net').connect(80, 'localhost')"], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'] ?? '', NETPRUNE_NETWORK_LOG: logFile },
    });
    expect(result.status).not.toBe(0);
    expect(readFileSync(logFile, 'utf8')).toMatch(/net\.connect/);
  });
});
