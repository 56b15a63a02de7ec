import type { z } from 'zod';
import { ClassifierError } from '../errors.js';
import { describeIssue, formatIssues } from './issues.js';
import { findJsonSyntaxError } from './json-syntax.js';

/** JSON a person wrote (a rule set, the config file) → its data: `file:line:col: invalid JSON: …` when it is not JSON. */
export function parseJsonText(text: string, file: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const where = findJsonSyntaxError(json);
    throw new ClassifierError(`${file}:${where?.line ?? 1}:${where?.column ?? 1}: invalid JSON: ${where?.message ?? (error as Error).message}`, 2, {
      cause: error,
    });
  }
}

/** The data as `schema` reads it, or every problem at once, one `file: path: problem` line each. */
export function validated<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { error: describeIssue });
  if (result.success) return result.data;
  throw new ClassifierError(
    formatIssues(result.error.issues)
      .map((line) => `${file}: ${line}`)
      .join('\n'),
    2,
    { cause: result.error },
  );
}
