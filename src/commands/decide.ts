import { resolve } from 'node:path';
import { analyse } from '../analyse.js';
import type { DECIDE, OptionsOf } from '../command-options.js';
import { decisionEntry, DecisionStore, decisionsFileFor, type DecisionEntry } from '../decisions/index.js';
import { InputError, UsageError } from '../errors.js';
import type { Decision } from '../plugin-api.js';
import { contactKeys } from '../review/contact-key.js';
import { acquireLock } from '../review/lock.js';
import { listLines, resolveLines, type ListProblem } from '../review/who-list.js';
import { createProgress } from '../util/progress.js';
import { readCapped } from '../util/read-capped.js';
import { safeText } from '../util/terminal-text.js';
import type { Io } from '../util/io.js';

export type DecideOptions = OptionsOf<typeof DECIDE>;

/** A list of people is a few hundred kilobytes at most; far past that, it is not a list. */
const MAX_LIST_BYTES = 16 * 1024 * 1024;
/** Problems printed one per line before the error; past this, counted. */
const MAX_PROBLEMS_SHOWN = 20;
const DECISIONS: readonly Decision[] = ['keep', 'remove', 'skip'];

/**
 * Records decisions from lists of people, without a terminal: the same file, keys, lock and owner
 * check as `review`. All or nothing: a line that names no connection, or several, is reported with
 * its number and nothing is written, so a typo never lands a decision on a namesake.
 */
export async function decide(path: string, options: DecideOptions, io: Io): Promise<number> {
  const lists = DECISIONS.flatMap((decision) => (options[decision] === undefined ? [] : [{ decision, file: options[decision] }]));
  if (lists.length === 0) throw new UsageError('decide needs a list: --keep FILE, --remove FILE or --skip FILE (- reads stdin)');
  if (lists.filter((l) => l.file === '-').length > 1) throw new UsageError('only one list can be read from stdin (-)');
  const read = await Promise.all(lists.map(async (l) => ({ ...l, lines: listLines(await readList(l.file, io)) })));

  const exportPath = resolve(io.cwd, path);
  const statePath = decisionsFileFor(exportPath, io.cwd, options.state);
  const release = await acquireLock(statePath);
  try {
    const store = await DecisionStore.open(statePath, exportPath);
    const progress = createProgress(io.stderr, io.stderrIsTTY);
    const analysis = await analyse(exportPath, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
    store.claim(analysis.owner.key);
    const connections = analysis.contacts.map((c) => c.connection);
    const keys = contactKeys(connections);
    store.adopt(connections, keys);

    const chosen = new Map<string, { decision: Decision; index: number; where: string }>();
    const problems: (ListProblem & { file: string })[] = [];
    for (const list of read) {
      const { found, problems: unfound } = resolveLines(list.lines, connections, keys);
      problems.push(...unfound.map((p) => ({ ...p, file: list.file })));
      for (const { line, index } of found) {
        const key = keys[index]!;
        const where = `${list.file}:${line.line}`;
        const earlier = chosen.get(key);
        if (earlier !== undefined && earlier.decision !== list.decision) {
          problems.push({ ...line, file: list.file, problem: `${earlier.where} already says ${earlier.decision} for this person` });
        } else if (earlier === undefined) chosen.set(key, { decision: list.decision, index, where });
      }
    }
    if (problems.length > 0) throw refuse(problems, io);
    if (chosen.size === 0) throw new InputError(lists.map((l) => l.file).join(', '), 'names no one', 'Give one profile URL or name per line');

    const now = io.now;
    const changes: [string, DecisionEntry][] = [...chosen].map(([key, { decision, index }]) => [
      key,
      decisionEntry(connections[index]!, decision, 'decide', now),
    ]);
    const changed = changes.filter(([key, entry]) => {
      const before = store.get(key)?.decision;
      return before !== undefined && before !== entry.decision;
    }).length;
    await store.apply(changes);
    const count = (d: Decision) => changes.filter(([, e]) => e.decision === d).length;
    const tally = DECISIONS.filter((d) => count(d) > 0).map((d) => `${count(d)} ${d}`);
    io.stdout.write(`Recorded ${tally.join(', ')}${changed > 0 ? ` (${changed} changed from an earlier decision)` : ''} in ${safeText(statePath)}\n`);
    return 0;
  } finally {
    await release();
  }
}

/** Each problem on its own line, then the error: nothing was recorded. */
function refuse(problems: readonly (ListProblem & { file: string })[], io: Io): InputError {
  const files = [...new Set(problems.map((p) => p.file))].join(', ');
  if (problems.length === 1) {
    const [p] = problems;
    return new InputError(p!.file, `"${p!.text}": ${p!.problem}`, 'Nothing was recorded: fix the line and run decide again', p!.line);
  }
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN)) io.stderr.write(`netprune: ${safeText(`${p.file}:${p.line}: "${p.text}": ${p.problem}`)}\n`);
  if (problems.length > MAX_PROBLEMS_SHOWN) io.stderr.write(`netprune: … and ${problems.length - MAX_PROBLEMS_SHOWN} more\n`);
  return new InputError(files, `${problems.length} lines name no connection or several`, 'Nothing was recorded: fix those lines and run decide again');
}

async function readList(file: string, io: Io): Promise<string> {
  if (file === '-') {
    if (io.stdin === undefined) throw new UsageError('- reads stdin, and there is none here');
    return readStream(io.stdin);
  }
  return readCapped(resolve(io.cwd, file), MAX_LIST_BYTES, {
    unreadable: (code, cause) =>
      new InputError(file, code === 'ENOENT' ? 'no such file' : `cannot read the list (${code})`, 'Give a text file with one person per line', undefined, {
        cause,
      }),
    notAFile: () => new InputError(file, 'is not a regular file', 'Give a text file with one person per line'),
    tooLarge: () =>
      new InputError(file, `is larger than a list of people can be (${MAX_LIST_BYTES / 1048576} MB)`, 'Give a text file with one person per line'),
  });
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_LIST_BYTES) throw new InputError('-', `is larger than a list of people can be (${MAX_LIST_BYTES / 1048576} MB)`, 'Give one person per line');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
