/**
 * How deep a rule file may nest. A real rule set nests a dozen levels; a thousand nested `not`
 * would overflow the stack of the schema check or of the compiled condition, and on one thread
 * and not another. This limit is checked first, the same way by `rules check` and every command.
 */
export const MAX_JSON_DEPTH = 64;

/** The path to the first value nested deeper than `max`, or null. Iterative: a deep document cannot overflow it. */
export function findTooDeep(data: unknown, max = MAX_JSON_DEPTH): (string | number)[] | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length >= max) return path;
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries) stack.push({ value: child, path: [...path, key] });
  }
  return null;
}
