/** The process glue: with launch/worker.ts, the only module that reads argv, env and TTYs, and sets the exit code. */
import { isatty } from 'node:tty';
import { writeSync } from 'node:fs';
import { todayFrom } from './util/clock.js';
import { internalErrorText } from './internal-error.js';
import { WORKER_COMMANDS } from './launch/worker-commands.js';
import { isoDay } from './util/iso-date.js';
import { asksForHelp, commandIndex } from './command-word.js';

const argv = process.argv.slice(2);
const now = todayFrom(process.env);

if (WORKER_COMMANDS.has(argv[commandIndex(argv)] ?? '') && !asksForHelp(argv)) {
  // process.stdout is never touched here: made on a terminal, it would make the descriptor non-blocking for the worker too.
  const [{ runInWorker }, { installMainThreadRuntime }] = await Promise.all([import('./launch/in-worker.js'), import('./launch/main-thread.js')]);
  installMainThreadRuntime();
  process.exitCode = await runInWorker({ argv, stdoutIsTTY: isatty(1), stderrIsTTY: isatty(2), stdinIsTTY: isatty(0), now }, (detail) =>
    writeSync(2, internalErrorText(detail)),
  );
} else {
  // A reader that went away (`netprune rules | head -c 10`) is not an error, as in launch/fd-writer.ts: the
  // rest is not written, and the exit code stays the command's. Without a listener Node would crash with a stack.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    writeSync(2, internalErrorText(error.stack ?? String(error)));
    process.exit(70);
  });
  const { run } = await import('./program.js');
  process.exitCode = await run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    stdinIsTTY: isatty(0),
    // Getters: Node makes process.stdin when it is first read, a stream of the right kind with the
    // modules it needs; `--help`, `rules` and `schema` read no input and need none of it.
    get terminal() {
      return { input: process.stdin, output: process.stdout };
    },
    get stdin() {
      return process.stdin;
    },
    today: isoDay(now),
    now,
  });
}
