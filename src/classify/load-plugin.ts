import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { ClassifierError } from '../errors.js';
import type { Message } from '../i18n/translator.js';
import { LABELS, PLUGIN_API_VERSION, type Classifier, type ClassifierContext, type Connection, type Evidence, type Verdict } from '../plugin-api.js';
import { describeIssue, issueText, problemList, show } from './issues.js';
import { DEFAULT_PLUGIN_LIMITS, PluginStopped, startPluginThread, type PluginLimits, type PluginResponse, type Stopped } from './plugin-host.js';
import { describeCallFailure, describeLoadFailure, pluginStack } from './plugin-errors.js';

const functionSchema = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
  error: (issue) =>
    issueText(
      issue.input === undefined
        ? { key: 'issue.missing', values: { expected: { key: 'issue.a.function' } } }
        : { key: 'issue.wrongType', values: { expected: { key: 'issue.a.function' }, got: show(issue.input) } },
    ),
});

/** What a plugin module must default-export (see Classifier in plugin-api.ts). Extra keys are allowed. */
const pluginModuleSchema = z.object({
  default: z.object({
    id: z.string().min(1),
    description: z.string(),
    apiVersion: z
      .literal(PLUGIN_API_VERSION, {
        error: (issue) => issueText({ key: 'issue.apiVersion', values: { version: String(PLUGIN_API_VERSION), got: show(issue.input) } }),
      })
      .optional(),
    classify: functionSchema,
  }),
});

/** What each classify() call must return. Every label comes with at least one reason. */
const verdictSchema = z.object({
  label: z.enum(LABELS),
  reasons: z.array(z.object({ rule: z.string(), detail: z.string() })).min(1),
  score: z.number().min(0).max(1).optional(),
});

export interface PluginOptions {
  /** Where a relative path starts. */
  cwd?: string;
  limits?: PluginLimits;
  /** What the plugin prints (console, process.stdout and stderr): netprune's stderr, never its stdout. */
  output?: (text: string) => void;
  /** Errors carry the plugin's stack (`--debug`). */
  debug?: boolean;
}

/** A plugin running in its own thread: a Classifier that can classify many at once, and must be closed. */
export interface LoadedPlugin extends Classifier {
  classifyMany(items: readonly { connection: Connection; evidence: Evidence }[], context: ClassifierContext): Verdict[];
  close(): void;
}

/** Contacts sent to the plugin's thread at once: a message per contact would cost more than most classify calls. */
const BATCH = 500;

/**
 * `--classifier ./my-classifier.mjs`: import a user module (path relative to `cwd`) in a thread of its own
 * (plugin-host.ts), check its default export, and wrap it so that every failure (a throw, a malformed
 * verdict, a time limit, a thread that ends) becomes one ClassifierError naming the plugin and the contact.
 */
