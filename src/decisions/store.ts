import type { Connection } from '../export/records.js';
import type { Decision } from '../plugin-api.js';
import { InputError } from '../errors.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { isNameKey } from '../review/contact-key.js';
import { placeDecisions, type Placement } from '../review/same-person.js';
import { anotherFile, emptyDecisions, type DecisionEntry, type DecisionsFile } from './format.js';
import { readDecisions } from './read.js';
import { ownerToKeep, sameAccount, type OwnerSeen } from './owner.js';

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
  /** Keys whose decision `adopt` could not tell to be about one connection here: not applied. */
  private readonly aside = new Set<string>();
  /** Each decision set aside, and the keys of the connections it might be about. */
  private readonly replacedBy = new Map<string, string[]>();

  private constructor(
    readonly path: string,
    private readonly file: DecisionsFile,
  ) {}

  static async open(path: string, exportPath: string): Promise<DecisionStore> {
    const file = (await readDecisions(path)) ?? emptyDecisions(exportPath, null);
    file.export = exportPath;
    return new DecisionStore(path, file);
  }

  /**
   * Ties the file to the export's owner, refusing one that holds another account's decisions. A file
   * that knew its owner by name only (an export without URLs) takes their profile key once an export gives it.
   */
  claim(owner: OwnerSeen): void {
    const theirs = this.file.owner;
    if (theirs !== null && owner.key !== null && !sameAccount(theirs, owner)) {
      throw new InputError(
        this.path,
        { key: 'decisions.otherAccount', values: { theirs, owner: owner.key } },
        { key: 'decisions.ownFile', values: { file: anotherFile(this.path) } },
      );
    }
    this.file.owner = ownerToKeep(this.file.owner, owner.key);
  }

  /** The account whose decisions the file holds, once a command has claimed it; null before. */
  get owner(): string | null {
    return this.file.owner;
  }

  get(key: string): DecisionEntry | undefined {
    return this.aside.has(key) ? undefined : this.file.decisions[key];
  }

  /** Decision by key, as the classifier context and the queue want them; those set aside by `adopt` are not. */
  decisions(): Map<string, Decision> {
    return new Map(Object.entries(this.file.decisions).flatMap(([key, entry]) => (this.aside.has(key) ? [] : [[key, entry.decision] as const])));
  }

  /**
   * Moves each decision to the key of the connection it is about in this export (`placeDecisions`): an
   * older file's name keys, a person whose URL this export now gives, or one whose profile URL changed.
   * Decisions that cannot be told to be about one connection here are set aside: kept in the file, but
   * not applied, so that the person is asked about again; answering about every connection such a
   * decision might be about replaces it. In memory until the next answer is saved. Returns those set aside.
   */
  adopt(connections: readonly Connection[], keys: readonly string[]): Placement['unplaced'] {
    const placement = placeDecisions(this.file.decisions, connections, keys);
    const decisions = { ...this.file.decisions };
    const placed = new Set<string>();
    for (const [i, stored] of placement.byConnection) {
      const [key, c, entry] = [keys[i], connections[i], decisions[stored]];
      if (key === undefined || c === undefined || entry === undefined) continue;
      placed.add(key);
      // A decision kept under a profile key stays there, for the exports to come, unless that profile URL is gone.
      if (key === stored || (!isNameKey(stored) && placement.by.get(stored) !== 'url-changed')) continue;
      delete decisions[stored];
      decisions[key] = { ...entry, url: c.url ?? entry.url, connectedOn: entry.connectedOn ?? c.connectedOn };
    }
    this.file.decisions = decisions;
    // A key this export gives a connection, holding a decision that is not about it (rows alike in everything).
    for (const key of keys) if (decisions[key] !== undefined && !placed.has(key)) this.aside.add(key);
    for (const u of placement.unplaced) {
      this.aside.add(u.key);
      // A namesake at another company is not who it is about: answering about them leaves it be.
      if (u.why !== 'namesake')
        this.replacedBy.set(
          u.key,
          u.namesakes.map((i) => keys[i]).filter((k): k is string => k !== undefined),
        );
    }
    return placement.unplaced;
  }

  /** Applies answers (an entry) or their undoing (undefined: no decision) in one atomic write. */
  async apply(changes: ReadonlyArray<readonly [key: string, entry: DecisionEntry | undefined]>): Promise<void> {
    const decisions = { ...this.file.decisions };
    for (const [key, entry] of changes) {
      this.aside.delete(key);
      if (entry === undefined) delete decisions[key];
      else decisions[key] = entry;
    }
    // An earlier decision set aside is replaced once every connection it might be about has an answer of its own.
    for (const [stored, candidates] of this.replacedBy) {
      if (candidates.every((k) => k !== stored && decisions[k] !== undefined && !this.aside.has(k))) {
        delete decisions[stored];
        this.replacedBy.delete(stored);
      }
    }
    // Memory follows the disk: if the write fails, the session still sees what the file holds.
    await writeDecisions(this.path, { ...this.file, decisions });
    this.file.decisions = decisions;
  }
}
