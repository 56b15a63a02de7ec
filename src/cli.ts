/** The process glue: the only module that reads argv, env and TTYs, and sets the exit code. */
import { run } from './program.js';
import { todayFrom } from './util/clock.js';

const now = todayFrom(process.env);
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  stdinIsTTY: process.stdin.isTTY === true,
  terminal: { input: process.stdin, output: process.stdout },
  today: now.toISOString().slice(0, 10),
  now,
});
