import { Worker } from 'node:worker_threads';
import { deserialize } from 'node:v8';
import type { TableResult } from '../export/files/table-file.js';
import { type TableKind, tableSpec } from '../export/files/table-specs.js';
import type { ExportFile } from '../export/types.js';
import { type ErrorData, errorData, errorFrom } from './error-data.js';
import type { TableReaderInput, TableReaderMessage } from './table-reader.js';
import { YOUNG_GENERATION_MB } from './worker-commands.js';

/** A table read elsewhere: its result once it is asked for, or undefined when that file was not handed over. */
export type TableReads = (file: ExportFile) => Promise<TableResult<unknown[]>> | undefined;

/**
 * The worker's side: starts a thread of its own (launch/table-reader.ts) that reads these tables at once, in
 * this order, while the worker folds messages.csv or reads Connections.csv. Not the main thread, which scans
 * messages.csv: it would keep the young generation that reading grows (55 MB more RSS, measured), where a
 * thread's heap goes with it. Each table stays V8's serialized bytes until it is asked for: a few MB, where
 * its records would be two to three times that in the worker's heap while messages.csv is folded.
 */
export function readTablesElsewhere(exportPath: string, files: readonly (ExportFile & { kind: TableKind })[]): TableReads {
  const settlers = new Map<string, (answer: Uint8Array | ErrorData) => void>();
  const arriving = new Map<string, Promise<Uint8Array>>();
  for (const { name } of files) {
    const bytes = new Promise<Uint8Array>((resolve, reject) =>
      settlers.set(name, (answer) => (answer instanceof Uint8Array ? resolve(answer) : reject(errorFrom(answer)))),
    );
    // Not every file is asked for: after an earlier file's error, the run ends without the others.
    bytes.catch(() => undefined);
    arriving.set(name, bytes);
  }
  const settle = (name: string, answer: Uint8Array | ErrorData) => {
    settlers.get(name)?.(answer);
    settlers.delete(name);
  };

  const reader = new Worker(new URL('./table-reader.js', import.meta.url), {
    workerData: { exportPath, files: files.map(({ name, kind }) => ({ name, kind })) } satisfies TableReaderInput,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  reader.on('message', (message: TableReaderMessage) => settle(message.name, 'bytes' in message ? message.bytes : message.error));
  // Node delivers a thread's messages before its exit: what is still unsettled then was never read.
  const failAll = (error: unknown) => {
    for (const name of [...settlers.keys()]) settle(name, errorData(error));
  };
  reader.on('error', failAll);
  reader.on('exit', (code) => failAll(new Error(`the thread reading the export's tables ended (exit code ${code}) before it read them all`)));

  return (file) =>
    arriving.get(file.name)?.then((bytes) => {
      const read = deserialize(bytes) as TableResult<unknown[]>;
      reshare(read.records, tableSpec(file.kind as TableKind).repeated ?? []);
      return read;
    });
}

/**
 * The records share one string per distinct value of these fields again, as the reader made them
 * (`TableSpec.repeated`): V8's serializer writes a string each time it meets it. Connections' records live
 * to the report; a copy of each name, company and position per record raised the peak by about 8 MB.
 */
function reshare(records: unknown[], fields: readonly string[]): void {
  if (fields.length === 0) return;
  const kept = new Map<string, string>();
  for (const record of records) {
    if (typeof record !== 'object' || record === null) continue;
    const fieldsOf = record as Record<string, unknown>;
    for (const field of fields) {
      const value = fieldsOf[field];
      if (typeof value !== 'string') continue;
      const one = kept.get(value);
      if (one === undefined) kept.set(value, value);
      else fieldsOf[field] = one;
    }
  }
}
