/**
 * `review` in a real terminal (tmux): answers survive SIGKILL, and the next run resumes at
 * the next undecided contact. Spawns the built bin: run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bin, fixture, root } from '../helpers/exec.js';
import { Terminal } from '../helpers/pty.js';

let dir: string;
let state: string;
let exportPath: string;
let terminal: Terminal;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-review-'));
  state = join(dir, 'decisions.json');
  exportPath = existsSync(fixture('demo/Connections.csv')) ? fixture('demo') : await writeTinyExport(dir);
  terminal = new Terminal({ columns: 100, rows: 40, cwd: root, env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795000000' } });
});

afterEach(async () => {
  terminal?.close();
  await rm(dir, { recursive: true, force: true });
});

const review = () => [process.execPath, bin, 'review', exportPath, '--state', state];

/** The name on the card now shown: the line two below the progress line. */
function cardName(screen: string): string {
  const lines = screen.split('\n');
  const progress = lines.findIndex((line) => / reviewed · /.test(line));
  return (lines[progress + 2] ?? '').split(/\s{2,}/)[0]!.trim();
}

describe('review in a terminal', () => {
  it('keeps every answer through SIGKILL and resumes at the next undecided contact', async () => {
    terminal.start(review());
    let screen = await terminal.waitFor(/0\/\d+ reviewed/);
    const total = Number(/0\/(\d+) reviewed/.exec(screen)![1]);
    const names = [cardName(screen)];

    terminal.keys(['r']);
    screen = await terminal.waitFor(/1\/\d+ reviewed · 0 kept · 1 removed/);
    names.push(cardName(screen));
    terminal.keys(['k']);
    screen = await terminal.waitFor(/2\/\d+ reviewed · 1 kept · 1 removed/);
    names.push(cardName(screen));
    terminal.keys(['s']);
    screen = await terminal.waitFor(/2\/\d+ reviewed · 1 kept · 1 removed · 1 skipped/);
    const next = cardName(screen);
    expect(new Set([...names, next]).size).toBe(4);
    expect(screen).toContain(`✘ removed ${names[0]}`);
    expect(screen).toContain(`✔ kept ${names[1]}`);

    // The lock names the running review.
    const pid = Number(await readFile(`${state}.lock`, 'utf8'));
    process.kill(pid, 'SIGKILL');
    expect(await terminal.waitForExit()).toBe(128 + 9);

    const saved = JSON.parse(await readFile(state, 'utf8')) as { decisions: Record<string, { decision: string; name: string }> };
    expect(Object.values(saved.decisions).map((d) => [d.name, d.decision])).toEqual(
      expect.arrayContaining([
        [names[0], 'remove'],
        [names[1], 'keep'],
        [names[2], 'skip'],
      ]),
    );
    expect(Object.keys(saved.decisions)).toHaveLength(3);
    expect((await stat(state)).mode & 0o777).toBe(0o600);

    terminal.restart(review());
    screen = await terminal.waitFor(/ reviewed · /);
    expect(screen).toContain(`Reviewing ${total - 2} of ${total}:`);
    expect(screen).toMatch(/2\/\d+ reviewed · 1 kept · 1 removed · 1 skipped/);
    expect(cardName(screen)).toBe(next);

    terminal.keys(['q']);
    expect(await terminal.waitForExit()).toBe(0);
    screen = terminal.screen();
    expect(screen).toContain('No answers this session.');
    expect(screen).toContain(`Overall: 1 kept, 1 removed, ${total - 2} still to decide (1 skipped), of ${total}.`);
    expect(screen).toContain(`Decisions: ${state}`);
    expect(existsSync(`${state}.lock`)).toBe(false);
  });

  it('refuses a second review of the same decisions, and Ctrl-C exits 130 with the answers saved', async () => {
    terminal.start(review());
    await terminal.waitFor(/0\/\d+ reviewed/);
    terminal.keys(['r']);
    await terminal.waitFor(/1\/\d+ reviewed/);

    terminal.start(review(), 'second');
    expect(await terminal.waitForExit('second')).toBe(2);
    expect(terminal.screen('second', { history: true })).toMatch(/another netprune review \(process \d+\) is using this decisions file/);

    terminal.keys(['C-c']);
    expect(await terminal.waitForExit()).toBe(130);
    const screen = terminal.screen();
    expect(screen).toContain('This session: 0 kept, 1 removed, 0 skipped.');
    expect(screen).toContain('netprune: Interrupted. Every answer so far is saved; run review again to resume.');
    expect(Object.keys(JSON.parse(await readFile(state, 'utf8')).decisions)).toHaveLength(1);
  });
});

/** Five strangers, used only when fixtures/demo has not been generated. Every name is invented. */
async function writeTinyExport(folder: string): Promise<string> {
  const rows = [
    'Ada,Stone,https://www.linkedin.com/in/ada-stone,,Acme,Recruiter,01 Feb 2015',
    'Ben,Ortiz,https://www.linkedin.com/in/ben-ortiz,,Zeta,Sales,01 Mar 2016',
    'Cy,Park,https://www.linkedin.com/in/cy-park,,Acme,Sourcer,01 Apr 2017',
    'Dee,Lund,https://www.linkedin.com/in/dee-lund,,Globex,Analyst,01 May 2018',
    'Eli,Marsh,https://www.linkedin.com/in/eli-marsh,,Initech,Consultant,01 Jun 2019',
  ];
  const csv = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    ...rows,
  ].join('\n');
  await writeFile(join(folder, 'Connections.csv'), `${csv}\n`);
  return join(folder, 'Connections.csv');
}
