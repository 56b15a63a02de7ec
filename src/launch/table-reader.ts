/**
 * The thread that reads an export's tables while the worker folds messages.csv (launch/table-reads.ts):
 * it opens the export again, as the main thread does for its scan, reads each file it was given in that
 * order, and hands each over as V8's serialized bytes, by transfer. Its heap goes when it ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { serialize } from 'node:v8';
import { openExport } from '../export/locate.js';
import { readTableFile } from '../export/files/table-file.js';
import { type TableKind, tableSpec } from '../export/files/table-specs.js';
import { InputError } from '../errors.js';
import { type ErrorData, errorData } from './error-data.js';
import { fullGc } from './full-gc.js';

export interface TableReaderInput {
  exportPath: string;
  files: readonly { name: string; kind: TableKind }[];
}

/** One per file, in the order given: its `TableResult` serialized, or why it could not be read. */
export type TableReaderMessage = { name: string; bytes: Uint8Array } | { name: string; error: ErrorData };

const input = workerData as TableReaderInput;
const port = parentPort!;
const send = (message: TableReaderMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
const collectGarbage = fullGc();

let opened: Awaited<ReturnType<typeof openExport>> | ErrorData;
try {
  opened = await openExport(input.exportPath);
} catch (error) {
  opened = errorData(error);
}
for (const { name, kind } of input.files) {
  if (!('files' in opened)) {
    send({ name, error: opened });
    continue;
  }
  try {
    const file = opened.files.find((f) => f.name === name);
    if (file === undefined) throw new InputError(name, { key: 'problem.noLongerIn', values: { path: input.exportPath } }, { key: 'advice.runAgain' });
    const bytes = serialize(await readTableFile(file, tableSpec(kind)));
    // serialize() hands over memory of its own, never a slice of Buffer's pool; checked all the same before it is transferred.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    send({ name, bytes }, whole ? [bytes.buffer as ArrayBuffer] : []);
  } catch (error) {
    send({ name, error: errorData(error) });
  }
  // What the table was read from is garbage now. Collected, this thread's heap stays the size of one table:
  // it reads while messages.csv is folded, when the process holds the most (docs/performance.md).
  collectGarbage();
}
