import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { Connection } from '../export/records.js';
import type { Decision } from '../plugin-api.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from './atomic-write.js';
import { isNameKey } from './contact-key.js';
import { placeDecisions, type Placement } from './same-person.js';

const DECISIONS_VERSION = 1;

/** The default decisions file: `netprune-decisions.json` in the folder that holds the export. */
const DEFAULT_STATE_NAME = 'netprune-decisions.json';

const entrySchema = z.looseObject({
  decision: z.enum(['keep', 'remove', 'skip']),
  name: z.string(),
  /** Canonical profile URL; null for people an old export gives without one. */
  url: z.string().nullable(),
  company: z.string(),
  position: z.string().default(''),
  /** Connected On (`YYYY-MM-DD`): with the name and company, who a decision saved by name is about. Absent from older files. */
  connectedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  /** ISO date-time of the answer. */
  decidedAt: z.string(),
});
export type DecisionEntry = z.infer<typeof entrySchema>;

const fileSchema = z.looseObject({
  netprune: z.literal('decisions'),
  version: z.literal(DECISIONS_VERSION),
  /** The export last reviewed with this file. */
  export: z.string(),
  /** The export owner's profile key, so one person's decisions are not applied to another's export. */
  owner: z.string().nullable().default(null),
  /** By profile key (`in/<slug>`), or `name:<folded name>` for people without a profile URL. */
  decisions: z.record(z.string(), entrySchema),
});
export type DecisionsFile = z.infer<typeof fileSchema>;

/**
 * Where decisions live unless `--state` says otherwise: beside the export, under one fixed
 * name, so that next month's export downloaded to the same folder resumes the same decisions.
 */
export function defaultStatePath(exportPath: string): string {
  return join(dirname(exportPath.replace(/[\\/]+$/, '') || '.'), DEFAULT_STATE_NAME);
}

const emptyDecisions = (exportPath: string, owner: string | null): DecisionsFile => ({
  netprune: 'decisions',
  version: DECISIONS_VERSION,
  export: exportPath,
  owner,
  decisions: {},
});

const KEEP_IT = 'netprune leaves it untouched: fix or move it, or choose another file with --state';

/**
 * Reads and validates a decisions file; null when there is none yet. A file that is not
 * ours, is damaged, or comes from a newer netprune is refused, never overwritten.
 */
export async function readDecisions(path: string): Promise<DecisionsFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new InputError(path, `cannot read the decisions file (${code ?? 'error'})`, 'Check its permissions, or choose another file with --state', undefined, {
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `is not valid JSON (${(error as Error).message})`, KEEP_IT, undefined, { cause: error });
  }
  if (typeof data !== 'object' || data === null || (data as { netprune?: unknown }).netprune !== 'decisions') {
    throw new InputError(path, 'is not a netprune decisions file', KEEP_IT);
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > DECISIONS_VERSION) {
    throw new InputError(
      path,
      `was written by a newer netprune (decisions version ${version}; this one reads version ${DECISIONS_VERSION})`,
      'Update netprune to continue with it',
    );
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(file)'}: ${i.message}`);
    throw new InputError(path, `is a damaged decisions file (${issues.join('; ')})`, KEEP_IT);
  }
  return parsed.data;
}

/** Writes the whole file atomically, mode 0600, with keys sorted so that two runs give the same bytes. */
async function writeDecisions(path: string, file: DecisionsFile): Promise<void> {
  const decisions = Object.fromEntries(Object.entries(file.decisions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  try {
    await writeFileAtomic(path, `${JSON.stringify({ ...file, decisions }, null, 2)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(
      path,
      `cannot save the decisions (${code})`,
      'Every earlier answer is still in the file; free some space or choose another file with --state',
      undefined,
      { cause: error },
    );
  }
}

/**
 * The decisions of one review session, written through to disk on every change so that
 * killing the process loses nothing already answered.
 */
export class DecisionStore {
  private constructor(
    readonly path: string,
    private readonly file: DecisionsFile,
  ) {}

  static async open(path: string, exportPath: string): Promise<DecisionStore> {
    const file = (await readDecisions(path)) ?? emptyDecisions(exportPath, null);
    file.export = exportPath;
    return new DecisionStore(path, file);
  }

  /** Ties the file to the export's owner, refusing one that holds another account's decisions. */
  claim(owner: string | null): void {
    if (this.file.owner !== null && owner !== null && this.file.owner !== owner) {
      throw new InputError(
        this.path,
        `holds the decisions of another LinkedIn account (${this.file.owner}), not ${owner}`,
        `Choose a file of your own with --state, e.g. --state ${basename(this.path, '.json')}-2.json`,
      );
    }
    this.file.owner = this.file.owner ?? owner;
  }

  get(key: string): DecisionEntry | undefined {
    return this.file.decisions[key];
  }

  /** Decision by key, as the classifier context and the queue want them. */
  decisions(): Map<string, Decision> {
    return new Map(Object.entries(this.file.decisions).map(([key, entry]) => [key, entry.decision]));
  }

  /**
   * Moves decisions saved by name under the key of the connection they are about in this export
   * (`placeDecisions`: same name, company and connection date): an older file's name-only keys, or a
   * person whose URL this export now gives, which then joins their entry. In memory until the next
   * answer is saved. Returns the decisions left unapplied because the only people of that name here differ.
   */
  adopt(connections: readonly Connection[], keys: readonly string[]): Placement['unplaced'] {
    const placement = placeDecisions(this.file.decisions, connections, keys);
    const decisions = { ...this.file.decisions };
    for (const [i, stored] of placement.byConnection) {
      const [key, c, entry] = [keys[i], connections[i], decisions[stored]];
      // A decision kept under a profile key stays there, for the exports to come.
      if (key === undefined || c === undefined || entry === undefined || key === stored || !isNameKey(stored)) continue;
      delete decisions[stored];
      decisions[key] = { ...entry, url: entry.url ?? c.url, connectedOn: entry.connectedOn ?? c.connectedOn };
    }
    this.file.decisions = decisions;
    return placement.unplaced;
  }

  /** Applies answers (an entry) or their undoing (undefined: no decision) in one atomic write. */
  async apply(changes: ReadonlyArray<readonly [key: string, entry: DecisionEntry | undefined]>): Promise<void> {
    const decisions = { ...this.file.decisions };
    for (const [key, entry] of changes) {
      if (entry === undefined) delete decisions[key];
      else decisions[key] = entry;
    }
    // Memory follows the disk: if the write fails, the session still sees what the file holds.
    await writeDecisions(this.path, { ...this.file, decisions });
    this.file.decisions = decisions;
  }
}
