import { ZodError, type z } from 'zod';

/** Items stringified at a time. Pieces stay well under 128 KB, the size past which V8 allocates a string outside the young generation. */
const BATCH = 32;

/** The list: an array, or items made one at a time as they are reached (`at`). */
interface Items {
  readonly length: number;
  at(index: number): unknown;
}

/**
 * A report whose last key holds a long list, as JSON text in pieces: `JSON.stringify(schema.parse(report), null, 2) + '\n'`,
 * byte for byte, without the parsed copy or the whole string. 700,000 invitations made a string past V8's
 * limit (an internal error at 3.6 GB, issue 15). The envelope is checked before the first piece and each
 * item just before its own; `key` must be the schema's last key. A failing item ends the text with the error
 * parse() would throw on the whole report, its paths starting at `[key, index]`. audit's contacts have a
 * writer of their own (json-stream.ts).
 */
export function* listReportJson<K extends string>(
  report: { [P in K]: Items } & Record<string, unknown>,
  key: K,
  envelopeSchema: z.ZodType,
  itemSchema: z.ZodType,
): Generator<string> {
  const { [key]: items, ...rest } = report;
  const head = listHead(rest, key, envelopeSchema);
  if (items.length === 0) {
    yield head.empty;
    return;
  }
  yield head.open;
  const wrap = listWrap(key);
  for (let start = 0; start < items.length; start += BATCH) {
    const batch: unknown[] = [];
    for (let i = start; i < Math.min(start + BATCH, items.length); i++) batch.push(parseItem(itemSchema, items.at(i), [key, i]));
    const text = JSON.stringify({ [key]: batch }, null, 2);
    // Two pieces, not joined: joined, the item text would be copied once more by whatever reads it flat.
    if (start > 0) yield ',\n';
    yield text.slice(wrap.open.length, -wrap.close.length);
  }
  yield head.close;
}

/**
 * The envelope of a list report, checked by its schema: the whole text when the list is empty, else the
 * text up to the list's first item and after its last (`"key": [\n` … `\n  ]\n}\n`).
 */
export function listHead(rest: Record<string, unknown>, key: string, envelopeSchema: z.ZodType): { empty: string; open: string; close: string } {
  const envelope = envelopeSchema.parse(rest) as Record<string, unknown>;
  const head = JSON.stringify({ ...envelope, [key]: [] }, null, 2);
  // `"key": []\n}` ends the envelope's text; between `[` and `]` come the items, indented as deep as in the report.
  return { empty: `${head}\n`, open: `${head.slice(0, -'[]\n}'.length)}[\n`, close: `${listWrap(key).close}\n` };
}

/** One item of a list report, indented as deep as it is in the report, as JSON.stringify(report, null, 2) writes it. */
export function itemJson(key: string, item: unknown): string {
  const wrap = listWrap(key);
  return JSON.stringify({ [key]: [item] }, null, 2).slice(wrap.open.length, -wrap.close.length);
}

const listWrap = (key: string) => ({ open: `{\n  "${key}": [\n`, close: '\n  ]\n}' });

/** An item of a report's list parsed by its schema, a failure's paths starting at `at` (`[key, index]`), as parse() on the whole report says them. */
export function parseItem(schema: z.ZodType, item: unknown, at: [string, number]): unknown {
  try {
    return schema.parse(item);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    throw new ZodError(error.issues.map((issue) => ({ ...issue, path: [...at, ...issue.path] })));
  }
}
