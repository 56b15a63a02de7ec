import type * as z from 'zod';
import { ClassifierError } from '../errors.js';
import type { Message } from '../i18n/translator.js';
import { describeIssue, issuePlaces, placeName } from './issues.js';
import { findJsonSyntaxError } from './json-syntax.js';

/** JSON a person wrote (a rule set, the config file) → its data: `file:line:col: invalid JSON: …` when it is not JSON. */
export function parseJsonText(text: string, file: string): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(json);
  } catch (error) {
    const found = findJsonSyntaxError(json);
    // Should the scanner find nothing JSON.parse refused, JSON.parse's own message (English) says it.
    throw new ClassifierError(
      found === null
        ? { key: 'config.invalidJson', values: { where: `${file}:1:1`, problem: (error as Error).message } }
        : [{ key: 'config.invalidJsonAt', values: { where: `${file}:${found.line}:${found.column}` } }, found.said],
      2,
      { cause: error },
    );
  }
}

/** The data as `schema` reads it, or every problem at once, one `file: path: problem` line each. */
export function validated<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data, { error: describeIssue });
  if (result.success) return result.data;
  const problems = issuePlaces(result.error.issues).map(
    ({ path, message: problem }): Message => ({ key: 'config.problem', values: { file, path: placeName(path), problem } }),
  );
  throw new ClassifierError({ problems }, 2, { cause: result.error });
}
