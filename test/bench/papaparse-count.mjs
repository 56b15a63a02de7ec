#!/usr/bin/env node
/**
 * The baseline of docs/performance.md: papaparse streaming over a CSV file with a `step` callback that only
 * counts rows, nothing else done. Its defaults are kept (fs read stream, 64 KiB chunks, UTF-8).
 *
 *   node test/bench/papaparse-count.mjs <file.csv>   → prints the number of rows, header included
 */
import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

let rows = 0;
Papa.parse(createReadStream(process.argv[2], { encoding: 'utf8' }), {
  step: () => {
    rows++;
  },
  complete: () => process.stdout.write(`${rows}\n`),
  error: (error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  },
});
