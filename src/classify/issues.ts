import type * as z from 'zod';

/**
 * Short zod messages for people editing a JSON file or writing a plugin: "expected boolean, got 3".
 * Passed per parse (`schema.safeParse(data, { error: describeIssue })`); a schema's own message wins.
 */
export const describeIssue: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing, expected ${issue.expected}` : `expected ${issue.expected}, got ${show(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map(show).join(', ')}, got ${show(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length === 1 ? 'key' : 'keys'} ${issue.keys.map(show).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be at least ${issue.minimum}, got ${show(issue.input)}`;
    case 'too_big':
      return `must be at most ${issue.maximum}, got ${show(issue.input)}`;
    default:
      return undefined;
  }
};

/** Where an issue is (`rules.0.when`; undefined at the top level) and zod's message. */
export interface IssuePlace {
  path: string | undefined;
  message: string;
}

/** Each issue's place and message. A union that nearly matched reports its closest branch. */
export function issuePlaces(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []): IssuePlace[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const near = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (near.length === 1 && near[0] !== undefined) return issuePlaces(near[0], path);
    }
    return [{ path: path.length === 0 ? undefined : path.map(String).join('.'), message: issue.message }];
  });
}

/** One `path: message` line per issue, as knip prints them. */
export const formatIssues = (issues: readonly z.core.$ZodIssue[]): string[] =>
  issuePlaces(issues).map(({ path, message }) => `${path ?? '(top level)'}: ${message}`);

/** The candidate closest to a misspelt word, if any is close enough to be a likely typo. */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 4)) + 1;
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

export function show(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
