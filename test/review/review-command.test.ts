import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { review } from '../../src/commands/review.js';
import { UsageError } from '../../src/errors.js';
import type { CardAction } from '../../src/review/prompts.js';
import type { Io } from '../../src/util/io.js';

vi.mock('../../src/review/prompts.js');
const prompts = vi.mocked(await import('../../src/review/prompts.js'));

let dir: string;
let out: string;
const io = (tty = true): Io => ({
  stdout: { write: (text: string) => (out += text) },
  stderr: { write: () => true },
  env: { NO_COLOR: '1' },
  cwd: dir,
  stdoutIsTTY: tty,
  stderrIsTTY: false,
  stdinIsTTY: tty,
  today: '2025-06-01',
  now: new Date('2025-06-01T00:00:00Z'),
});

beforeEach(async () => {
  out = '';
  dir = await mkdtemp(join(tmpdir(), 'netprune-review-command-'));
  await writeFile(
    join(dir, 'Connections.csv'),
    `${[
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ada,Stone,https://www.linkedin.com/in/ada-stone,,Acme,Recruiter,01 Feb 2015',
      'Ben,Ortiz,,,Zeta,Sales,01 Mar 2016',
    ].join('\n')}\n`,
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function answers(actions: CardAction[]) {
  prompts.askCardAction.mockImplementation(async () => {
    const next = actions.shift();
    if (next === undefined) throw new Error('There was an unexpected call to askCardAction');
    return next;
  });
}

describe('review command', () => {
  it('refuses without a terminal, in one line that points to audit --json and prune-list', async () => {
    const error = await review('Connections.csv', {}, io(false)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as Error).message).toBe(
      'review is interactive and needs a terminal; in a script use `netprune audit Connections.csv --json`, or `netprune prune-list Connections.csv` for earlier decisions',
    );
  });

  it.each([
    ['only', { only: 'friends' }, '--only must be one of stranger, weak-tie, known, all; got "friends"'],
    ['order', { order: 'random' }, '--order must be one of oldest, newest, name, company; got "random"'],
  ])('rejects an unknown --%s', async (_, options, message) => {
    await expect(review('Connections.csv', options, io())).rejects.toThrow(message);
  });

  it('says what it will do, saves beside the export, and ends with what was decided and what to run next', async () => {
    answers(['remove', 'quit']);
    expect(await review('Connections.csv', {}, io())).toBe(0);
    const state = join(dir, 'netprune-decisions.json');
    expect(out).toBe(
      [
        'Reviewing 2 of 2: strangers, then weak ties, oldest connection first.',
        `Every answer is saved at once in ${state}`,
        '1 person has no profile URL in this export: that answer is kept by name.',
        '',
        'This session: 0 kept, 1 removed, 0 skipped.',
        'Overall: 0 kept, 1 removed, 1 still to decide, of 2.',
        `Decisions: ${state}`,
        'To resume:       netprune review Connections.csv',
        'The prune list:  netprune prune-list Connections.csv --format html --out prune-list.html',
        '',
      ].join('\n'),
    );
    expect(Object.keys(JSON.parse(await readFile(state, 'utf8')).decisions)).toEqual(['in/ada-stone']);
    expect(existsSync(`${state}.lock`)).toBe(false);
  });

  it('says when everything has an answer, and resumes nothing', async () => {
    answers(['remove', 'keep']);
    expect(await review('Connections.csv', {}, io())).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'netprune-decisions.json'), 'utf8')).decisions).toMatchObject({
      'in/ada-stone': { decision: 'remove' },
      'name:ben ortiz': { decision: 'keep', url: null },
    });
    out = '';
    expect(await review('Connections.csv', {}, io())).toBe(0);
    expect(out.split('\n')[0]).toBe('Nothing to review: all 2 strangers and weak ties have an answer. Add --redo to go through them again.');
    expect(out).not.toContain('To resume');
  });
});
