/**
 * The plugin's thread, as JavaScript source run with `new Worker(source, { eval: true })`: one text,
 * the same from the TypeScript sources (tests), dist/ (the library) and bundle/ (the CLI), with no
 * file to find beside whichever module started it. It imports the plugin, then classifies what the
 * host sends (plugin-host.ts describes the protocol and why the host waits synchronously).
 *
 * Kept from the plugin's reach here: the console and process.stdout/stderr (collected, and printed
 * by the host on netprune's stderr, so stdout stays the report); process.exit (an error instead);
 * the inputs (copies, deeply frozen). STATE[1] holds the item being classified, for the time limits.
 */
export const PLUGIN_WORKER_SOURCE = String.raw`
'use strict';
const { workerData } = require('node:worker_threads');
const { Console } = require('node:console');
const { port, state, url } = workerData;
const STATE = new Int32Array(state);
const RESPONSES = 0, CURRENT = 1, ENDED = 2;

let logs = '';
const collect = { write(chunk) { logs += String(chunk); return true; } };
const takeLogs = () => { const taken = logs; logs = ''; return taken; };
globalThis.console = new Console({ stdout: collect, stderr: collect, ignoreErrors: false });
process.stdout.write = collect.write;
process.stderr.write = collect.write;
process.exit = (code) => { throw new Error('called process.exit(' + (code === undefined ? '' : code) + '); a classifier returns a verdict instead'); };
// An error thrown from a timer or a promise the plugin left behind: said as such, then the thread ends.
const escaped = (error) => {
  const described = describe(error);
  described.message = 'an error escaped classify (thrown from a timer or a promise): ' + described.message;
  respond({ type: 'failed', index: -1, error: described });
  port.close();
};
process.on('uncaughtException', escaped);
process.on('unhandledRejection', escaped);
process.on('exit', () => {
  Atomics.store(STATE, ENDED, 1);
  Atomics.add(STATE, RESPONSES, 1);
  Atomics.notify(STATE, RESPONSES);
});

const respond = (message) => {
  message.logs = takeLogs();
  try {
    port.postMessage(message);
  } catch (error) {
    port.postMessage({ type: 'failed', index: message.index ?? 0, error: { message: 'returned a verdict that is not plain data (' + error.message + ')' }, logs: message.logs });
  }
  Atomics.add(STATE, RESPONSES, 1);
  Atomics.notify(STATE, RESPONSES);
};

const describe = (error) => ({
  name: error instanceof Error ? error.name : undefined,
  message: error instanceof Error ? error.message : String(error),
  stack: error instanceof Error ? String(error.stack) : undefined,
});

// Node gives a syntax error in a module no place but on a crash; \`node --check\` prints it: "<file>:<line>", the
// source line, then carets under the column.
function syntaxErrorPlace() {
  const { spawnSync } = require('node:child_process');
  const { fileURLToPath } = require('node:url');
  const check = spawnSync(process.execPath, ['--check', fileURLToPath(url)], { encoding: 'utf8', timeout: 10000 });
  const lines = String(check.stderr || '').split('\n');
  const line = /:(\d+)$/.exec(lines[0] || '');
  const caret = (lines[2] || '').indexOf('^');
  return line === null ? undefined : { url, line: Number(line[1]), column: caret < 0 ? 1 : caret + 1 };
}

function freeze(value) {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  if (value instanceof Map) {
    for (const [k, v] of value) { freeze(k); freeze(v); }
    const refuse = () => { throw new TypeError('the classifier context is read-only'); };
    value.set = refuse; value.delete = refuse; value.clear = refuse;
  }
  for (const key of Object.keys(value)) freeze(value[key]);
  return Object.freeze(value);
}

const summary = (value) => (typeof value === 'function' ? { function: true } : typeof value === 'object' && value !== null ? (Array.isArray(value) ? [] : {}) : value);

let plugin;
let context;
const onMessage = (message) => {
  if (message.type === 'context') {
    context = freeze(message.context);
    return;
  }
  if (message.type === 'settle') {
    // After the timers and promises due now (a timer of 0 or 1 ms set earlier fires before this one), which
    // may throw: their error answers instead (escaped above).
    setTimeout(() => setImmediate(() => respond({ type: 'settled' })), 1);
    return;
  }
  const verdicts = [];
  for (let i = 0; i < message.items.length; i++) {
    Atomics.store(STATE, CURRENT, i);
    const { contact, evidence } = freeze(message.items[i]);
    let verdict;
    try {
      verdict = plugin.classify(contact, evidence, context);
    } catch (error) {
      return respond({ type: 'failed', index: i, error: describe(error) });
    }
    if (verdict !== null && typeof verdict === 'object' && typeof verdict.then === 'function') {
      verdict.then(undefined, () => undefined);
      return respond({ type: 'failed', index: i, error: { message: 'classify returned a Promise; it must return the verdict directly (not async)' } });
    }
    verdicts.push(verdict);
  }
  respond({ type: 'verdicts', verdicts });
};

import(url).then(
  (module) => {
    plugin = module.default;
    const shape = typeof plugin === 'object' && plugin !== null
      ? { id: summary(plugin.id), description: summary(plugin.description), apiVersion: summary(plugin.apiVersion), classify: summary(plugin.classify) }
      : summary(plugin);
    respond({ type: 'loaded', module: { default: shape } });
    // Listening only now: until the plugin is imported, nothing but its own work keeps this thread alive,
    // so a top-level await that never settles ends it, and the host says so.
    port.on('message', onMessage);
  },
  (error) => {
    const described = describe(error);
    if (error instanceof SyntaxError) described.location = syntaxErrorPlace();
    respond({ type: 'load-failed', error: described });
  },
);
`;
