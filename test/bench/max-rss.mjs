/**
 * Preloaded with `node --import` when GNU time is missing: writes the process's peak RSS, in KiB,
 * to the file named by NETPRUNE_BENCH_RSS_FILE as it exits.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.NETPRUNE_BENCH_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
