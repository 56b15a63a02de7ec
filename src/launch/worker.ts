/** The worker thread's side of src/launch/in-worker.ts: the same program, writing to the same descriptors. */
import { workerData } from 'node:worker_threads';
import { run } from '../program.js';
import { fdWriter } from './fd-writer.js';
import { remoteScanner } from './message-scan.js';
import { fullGc, youngGc } from './full-gc.js';
import { slowHeapGrowth } from './heap-growth.js';
import type { WorkerInput } from './in-worker.js';
import { installRuntime } from './runtime.js';
import { isoDay } from '../util/iso-date.js';

const input = workerData as WorkerInput;
const collectGarbage = fullGc();
installRuntime({ scanMessages: remoteScanner(input.scans), collectGarbage, largeHeap: slowHeapGrowth(collectGarbage), collectYoung: youngGc() });
const code = await run(input.argv, {
  stdout: fdWriter(1),
  stderr: fdWriter(2),
  env: process.env,
  cwd: process.cwd(),
  stdoutIsTTY: input.stdoutIsTTY,
  stderrIsTTY: input.stderrIsTTY,
  stdinIsTTY: input.stdinIsTTY,
  today: isoDay(input.now),
  now: input.now,
});
// The exit code is the thread's; ending it also ends what may still run, such as the scan of a
// messages.csv whose Connections.csv turned out broken.
process.exit(code);
