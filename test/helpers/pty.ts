/**
 * A real terminal for the few end-to-end tests that need one (a review that must survive
 * SIGKILL): tmux on a private socket, a fixed size, keys in, screen text out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TerminalOptions {
  columns?: number;
  rows?: number;
  env?: Record<string, string>;
  cwd?: string;
}

export class Terminal {
  private readonly env: Record<string, string>;
  /** Holds the tmux socket and the exit statuses; removed on close. */
  private readonly statusDir = mkdtempSync(join(tmpdir(), 'netprune-pty-'));

  constructor(private readonly options: TerminalOptions = {}) {
    if (spawnSync('tmux', ['-V']).status !== 0) {
      throw new Error('tmux is not on PATH: the tests in a real terminal need it (on Debian or Ubuntu: apt-get install tmux).');
    }
    // The tmux server starts with this environment, and every pane inherits it.
    this.env = {
      PATH: process.env['PATH'] ?? '',
      HOME: process.env['HOME'] ?? '',
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      ...options.env,
    };
  }

  /**
   * Starts `argv` in a new window named `name`. A shell around it records the exit status:
   * tmux's own pane_dead_status is not always filled in when the server runs under a test runner.
   * The window stays after the program ends, to read its last screen.
   */
  start(argv: string[], name = 'main'): void {
    const first = this.tmux(['has-session', '-t', 'test']).status !== 0;
    const cwd = this.options.cwd ?? process.cwd();
    const create = first
      ? ['new-session', '-d', '-s', 'test', '-n', name, '-x', String(this.options.columns ?? 100), '-y', String(this.options.rows ?? 40), '-c', cwd]
      : ['new-window', '-d', '-t', 'test', '-n', name, '-c', cwd];
    this.check([...create, this.wrap(argv, name), ';', 'set-option', '-t', `test:${name}`, 'remain-on-exit', 'on']);
  }

  /** Runs `argv` again in the same window, as a person would after the program died. */
  restart(argv: string[], name = 'main'): void {
    this.check(['respawn-pane', '-k', '-t', `test:${name}`, this.wrap(argv, name)]);
  }

  private wrap(argv: string[], name: string): string {
    const status = join(this.statusDir, `${name}.status`);
    rmSync(status, { force: true });
    return `${argv.map(shellQuote).join(' ')}; echo $? > ${shellQuote(status)}`;
  }

  /** Keys as tmux names them: `r`, `C-c`, `Enter`; `-l` text is sent literally. */
  keys(keys: string[], name = 'main'): void {
    this.check(['send-keys', '-t', `test:${name}`, ...keys]);
  }

  /** Resizes the window, as a person dragging the terminal's corner would: the program gets SIGWINCH. */
  resize(columns: number, rows: number, name = 'main'): void {
    this.check(['resize-window', '-t', `test:${name}`, '-x', String(columns), '-y', String(rows)]);
  }

  /** The visible screen, wrapped lines joined; with `history`, everything that scrolled off too. */
  screen(name = 'main', { history = false } = {}): string {
    return this.check(['capture-pane', '-p', '-J', ...(history ? ['-S', '-'] : []), '-t', `test:${name}`]).replace(/\s+$/, '');
  }

  /** Waits until the screen matches, and returns it; on timeout fails with the screen in the message. */
  async waitFor(pattern: RegExp, name = 'main', timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = this.screen(name);
      if (pattern.test(text)) return text;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${pattern} in window ${name}; the screen was:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits for the program in the window to end; returns its exit status (128 + signal when killed). */
  async waitForExit(name = 'main', timeoutMs = 10_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = readStatus(join(this.statusDir, `${name}.status`));
      if (status !== null) return status;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for window ${name} to exit; the screen was:\n${this.screen(name)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    this.tmux(['kill-server']);
    rmSync(this.statusDir, { recursive: true, force: true });
  }

  private tmux(args: string[]) {
    return spawnSync('tmux', ['-u', '-S', join(this.statusDir, 'tmux'), '-f', '/dev/null', ...args], { env: this.env, encoding: 'utf8' });
  }

  private check(args: string[]): string {
    const result = this.tmux(args);
    if (result.status !== 0) throw new Error(`tmux ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout;
  }
}

function readStatus(path: string): number | null {
  try {
    const text = readFileSync(path, 'utf8');
    return /^\d+\n$/.test(text) ? Number(text) : null;
  } catch {
    return null;
  }
}

const shellQuote = (word: string): string => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
