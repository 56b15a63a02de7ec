/**
 * `review` in a real terminal (tmux), once the taste model knows enough: the card says what netprune
 * expects, b accepts a batch and u undoes it as one, and the card fits a short terminal and redraws
 * when it is resized. Spawns the built bin: run `npm run build` first.
 */
import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decidedDemo } from '../helpers/decided-demo.js';
import { bin, fixture, root } from '../helpers/exec.js';
import { Terminal } from '../helpers/pty.js';

let terminal: Terminal;
beforeEach(() => {
  terminal = new Terminal({ columns: 100, rows: 10, cwd: root, env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795000000' } });
});
afterEach(() => terminal?.close());

const sources = async (state: string) =>
  Object.values(JSON.parse(await readFile(state, 'utf8')).decisions as Record<string, { source?: string }>).map((d) => d.source);

describe('review with the taste model, in a terminal', () => {
  it('shows what netprune expects, fits a short terminal, redraws on resize, and accepts and undoes a batch as one', async () => {
    // 15 strangers removed and 10 known people kept, by `netprune decide`.
    const state = await decidedDemo(25);
    terminal.start([process.execPath, bin, 'review', fixture('demo'), '--only', 'all', '--state', state]);

    // 10 rows: the card gives up its evidence, the name, label, expectation and keys stay.
    let screen = await terminal.waitFor(/netprune expects (keep|remove), \d+ %: /);
    expect(screen).toMatch(/^\S.*\s{2,}stranger$/m);
    expect(screen).toMatch(/k keep · r remove/);
    expect(screen).not.toContain('Evidence');

    terminal.resize(100, 45);
    screen = await terminal.waitFor(/Evidence/);
    expect(screen).toMatch(/netprune expects/);

    terminal.keys(['b']);
    screen = await terminal.waitFor(/netprune is at least 95 % sure you would keep these \d+:/);
    const offered = Number(/keep these (\d+):/.exec(screen)![1]);
    terminal.keys(['a']);
    await terminal.waitFor(/reviewed · /);
    // Every card shows "reviewed ·", the batch page too, and the decisions file is written as the key is
    // handled: on a loaded machine the file was read before the batch reached it (0 of 13, in 1 run of 3).
    await expect.poll(async () => (await sources(state)).filter((s) => s === 'predicted')).toHaveLength(offered);

    terminal.keys(['u']);
    await terminal.waitFor(new RegExp(`Undone: the ${offered} contacts of that batch are undecided again.`));
    await expect.poll(() => sources(state)).toEqual(Array(25).fill('decide'));

    terminal.keys(['q']);
    expect(await terminal.waitForExit()).toBe(0);
  });

  it('in French (LANG=fr_FR.UTF-8): the card, the keys, the expectation and the batch, still fitting 10 rows', async () => {
    terminal.close();
    terminal = new Terminal({ columns: 100, rows: 10, cwd: root, env: { NO_COLOR: '1', SOURCE_DATE_EPOCH: '1795000000', LANG: 'fr_FR.UTF-8' } });
    const state = await decidedDemo(25);
    terminal.start([process.execPath, bin, 'review', fixture('demo'), '--only', 'all', '--state', state]);

    let screen = await terminal.waitFor(/netprune prévoit (garder|retirer), \d+\u202F%\u202F: /);
    expect(screen).toMatch(/^\S.*\s{2,}inconnu$/m);
    expect(screen).toMatch(/k garder · r retirer · s passer/);
    expect(screen).not.toContain('Indices');
    expect(screen).not.toMatch(/\b(keep|remove|reviewed|expects)\b/);

    terminal.keys(['b']);
    screen = await terminal.waitFor(/netprune est sûr à 95\u202F% au moins que vous garderiez ces \d+ personnes\u202F:/);
    const offered = Number(/garderiez ces (\d+) personnes/.exec(screen)![1]);
    expect(screen).toMatch(/y garder ces \d+ · a garder les \d+ · autre touche\u202F: retour aux fiches/);
    terminal.keys(['a']);
    // Back to a card; in French the keys take two lines at 100 columns, so the progress line gives way to them.
    await terminal.waitFor(/^k garder · r retirer · s passer/m);
    terminal.keys(['u']);
    await terminal.waitFor(new RegExp(`Annulé\u202F: les ${offered} personnes de ce lot sont de nouveau à décider\\.`));

    terminal.keys(['q']);
    expect(await terminal.waitForExit()).toBe(0);
    screen = terminal.screen();
    expect(screen).toContain('Aucune réponse dans cette séance.');
    expect(screen).toMatch(/Pour reprendre\u202F: {3}netprune review /);
  });
});
