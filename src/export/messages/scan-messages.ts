import type { ExportFile } from '../types.js';
import { utf8Chunks } from '../decode.js';
import { RecordScanner, type RecordBatch } from './record-scanner.js';

/**
 * Where the batches of a messages.csv come from: by default it is scanned on the thread that folds it
 * (scanMessages); the CLI scans it on its main thread while the worker folds (launch/message-scan.ts).
 * A module apart from read-messages.ts, so that the main thread loads the scan and not the folding.
 */
export type MessageScan = (file: ExportFile) => AsyncIterable<RecordBatch>;

/** messages.csv's records, scanned on this thread. */
export async function* scanMessages(file: ExportFile): AsyncIterable<RecordBatch> {
  const scanner = new RecordScanner({ fileName: file.name });
  for await (const bytes of utf8Chunks(file.stream(), file.name)) yield* scanner.push(bytes);
  yield* scanner.end();
}
