import { cpSync, existsSync } from 'node:fs';
import { fixture } from '../helpers/exec.js';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { review, type ReviewOptions } from '../../src/commands/review.js';
import { UsageError } from '../../src/errors.js';
import type { CardAction } from '../../src/review/prompts.js';
import type { Io } from '../../src/util/io.js';
import { createTranslator } from '../../src/i18n/translator.js';

const ENGLISH = createTranslator('en');

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
    const error = await review('Connections.csv', {}, io(false), ENGLISH).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as Error).message).toBe(
      'review is interactive and needs a terminal; in a script use `netprune audit Connections.csv --json`, or `netprune prune-list Connections.csv` for earlier decisions',
    );
  });

  it.each([
    ['only', { only: 'friends' }, '--only must be one of stranger, weak-tie, known, all; got "friends"'],
    ['order', { order: 'random' }, '--order must be one of oldest, newest, name, company, unsure; got "random"'],
  ])('rejects an unknown --%s', async (_, options, message) => {
    // A program calling review() directly is not held to the option types: the values are checked at run time too.
    await expect(review('Connections.csv', options as unknown as ReviewOptions, io(), ENGLISH)).rejects.toThrow(message);
  });

  it('says what it will do, saves beside the export, and ends with what was decided and what to run next', async () => {
    answers(['remove', 'quit']);
    expect(await review('Connections.csv', {}, io(), ENGLISH)).toBe(0);
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
    expect(await review('Connections.csv', {}, io(), ENGLISH)).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'netprune-decisions.json'), 'utf8')).decisions).toMatchObject({
      'in/ada-stone': { decision: 'remove' },
      'name:ben ortiz|zeta|2016-03-01': { decision: 'keep', url: null, company: 'Zeta', connectedOn: '2016-03-01' },
    });
    out = '';
    expect(await review('Connections.csv', {}, io(), ENGLISH)).toBe(0);
    expect(out.split('\n')[0]).toBe('Nothing to review: all 2 strangers and weak ties have an answer. Add --redo to go through them again.');
    expect(out).not.toContain('To resume');
  });
});

describe('review with decisions saved by name', () => {
  const state = () => join(dir, 'netprune-decisions.json');
  const legacyFile = (company: string) =>
    writeFile(
      state(),
      JSON.stringify({
        netprune: 'decisions',
        version: 1,
        export: 'older',
        owner: null,
        // As netprune wrote them before decisions kept the connection date: the name alone as key.
        decisions: {
          'name:ben ortiz': { decision: 'remove', name: 'Ben Ortiz', url: null, company, position: 'Sales', decidedAt: '2024-01-01T00:00:00.000Z' },
        },
      }),
    );

  it('does not apply one to a namesake at another company: says so, asks, and keeps the earlier decision', async () => {
    await legacyFile('Wayne Enterprises');
    const asked: CardAction[] = ['keep', 'keep'];
    answers(asked);
    expect(await review('Connections.csv', {}, io(), ENGLISH)).toBe(0);
    expect(asked).toEqual([]);
    expect(out).toContain(
      '1 earlier decision saved by name is not applied: it cannot be told which person here it is about, so you are asked again.\n' +
        '  Ben Ortiz, marked remove at Wayne Enterprises; the Ben Ortiz here is at Zeta, connected Mar 1, 2016\n',
    );
    const { decisions } = JSON.parse(await readFile(state(), 'utf8'));
    expect(decisions['name:ben ortiz']).toMatchObject({ decision: 'remove', company: 'Wayne Enterprises' });
    expect(decisions['name:ben ortiz|zeta|2016-03-01']).toMatchObject({ decision: 'keep', company: 'Zeta' });
  });

  it('never applies one saved without its connection date, even at the same company: asks again, and the answer replaces it', async () => {
    await legacyFile('Zeta');
    // Ada, then Ben: two answers, and an extra prompt would throw.
    const asked: CardAction[] = ['keep', 'keep'];
    answers(asked);
    expect(await review('Connections.csv', {}, io(), ENGLISH)).toBe(0);
    expect(asked).toEqual([]);
    expect(out).toContain(
      '  Ben Ortiz, marked remove at Zeta; saved on Jan 1, 2024 without a connection date, it cannot be told whether it is about the Ben Ortiz here, at Zeta, connected Mar 1, 2016: asked again\n',
    );
    const { decisions } = JSON.parse(await readFile(state(), 'utf8'));
    expect(Object.keys(decisions).sort()).toEqual(['in/ada-stone', 'name:ben ortiz|zeta|2016-03-01']);
    expect(decisions['name:ben ortiz|zeta|2016-03-01']).toMatchObject({ decision: 'keep', company: 'Zeta', connectedOn: '2016-03-01' });
  });
});

describe('review on an export without profile URLs (the 2018–2020 formats)', () => {
  it.each(['2020-no-preamble', '2018-complete'])('%s: resumes the file it wrote, whose owner is known by name only', async (name) => {
    cpSync(fixture(`exports/${name}`), join(dir, 'x'), { recursive: true });
    answers(['remove', 'quit']);
    expect(await review('x', {}, io(), ENGLISH)).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'netprune-decisions.json'), 'utf8')).owner).toMatch(/^name:/);
    out = '';
    answers(['quit']);
    expect(await review('x', {}, io(), ENGLISH)).toBe(0);
    expect(out).toContain('Overall: 0 kept, 1 removed');
  });
});

// review's closing hints repeat the options in force: resuming judges with the same rules, and the same order.
describe('the hints review closes with', () => {
  it('"To resume" and "The prune list" carry --rules, --me, --only and --order as given', async () => {
    const answers = ['remove', 'quit'] as const;
    let i = 0;
    prompts.askCardAction.mockImplementation(async () => answers[i++]!);
    const options = { rules: 'strict', me: 'https://www.linkedin.com/in/me', only: 'all', order: 'newest' } as const;
    expect(await review('Connections.csv', options, io(), ENGLISH)).toBe(0);
    expect(out).toContain('To resume:       netprune review Connections.csv --rules strict --me https://www.linkedin.com/in/me --only all --order newest\n');
    expect(out).toContain('The prune list:  netprune prune-list Connections.csv --me https://www.linkedin.com/in/me --format html --out prune-list.html\n');
  });

  it('the refusal without a terminal points to audit with the same rules', async () => {
    const error = await review('Connections.csv', { rules: './my rules.json' }, io(false), ENGLISH).catch((e: unknown) => e);
    expect((error as Error).message).toContain("`netprune audit Connections.csv --rules './my rules.json' --json`");
  });
});
