import { InputError } from '../errors.js';
import { describeIssueQuietly, issuePlaces, placeName } from '../classify/issues.js';
import type { Message } from '../i18n/translator.js';
import { readCapped } from '../util/read-capped.js';
import { DECISIONS_VERSION, MAX_DECISIONS_BYTES, decisionsFileSchema, type DecisionsFile } from './format.js';

const KEEP_IT: Message = { key: 'decisions.keepIt' };

/**
 * Reads and validates a decisions file; null when there is none yet. A file that is not ours, is
 * damaged, too large, or comes from a newer netprune is refused, never overwritten. Errors say what is
 * wrong and where, never what the file holds: `--state` may point at any file on the machine.
 */
export async function readDecisions(path: string): Promise<DecisionsFile | null> {
  const text = await readCappedDecisions(path);
  if (text === null) return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, { key: 'decisions.notJson' }, KEEP_IT, undefined, { cause: error });
  }
  if (typeof data !== 'object' || data === null || (data as { netprune?: unknown }).netprune !== 'decisions') {
    throw new InputError(path, { key: 'decisions.notDecisions' }, KEEP_IT);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > DECISIONS_VERSION) {
    throw new InputError(
      path,
      { key: 'decisions.newer', values: { version: String(version), supported: String(DECISIONS_VERSION) } },
      { key: 'decisions.update' },
    );
  }
  // Quietly: a problem names the kind of a value found (`got a number`), never the value.
  const parsed = decisionsFileSchema.safeParse(data, { error: describeIssueQuietly });
  if (!parsed.success) {
    const keys = Object.keys((data as { decisions?: object }).decisions ?? {});
    const said = issuePlaces(parsed.error.issues)
      .slice(0, 3)
      .map(({ path, message }): Message => ({ key: 'issue.at', values: { path: where(path, keys), problem: message } }));
    const issues = said.reduceRight((next, first) => ({ key: 'issue.andThen', values: { first, next } }));
    throw new InputError(path, { key: 'decisions.damaged', values: { issues } }, KEEP_IT);
  }
  return parsed.data;
}

/**
 * Where an issue is, `decisions #3.decidedAt`, with an entry named by its number rather than by its key,
 * which is file content; `(top level)` for the file as a whole.
 */
function where(path: readonly PropertyKey[], keys: readonly string[]): ReturnType<typeof placeName> {
  const [top, key, ...rest] = path;
  if (top !== 'decisions' || key === undefined) return placeName(path);
  return [`decisions #${keys.indexOf(String(key)) + 1}`, ...rest.map(String)].join('.');
}

/** The file's text, or null when there is none; anything but a regular file of sane size is refused before it is read. */
async function readCappedDecisions(path: string): Promise<string | null> {
  try {
    return await readCapped(path, MAX_DECISIONS_BYTES, {
      unreadable: (code, cause) =>
        code === 'ENOENT'
          ? new NoFile()
          : new InputError(path, { key: 'decisions.cannotRead', values: { code } }, { key: 'decisions.checkPermissions' }, undefined, { cause }),
      notAFile: () => new InputError(path, { key: 'decisions.notRegular' }, KEEP_IT),
      tooLarge: (size) =>
        new InputError(path, { key: 'decisions.tooLarge', values: { size: Math.round(size / 1048576), max: MAX_DECISIONS_BYTES / 1048576 } }, KEEP_IT),
    });
  } catch (error) {
    if (error instanceof NoFile) return null;
    throw error;
  }
}

/** No decisions file yet: not an error, the first review starts one. */
class NoFile extends Error {}
