#!/usr/bin/env node
/**
 * The ingestion path alone: loadExport() on a folder or zip, as `audit` calls it, and nothing after
 * (no evidence, classification or report). Prints what it read, so that run.mjs can check it.
 *
 *   node test/bench/load-export.mjs <folder|zip>
 */
import { loadExport } from '../../dist/export/load.js';

const exp = await loadExport(process.argv[2]);
process.stdout.write(
  `${JSON.stringify({ connections: exp.connections.length, messages: exp.messages?.rows, conversations: exp.messages?.conversations.length })}\n`,
);
