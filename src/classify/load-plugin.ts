import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { ClassifierError } from '../errors.js';
import { LABELS, type Classifier, type Connection, type Verdict } from '../plugin-api.js';
import { describeIssue, formatIssues, show } from './issues.js';

const functionSchema = z.custom<(...args: never[]) => unknown>((value) => typeof value === 'function', {
  error: (issue) => `expected a function, got ${show(issue.input)}`,
});

/** What a plugin module must default-export (see Classifier in plugin-api.ts). Extra keys are allowed. */
const pluginModuleSchema = z.object({
  default: z.object({ id: z.string().min(1), description: z.string(), classify: functionSchema }),
});

/** What each classify() call must return. Every label comes with at least one reason. */
const verdictSchema = z.object({
  label: z.enum(LABELS),
  reasons: z.array(z.object({ rule: z.string(), detail: z.string() })).min(1),
  score: z.number().min(0).max(1).optional(),
});

/**
 * `--classifier ./my-classifier.mjs`: import a user module (path relative to `cwd`), check its default export,
 * and wrap it so a throw or a malformed verdict becomes a ClassifierError naming the plugin and the contact.
 */
export async function loadPlugin(specifier: string, cwd?: string): Promise<Classifier> {
  const url = pathToFileURL(cwd === undefined ? resolve(specifier) : resolve(cwd, specifier)).href;
  let module: unknown;
  try {
    module = await import(url);
  } catch (error) {
    throw new ClassifierError(`Cannot load classifier plugin ${specifier}: ${messageOf(error)}`, 2, { cause: error });
  }
  const checked = pluginModuleSchema.safeParse(module, { error: describeIssue });
  if (!checked.success) {
    const issues = formatIssues(checked.error.issues).join('; ');
    throw new ClassifierError(`Cannot load classifier plugin ${specifier}: ${issues}`, 2, { cause: checked.error });
  }
  // Keep the original object as `this`, in case classify is a method that reads its own fields.
  const plugin = (module as { default: Classifier }).default;
  const { id, description } = checked.data.default;
  return {
    id,
    description,
    classify(contact, evidence, context): Verdict {
      const fail = (problem: string, cause: unknown): ClassifierError =>
        new ClassifierError(`plugin ${specifier} failed on ${describeContact(contact)}: ${problem}`, 2, { cause });
      let output: unknown;
      try {
        output = plugin.classify(contact, evidence, context);
      } catch (error) {
        throw fail(messageOf(error), error);
      }
      if (isThenable(output)) {
        // Swallow its eventual rejection: the ClassifierError below already reports the mistake.
        output.then(undefined, () => undefined);
        throw fail('classify returned a Promise; it must return the verdict directly (not async)', undefined);
      }
      const verdict = verdictSchema.safeParse(output, { error: describeIssue });
      if (!verdict.success) {
        const problem = formatIssues(verdict.error.issues).join('; ');
        throw fail(`returned an invalid verdict: ${problem}`, verdict.error);
      }
      return verdict.data;
    },
  };
}

/** `"Jane Doe" (https://www.linkedin.com/in/jane-doe)`, or the Connections.csv line when there is no URL. */
const describeContact = (contact: Connection): string =>
  `"${`${contact.firstName} ${contact.lastName}`.trim()}" (${contact.url ?? `Connections.csv line ${contact.line}`})`;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
