/** review's closing hints repeat the options in force: resuming judges with the same rules, and the same order. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { review } from '../../src/commands/review.js';
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
  dir = await mkdtemp(join(tmpdir(), 'netprune-resume-hint-'));
  await writeFile(
    join(dir, 'Connections.csv'),
    `${[
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
      'Ada,Stone,https://www.linkedin.com/in/ada-stone,,Acme,Recruiter,01 Feb 2015',
      'Ben,Ortiz,https://www.linkedin.com/in/ben-ortiz,,Zeta,Sales,01 Mar 2016',
    ].join('\n')}\n`,
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('"To resume" and "The prune list" carry --rules, --me, --only and --order as given', async () => {
  const answers = ['remove', 'quit'] as const;
  let i = 0;
  prompts.askCardAction.mockImplementation(async () => answers[i++]!);
  const options = { rules: 'strict', me: 'https://www.linkedin.com/in/me', only: 'all', order: 'newest' } as const;
  expect(await review('Connections.csv', options, io())).toBe(0);
  expect(out).toContain('To resume:       netprune review Connections.csv --rules strict --me https://www.linkedin.com/in/me --only all --order newest\n');
  expect(out).toContain('The prune list:  netprune prune-list Connections.csv --me https://www.linkedin.com/in/me --format html --out prune-list.html\n');
});

it('the refusal without a terminal points to audit with the same rules', async () => {
  const error = await review('Connections.csv', { rules: './my rules.json' }, io(false)).catch((e: unknown) => e);
  expect((error as Error).message).toContain("`netprune audit Connections.csv --rules './my rules.json' --json`");
});
