import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { PLUGIN_WORKER_SOURCE } from './plugin-worker-source.js';

/**
 * A plugin runs in a thread of its own, so that netprune can stop it: a synchronous endless loop (or a
 * regular expression backtracking over a headline a stranger wrote) cannot be interrupted on the
 * thread it runs on, but a worker can be terminated. Classifier.classify is synchronous, so the host
 * waits synchronously too: it posts a batch, sleeps on a shared counter (Atomics.wait) in short slices,
 * checks the time limits between them, and takes the answer off the port (receiveMessageOnPort).
 */

export interface PluginLimits {
  /** Milliseconds one classify() call may take. */
  perContactMs: number;
  /** Milliseconds the plugin may take in all: loading and every call. */
  runMs: number;
}

export const DEFAULT_PLUGIN_LIMITS: PluginLimits = { perContactMs: 2_000, runMs: 300_000 };

/** How often a waiting host looks at the clock. */
const SLICE_MS = 50;
const RESPONSES = 0;
const CURRENT = 1;
const ENDED = 2;

export interface ErrorDescription {
  name?: string;
  message: string;
  stack?: string;
  /** Where a syntax error is, found by the thread: a syntax error's stack has no frame of the user's. */
  location?: { url: string; line: number; column: number };
}

export type PluginResponse =
  | { type: 'loaded'; module: unknown; logs: string }
  | { type: 'load-failed'; error: ErrorDescription; logs: string }
  | { type: 'verdicts'; verdicts: unknown[]; logs: string }
  | { type: 'settled'; logs: string }
  | { type: 'failed'; index: number; error: ErrorDescription; logs: string };

/** Why a plugin gave no answer: each becomes one line naming the plugin (load-plugin.ts). */
export type Stopped = { why: 'ended' } | { why: 'contact-time'; index: number; ms: number } | { why: 'run-time'; index: number; ms: number };

export class PluginStopped extends Error {
  constructor(readonly stopped: Stopped) {
    super(stopped.why);
  }
}

export interface PluginThread {
  /** The first answer: the module's shape, or why it did not load. Rejects with PluginStopped. */
  loaded: Promise<PluginResponse>;
  /** Sends items to classify and waits for the answer, synchronously. Throws PluginStopped. */
  request(message: { type: 'classify'; items: unknown[] } | { type: 'settle' }): PluginResponse;
  /** Sends without waiting for an answer (the context). */
  send(message: unknown): void;
  /** Ends the thread; harmless when it has ended. */
  close(): void;
}

/** Atomics.waitAsync: in Node 20 (V8), not yet in TypeScript's ES2022 library. */
const waitAsync = (Atomics as unknown as { waitAsync: (a: Int32Array, i: number, v: number, t: number) => { async: boolean; value: Promise<unknown> } })
  .waitAsync;

export function startPluginThread(url: string, limits: PluginLimits): PluginThread {
  const shared = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(PLUGIN_WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, state: shared, url },
    transferList: [port2],
    stdout: true,
    stderr: true,
  });
  // Once loaded, neither keeps netprune running: when the command is done, so is the plugin. While it loads,
  // the thread is what netprune waits for (Atomics.waitAsync alone would not keep it alive).
  port1.unref();
  let answered = 0;
  let spentMs = 0;

  // An answer that came is taken even if the thread has ended since: it says why (a load failure ends it).
  const take = (): PluginResponse => {
    answered = Atomics.load(state, RESPONSES);
    const received = receiveMessageOnPort(port1);
    if (received === undefined) throw new PluginStopped({ why: 'ended' });
    return received.message as PluginResponse;
  };

  const loaded = (async (): Promise<PluginResponse> => {
    const started = performance.now();
    const ended = new Promise<'ended'>((resolve) => worker.once('exit', () => resolve('ended')));
    while (Atomics.load(state, RESPONSES) === answered) {
      const left = limits.runMs - (performance.now() - started);
      if (left <= 0) {
        close();
        throw new PluginStopped({ why: 'run-time', index: -1, ms: limits.runMs });
      }
      const wait = waitAsync(state, RESPONSES, answered, Math.min(left, 1_000));
      if (wait.async) await Promise.race([wait.value, ended]);
    }
    spentMs += performance.now() - started;
    worker.unref();
    return take();
  })();

  function request(message: { type: 'classify'; items: unknown[] } | { type: 'settle' }): PluginResponse {
    if (Atomics.load(state, ENDED) === 1) throw new PluginStopped({ why: 'ended' });
    Atomics.store(state, CURRENT, 0);
    port1.postMessage(message);
    const started = performance.now();
    let current = 0;
    let since = started;
    while (Atomics.load(state, RESPONSES) === answered) {
      Atomics.wait(state, RESPONSES, answered, SLICE_MS);
      const now = performance.now();
      const index = Atomics.load(state, CURRENT);
      if (index !== current) [current, since] = [index, now];
      if (Atomics.load(state, RESPONSES) !== answered) break;
      if (now - since > limits.perContactMs) {
        close();
        throw new PluginStopped({ why: 'contact-time', index: current, ms: limits.perContactMs });
      }
      if (spentMs + (now - started) > limits.runMs) {
        close();
        throw new PluginStopped({ why: 'run-time', index: current, ms: limits.runMs });
      }
    }
    spentMs += performance.now() - started;
    return take();
  }

  function close(): void {
    Atomics.store(state, ENDED, 1);
    port1.close();
    void worker.terminate();
  }

  return { loaded, request, send: (message) => port1.postMessage(message), close };
}
