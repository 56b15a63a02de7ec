#!/usr/bin/env node
/**
 * Start-up alone, which `npm run bench` measures for `--help` only: `node -e 0` against netprune's
 * bin with the given arguments, and against other builds' bins to compare with, alternated round by
 * round so that a busy machine slows each alike. Prints the median wall time of each, its ratio to
 * `node -e 0`, and, where `perf` is installed, the median CPU time of every thread (task-clock),
 * steadier than wall time on a shared machine. Run `npm run build` first.
 *
 *   node test/bench/startup.mjs [--rounds 30] [--bin other/bin/netprune.js]… -- --help
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const dashes = argv.indexOf('--');
const options = dashes === -1 ? argv : argv.slice(0, dashes);
const args = dashes === -1 ? ['--help'] : argv.slice(dashes + 1);
const valuesOf = (name) => options.flatMap((option, i) => (option === name && options[i + 1] !== undefined ? [options[i + 1]] : []));
const rounds = Number(valuesOf('--rounds')[0] ?? 30);
const bins = [fileURLToPath(new URL('../../bin/netprune.js', import.meta.url)), ...valuesOf('--bin')];
const lines = [['-e', '0'], ...bins.map((bin) => [bin, ...args])];
const perf = spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', process.execPath, '-e', '0'], { encoding: 'utf8' }).status === 0;

/** One run: wall milliseconds, and CPU milliseconds when perf counts them. */
function once(line) {
  const start = process.hrtime.bigint();
  const result = perf
    ? spawnSync('perf', ['stat', '-x,', '-e', 'task-clock', process.execPath, ...line], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(process.execPath, line, { stdio: 'ignore' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = perf ? Number(/^([\d.]+),msec,task-clock/m.exec(result.stderr)?.[1]) : Number.NaN;
  return { wall, cpu };
}

const runs = lines.map(() => []);
for (let round = 0; round < rounds; round++) for (const [i, line] of lines.entries()) runs[i].push(once(line));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const wall = runs.map((r) => median(r.map((run) => run.wall)));
const cpu = runs.map((r) => median(r.map((run) => run.cpu)));
console.log(`${rounds} alternated rounds${perf ? '' : ' (no perf: wall time only)'}`);
for (const [i, line] of lines.entries()) {
  const cpuText = perf ? `   cpu ${cpu[i].toFixed(1).padStart(6)} ms ${(cpu[i] / cpu[0]).toFixed(2)}×` : '';
  console.log(`wall ${wall[i].toFixed(1).padStart(6)} ms ${(wall[i] / wall[0]).toFixed(2)}×${cpuText}   node ${line.join(' ')}`);
}
