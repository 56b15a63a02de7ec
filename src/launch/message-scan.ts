import type { MessagePort } from 'node:worker_threads';
import { openExport } from '../export/locate.js';
import { scanMessages } from '../export/messages/scan-messages.js';
import type { RecordBatch } from '../export/messages/record-scanner.js';
import type { ExportFile } from '../export/types.js';
import { type ErrorText, InputError, NetpruneError } from '../errors.js';

/**
 * messages.csv read on two threads: the main thread scans it (record-scanner.ts: bytes in, field
 * positions out, no strings made) while the worker folds the records into the aggregates. The
 * batches cross by transfer, not by copy. On the benchmark's million rows the scan is about a third
 * of the work, so the worker has that much less to do.
 *
 * The worker asks for a file by the export's path and the file's name; the main thread opens the
 * export again (a folder listing, or a zip's central directory) and finds it.
 */

interface ScanRequest {
  type: 'scan';
  id: number;
  exportPath: string;
  fileName: string;
}
type WorkerMessage = ScanRequest | { type: 'ack'; id: number; batches: number } | { type: 'cancel'; id: number };
type MainMessage =
  | { type: 'batch'; id: number; batch: RecordBatch }
  | { type: 'end'; id: number }
  | { type: 'error'; id: number; message: string; exitCode: number | null; said?: Said };

/** A known error as plain data, so that the worker says it in the run's language, as the main thread would have. */
type Said = { input: Pick<InputError, 'file' | 'line' | 'problem' | 'advice'> } | { notice: ErrorText };

/** Batches sent and not yet folded: enough to keep the worker busy, few enough to hold little memory (32 × 64 KiB). */
const IN_FLIGHT = 32;
/**
 * The worker says how many it took every so many: a message per batch was a few per cent of its time,
 * and each acknowledgement wakes the main thread. Half of IN_FLIGHT, so that the main thread always
 * has batches to send while the worker folds the others.
 */
const ACK_EVERY = 16;

/**
 * The main thread's side: answers the worker's scan requests on `port`. Returns what stops every scan
 * still going, for when the worker has ended: a broken Connections.csv ends it while messages.csv is read.
 */
export function serveScans(port: MessagePort): () => void {
  const scans = new Map<number, { acked: (batches: number) => void; cancelled: boolean; wake: (() => void) | null; inFlight: number }>();
  port.on('message', (message: WorkerMessage) => {
    if (message.type === 'scan') {
      const scan = { acked: (_batches: number) => {}, cancelled: false, wake: null as (() => void) | null, inFlight: 0 };
      scan.acked = (batches) => {
        scan.inFlight -= batches;
        scan.wake?.();
      };
      scans.set(message.id, scan);
      void run(message, scan).finally(() => scans.delete(message.id));
      return;
    }
    const scan = scans.get(message.id);
    if (scan === undefined) return;
    if (message.type === 'ack') scan.acked(message.batches);
    else {
      scan.cancelled = true;
      scan.wake?.();
    }
  });

  return () => {
    for (const scan of scans.values()) {
      scan.cancelled = true;
      scan.wake?.();
    }
  };

  async function run(request: ScanRequest, scan: { cancelled: boolean; wake: (() => void) | null; inFlight: number }): Promise<void> {
    const send = (message: MainMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
    try {
      const source = await openExport(request.exportPath);
      const file = source.files.find((f) => f.name === request.fileName);
      if (file === undefined)
        throw new InputError(request.fileName, { key: 'problem.noLongerIn', values: { path: request.exportPath } }, { key: 'advice.runAgain' });
      for await (const batch of scanMessages(file)) {
        while (scan.inFlight >= IN_FLIGHT && !scan.cancelled) await new Promise<void>((resolve) => (scan.wake = resolve));
        scan.wake = null;
        if (scan.cancelled) return;
        scan.inFlight++;
        send({ type: 'batch', id: request.id, batch }, [batch.bytes.buffer as ArrayBuffer, batch.fields.buffer as ArrayBuffer]);
      }
      send({ type: 'end', id: request.id });
    } catch (error) {
      const known = error instanceof NetpruneError;
      send({
        type: 'error',
        id: request.id,
        message: known ? error.message : ((error as Error).stack ?? String(error)),
        exitCode: known ? error.exitCode : null,
        ...(known
          ? {
              said:
                error instanceof InputError
                  ? { input: { file: error.file, line: error.line, problem: error.problem, advice: error.advice } }
                  : { notice: error.said },
            }
          : {}),
      });
    }
  }
}

/** The worker's side: a scanner for loadExport() that has the main thread do the scanning. */
export function remoteScanner(port: MessagePort): (exportPath: string, file: ExportFile) => AsyncIterable<RecordBatch> {
  let nextId = 0;
  const listeners = new Map<number, (message: MainMessage) => void>();
  port.on('message', (message: MainMessage) => listeners.get(message.id)?.(message));
  // Only while a scan is on: an open port would keep the worker alive.
  port.unref();

  return (exportPath, file) => ({
    [Symbol.asyncIterator](): AsyncIterator<RecordBatch> {
      const id = nextId++;
      const queue: MainMessage[] = [];
      let waiting: (() => void) | null = null;
      let done = false;
      let taken = 0;
      listeners.set(id, (message) => {
        queue.push(message);
        waiting?.();
      });
      port.ref();
      port.postMessage({ type: 'scan', id, exportPath, fileName: file.name } satisfies ScanRequest);
      const finish = () => {
        done = true;
        listeners.delete(id);
        if (listeners.size === 0) port.unref();
      };
      return {
        async next(): Promise<IteratorResult<RecordBatch>> {
          if (done) return { done: true, value: undefined };
          while (queue.length === 0) await new Promise<void>((resolve) => (waiting = resolve));
          waiting = null;
          const message = queue.shift()!;
          if (message.type === 'batch') {
            // Acknowledged as handed over: the caller folds a batch before asking for the next.
            if (++taken === ACK_EVERY) {
              port.postMessage({ type: 'ack', id, batches: taken } satisfies WorkerMessage);
              taken = 0;
            }
            return { done: false, value: message.batch };
          }
          finish();
          if (message.type === 'end') return { done: true, value: undefined };
          throw message.exitCode === null ? new Error(message.message) : knownError(message.said, message.message, message.exitCode);
        },
        async return(): Promise<IteratorResult<RecordBatch>> {
          if (!done) {
            port.postMessage({ type: 'cancel', id } satisfies WorkerMessage);
            finish();
          }
          return { done: true, value: undefined };
        },
      };
    },
  });
}

function knownError(said: Said | undefined, message: string, exitCode: number): NetpruneError {
  if (said !== undefined && 'input' in said) return new InputError(said.input.file, said.input.problem, said.input.advice, said.input.line);
  return new NetpruneError(said?.notice ?? message, exitCode);
}
