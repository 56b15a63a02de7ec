import type { Connection } from '../export/records.js';
import type { Decision } from '../plugin-api.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { isNameKey } from '../review/contact-key.js';
import { placeDecisions, type Placement } from '../review/same-person.js';
import { anotherFile, emptyDecisions, type DecisionEntry, type DecisionsFile } from './format.js';
import { readDecisions } from './read.js';

/** Writes the whole file atomically, mode 0600, with keys sorted so that two runs give the same bytes. */
async function writeDecisions(path: string, file: DecisionsFile): Promise<void> {
  const decisions = Object.fromEntries(Object.entries(file.decisions).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  try {
    await writeFileAtomic(path, `${JSON.stringify({ ...file, decisions }, null, 2)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new InputError(path, { key: 'decisions.cannotSave', values: { code } }, { key: 'decisions.freeSpace' }, undefined, { cause: error });
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
        { key: 'decisions.otherAccount', values: { theirs: this.file.owner, owner } },
        { key: 'decisions.ownFile', values: { file: anotherFile(this.path) } },
      );
    }
    this.file.owner = this.file.owner ?? owner;
  }

  /** The account whose decisions the file holds, once a command has claimed it; null before. */
  get owner(): string | null {
    return this.file.owner;
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