export async function loadPlugin(specifier: string, options: PluginOptions = {}): Promise<LoadedPlugin> {
  const { cwd, limits = DEFAULT_PLUGIN_LIMITS, output = () => {}, debug = false } = options;
  const path = cwd === undefined ? resolve(specifier) : resolve(cwd, specifier);
  const url = pathToFileURL(path).href;
  const cannotLoad = (problem: Message, cause?: unknown, stack?: string): ClassifierError =>
    new ClassifierError(problem, 2, { cause, details: debug ? stack : undefined });
  if (
    !(await stat(path).then(
      (s) => s.isFile(),
      () => false,
    ))
  )
    throw cannotLoad({ key: 'plugin.noSuchFile', values: { file: specifier } });

  const thread = startPluginThread(url, limits);
  const print = (logs: string) => logs !== '' && output(logs);
  const stopped = (what: Stopped, contact?: Connection): ClassifierError => {
    thread.close();
    const file = specifier;
    if (what.why === 'ended')
      return new ClassifierError(
        contact === undefined ? { key: 'plugin.ended', values: { file } } : { key: 'plugin.endedOn', values: { file, contact: describeContact(contact) } },
      );
    const seconds = what.ms / 1000;
    if (what.why === 'contact-time')
      return new ClassifierError(
        contact === undefined
          ? { key: 'plugin.tooSlow', values: { file, seconds } }
          : { key: 'plugin.tooSlowOn', values: { file, seconds, contact: describeContact(contact) } },
      );
    return new ClassifierError(
      contact === undefined
        ? { key: 'plugin.tooSlowInAll', values: { file, seconds } }
        : { key: 'plugin.tooSlowInAllOn', values: { file, seconds, contact: describeContact(contact) } },
    );
  };

  let first: PluginResponse;
  try {
    first = await thread.loaded;
  } catch (error) {
    if (!(error instanceof PluginStopped)) throw error;
    if (error.stopped.why === 'ended') {
      throw cannotLoad({ key: 'plugin.endedBeforeExport', values: { file: specifier } });
    }
    throw stopped(error.stopped);
  }
  print(first.logs);
  if (first.type === 'load-failed') {
    thread.close();
    throw cannotLoad(
      { key: 'plugin.cannotLoad', values: { problem: describeLoadFailure(first.error, url, specifier, cwd) } },
      first.error,
      pluginStack(first.error),
    );
  }
  const checked = pluginModuleSchema.safeParse(first.type === 'loaded' ? revive(first.module) : undefined, { error: describeIssue });
  if (!checked.success) {
    thread.close();
    throw cannotLoad({ key: 'plugin.invalidModule', values: { file: specifier, problem: problemList(checked.error.issues) } }, checked.error);
  }
  const { id, description } = checked.data.default;

  let sentContext: ClassifierContext | undefined;
  function classifyMany(items: readonly { connection: Connection; evidence: Evidence }[], context: ClassifierContext): Verdict[] {
    if (context !== sentContext) {
      thread.send({ type: 'context', context });
      sentContext = context;
    }
    const verdicts: Verdict[] = [];
    // The last round trip lets the thread run what the plugin left due (a timer, a promise): an error there
    // fails the run too, rather than being lost once the verdicts are in.
    for (let from = 0; ; from += BATCH) {
      const batch = items.slice(from, Math.min(from + BATCH, items.length));
      let response: PluginResponse;
      try {
        response = thread.request(
          batch.length === 0 ? { type: 'settle' } : { type: 'classify', items: batch.map(({ connection, evidence }) => ({ contact: connection, evidence })) },
        );
      } catch (error) {
        if (!(error instanceof PluginStopped)) throw error;
        throw stopped(error.stopped, 'index' in error.stopped ? batch[error.stopped.index]?.connection : undefined);
      }
      print(response.logs);
      if (response.type === 'settled') break;
      if (response.type === 'failed') {
        // -1: an error from a timer or a promise, which belongs to no contact in particular.
        const contact = batch[response.index]?.connection;
        thread.close();
        const problem = describeCallFailure(response.error, url, specifier, cwd);
        const said: Message =
          contact === undefined
            ? { key: 'plugin.failed', values: { file: specifier, problem } }
            : { key: 'plugin.failedOn', values: { file: specifier, problem, contact: describeContact(contact) } };
        throw new ClassifierError(said, 2, {
          cause: response.error,
          details: debug ? pluginStack(response.error) : undefined,
        });
      }
      if (response.type !== 'verdicts') throw stopped({ why: 'ended' }, batch[0]?.connection);
      response.verdicts.forEach((output, i) => {
        const verdict = verdictSchema.safeParse(output, { error: describeIssue });
        if (!verdict.success) {
          thread.close();
          const problem = problemList(verdict.error.issues);
          const contact = describeContact(batch[i]!.connection);
          throw new ClassifierError({ key: 'plugin.invalidVerdict', values: { file: specifier, contact, problem } }, 2, {
            cause: verdict.error,
          });
        }
        verdicts.push(verdict.data);
      });
    }
    return verdicts;
  }

  return {
    id,
    description,
    classify: (connection, evidence, context) => classifyMany([{ connection, evidence }], context)[0]!,
    classifyMany,
    close: thread.close,
  };
}

/** The module's shape as the thread described it (plugin-worker-source.ts), with a stand-in for each function. */
function revive(shape: unknown): unknown {
  if (typeof shape !== 'object' || shape === null || Array.isArray(shape)) return shape;
  if (Object.keys(shape).length === 1 && (shape as { function?: unknown }).function === true) return () => undefined;
  return Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, revive(value)]));
}

/** `"Jane Doe" (https://www.linkedin.com/in/jane-doe)`, or `(Connections.csv:42)`, its line, when there is no URL: the same in every language. */
const describeContact = (contact: Connection): string =>
  `"${`${contact.firstName} ${contact.lastName}`.trim()}" (${contact.url ?? `Connections.csv:${contact.line}`})`;
