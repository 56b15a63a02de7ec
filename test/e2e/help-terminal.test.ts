/**
 * A command's help in a real terminal: answered on the main thread, whichever thread the command
 * itself would run in, so that it is wrapped to the terminal's width as the listing is (a worker's
 * stdout is not a terminal, and its help was wrapped at 80 columns).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { root } from '../helpers/exec.js';
import { Terminal } from '../helpers/pty.js';

const bin = join(root, 'bin', 'netprune.js');
let terminal: Terminal | undefined;

afterEach(() => terminal?.close());

async function helpIn(columns: number, args: string[]): Promise<string[]> {
  terminal = new Terminal({ columns, rows: 60, cwd: root, env: { NO_COLOR: '1' } });
  terminal.start([process.execPath, bin, ...args]);
  expect(await terminal.waitForExit()).toBe(0);
  // With what scrolled off: a help longer than the window's first size scrolls before tmux resizes it.
  const lines = terminal.screen('main', { history: true }).split('\n');
  terminal.close();
  terminal = undefined;
  return lines;
}

const widest = (lines: string[]) => Math.max(...lines.map((line) => line.length));

describe('help in a terminal wider than 80 columns', () => {
  it.each([['audit'], ['explain'], ['invitations'], ['review'], ['prune-list']])('%s --help uses the terminal’s width', async (command) => {
    const lines = await helpIn(150, [command, '--help']);
    expect(lines).toContain(lines.find((line) => line.startsWith(`Usage: netprune ${command} [options]`)));
    expect(widest(lines)).toBeGreaterThan(80);
    expect(widest(lines)).toBeLessThanOrEqual(150);
  });

  it('-h after other options is help too, in French', async () => {
    const lines = await helpIn(100, ['--lang', 'fr', 'audit', '--json', '-h']);
    expect(lines.some((line) => line.includes('netprune audit [options]'))).toBe(true);
    expect(widest(lines)).toBeGreaterThan(80);
    expect(widest(lines)).toBeLessThanOrEqual(100);
  });
});
