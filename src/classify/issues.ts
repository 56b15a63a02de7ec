import type * as z from 'zod';
import type { Message } from '../i18n/translator.js';

/**
 * What zod finds wrong in a file a person wrote, or in what a plugin exports or returns, said in the
 * run's language. zod's messages are strings made deep in a parse, where no translator is at hand, so
 * each one here is a Message written as a string (`issueText`), read back by `issuePlaces` and said
 * where the error is: `describeIssue` for zod's own codes, the schemas' own texts for the rest. zod's
 * English is never shown (its locales are not even bundled: test/e2e/bundle.test.ts).
 */
const MARK = 'netprune-issue:';

/** A schema's own text for an issue (`.refine(…, { message: issueText(…) })`): one Message, or one per problem. */
export const issueText = (...messages: Message[]): string => `${MARK}${JSON.stringify(messages)}`;

/** The Messages an issue's message holds; a message not made by issueText (none should be) says only that the value is not valid. */
function readIssueText(message: string): Message[] {
  return message.startsWith(MARK) ? (JSON.parse(message.slice(MARK.length)) as Message[]) : [{ key: 'issue.invalid' }];
}

type Value = string | Message;

/** A value found in a file, as it would be written in JSON (`"3"`, `3`, `null`), or its kind for a list or an object. */
export function show(value: unknown): Value {
  if (typeof value === 'function' || typeof value === 'object' || value === undefined) return value === null ? 'null' : kindOf(value);
  return quoted(value);
}

/** A key or a value as JSON writes it, cut at 40 characters: a line names it, it does not copy it. */
export function quoted(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

const EXPECTED: Readonly<Record<string, Message>> = {
  string: { key: 'issue.a.string' },
  number: { key: 'issue.a.number' },
  boolean: { key: 'issue.a.boolean' },
  object: { key: 'issue.a.object' },
  record: { key: 'issue.a.object' },
  array: { key: 'issue.a.array' },
  function: { key: 'issue.a.function' },
  null: { key: 'issue.a.null' },
};
/** The word for what zod expected (`string` → `a string`). */
export const expectedWord = (expected: string): Message => EXPECTED[expected] ?? { key: 'issue.a.value' };

/** What a value is, as a word (`an array`, `a number`): the word for the type it has. */
const kindOf = (value: unknown): Message => expectedWord(value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** The keys an object schema declares, to suggest one for a misspelt key. */
const declaredKeys = (inst: unknown): string[] => Object.keys((inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def?.shape ?? {});

/**
 * The Messages for one of zod's issues. `got` writes the value found: as JSON (`describeIssue`), or only
 * its kind (`describeIssueQuietly`), for a file whose content must not be echoed.
 */
function describe(issue: z.core.$ZodRawIssue, got: (value: unknown) => Value, hints: boolean): Message[] {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedWord(issue.expected);
      return [
        issue.input === undefined ? { key: 'issue.missing', values: { expected } } : { key: 'issue.wrongType', values: { expected, got: got(issue.input) } },
      ];
    }
    case 'invalid_value': {
      const choices = issue.values.map((v) => JSON.stringify(v) ?? String(v)).join(', ');
      if (issue.values.length === 1)
        return [
          issue.input === undefined
            ? { key: 'issue.exactlyMissing', values: { value: choices } }
            : { key: 'issue.exactly', values: { value: choices, got: got(issue.input) } },
        ];
      if (issue.input === undefined) return [{ key: 'issue.oneOfMissing', values: { choices } }];
      const near =
        hints && typeof issue.input === 'string'
          ? suggest(
              issue.input,
              issue.values.filter((v): v is string => typeof v === 'string'),
            )
          : undefined;
      return [
        near === undefined
          ? { key: 'issue.oneOf', values: { choices, got: got(issue.input) } }
          : { key: 'issue.oneOfNear', values: { choices, got: got(issue.input), near: JSON.stringify(near) } },
      ];
    }
    case 'unrecognized_keys': {
      const known = hints ? declaredKeys(issue.inst) : [];
      return issue.keys.map((key) => {
        const near = suggest(key, known);
        return near === undefined
          ? { key: 'issue.unknownKey', values: { name: quoted(key) } }
          : { key: 'issue.unknownKeyNear', values: { name: quoted(key), near: quoted(near) } };
      });
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return [{ key: 'issue.atLeastItems', values: { count: minimum } }];
      if (issue.origin === 'string') return [minimum <= 1 ? { key: 'issue.notEmpty' } : { key: 'issue.tooShort', values: { count: minimum } }];
      const values = { minimum: String(issue.minimum), got: got(issue.input) };
      return [issue.inclusive === false ? { key: 'issue.moreThan', values } : { key: 'issue.atLeast', values }];
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return [{ key: 'issue.atMostItems', values: { count: maximum } }];
      if (issue.origin === 'string') return [{ key: 'issue.tooLong', values: { count: maximum } }];
      const values = { maximum: String(issue.maximum), got: got(issue.input) };
      return [issue.inclusive === false ? { key: 'issue.lessThan', values } : { key: 'issue.atMost', values }];
    }
    case 'invalid_format':
      return [{ key: 'issue.format' }];
    case 'invalid_key': {
      // A record's key: what its own schema said of it (the place already ends with the key).
      const [first] = issue.issues;
      return first === undefined ? [{ key: 'issue.invalid' }] : readIssueText(first.message);
    }
    default:
      return [issue.input === undefined ? { key: 'issue.missingValue' } : { key: 'issue.invalid' }];
  }
}

/**
 * zod's issues as netprune says them (`expected a string, got 3`), passed per parse:
 * `schema.safeParse(data, { error: describeIssue })`. A schema's own text wins.
 */
export const describeIssue: z.core.$ZodErrorMap = (issue) => issueText(...describe(issue, show, true));

/** The same, naming only the kind of a value found (`got a string`), never the value: for a file that may hold anything. */
export const describeIssueQuietly: z.core.$ZodErrorMap = (issue) => issueText(...describe(issue, kindOf, false));

/** Where a problem is (`rules.0.when`; undefined at the top level) and what it is. */
export interface IssuePlace {
  path: readonly PropertyKey[];
  message: Message;
}

/**
 * Each problem and its place, one per unknown key. A union that nearly matched reports its closest branch.
 * The issues must come from a parse given `describeIssue` or `describeIssueQuietly`.
 */
export function issuePlaces(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): IssuePlace[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const near = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (near.length === 1 && near[0] !== undefined) return issuePlaces(near[0], path);
    }
    return readIssueText(issue.message).map((message) => ({ path, message }));
  });
}

/** A place as the file's own keys write it: `rules.0.when`, or `(top level)`. */
export const placeName = (path: readonly PropertyKey[]): Value => (path.length === 0 ? { key: 'issue.topLevel' } : path.map(String).join('.'));

/** Every problem on one line: `default.id: expected a string, got 3; default.classify: …`. */
export function problemList(issues: readonly z.core.$ZodIssue[]): Message {
  const said = issuePlaces(issues).map(({ path, message }): Message => ({ key: 'issue.at', values: { path: placeName(path), problem: message } }));
  return said.reduceRight((next, first) => ({ key: 'issue.andThen', values: { first, next } }));
}

/**
 * The candidate closest to a misspelt word, if any is close enough to be a likely typo. Never one that
 * shares no letter in place with it: `"de"` is not a typo of `"en"`.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.min(Math.max(2, Math.floor(word.length / 4)) + 1, word.length);
  for (const candidate of candidates) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
