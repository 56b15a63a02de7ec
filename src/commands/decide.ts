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
import type { Translator } from '../i18n/translator.js';

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
export async function decide(path: string, options: DecideOptions, io: Io, t: Translator): Promise<number> {
  const lists = DECISIONS.flatMap((decision) => (options[decision] === undefined ? [] : [{ decision, file: options[decision] }]));
  if (lists.length === 0) throw new UsageError(t('decide.needsList'));
  if (lists.filter((l) => l.file === '-').length > 1) throw new UsageError(t('decide.oneStdin'));
  const read = await Promise.all(lists.map(async (l) => ({ ...l, lines: listLines(await readList(l.file, io, t)) })));

  const exportPath = resolve(io.cwd, path);
  const statePath = decisionsFileFor(exportPath, io.cwd, options.state);
  const release = await acquireLock(statePath);
  try {
    const store = await DecisionStore.open(statePath, exportPath);
    const progress = createProgress(io.stderr, io.stderrIsTTY, t);
    const analysis = await analyse(exportPath, { me: options.me, today: io.today, cwd: io.cwd, onProgress: progress.update }).finally(progress.done);
    store.claim(analysis.owner);
    const connections = analysis.contacts.map((c) => c.connection);
    const keys = contactKeys(connections);
    store.adopt(connections, keys);

    const chosen = new Map<string, { decision: Decision; index: number; where: string }>();
    const problems: (ListProblem & { file: string })[] = [];
    for (const list of read) {
      const { found, problems: unfound } = resolveLines(list.lines, connections, keys, t);
      // One at a time: spread, a list of 200,000 unknown lines overflowed the call's arguments.
      for (const p of unfound) problems.push({ ...p, file: list.file });
      for (const { line, index } of found) {
        const key = keys[index]!;
        const where = `${list.file}:${line.line}`;
        const earlier = chosen.get(key);
        if (earlier !== undefined && earlier.decision !== list.decision) {
          problems.push({
            ...line,
            file: list.file,
            problem: t('decide.already', { where: earlier.where, decision: t(`review.unplaced.${earlier.decision}`) }),
          });
        } else if (earlier === undefined) chosen.set(key, { decision: list.decision, index, where });
      }
    }
    if (problems.length > 0) throw refuse(problems, io, t);
    if (chosen.size === 0) throw new InputError(lists.map((l) => l.file).join(', '), t('decide.namesNoOne'), t('decide.oneAPerLine'));

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
    const tally = DECISIONS.filter((d) => count(d) > 0)
      .map((d) => t(`decide.tally.${d}`, { count: count(d) }))
      .join(', ');
    const file = safeText(statePath);
    io.stdout.write(`${changed > 0 ? t('decide.recordedChanged', { tally, count: changed, file }) : t('decide.recorded', { tally, file })}\n`);
    return 0;
  } finally {
    await release();
  }
}

/** Each problem on its own line, then the error: nothing was recorded. */
function refuse(problems: readonly (ListProblem & { file: string })[], io: Io, t: Translator): InputError {
  const files = [...new Set(problems.map((p) => p.file))].join(', ');
  if (problems.length === 1) {
    const [p] = problems;
    return new InputError(p!.file, t('decide.problem', { text: p!.text, problem: p!.problem }), t('decide.fixLine'), p!.line);
  }
  for (const p of problems.slice(0, MAX_PROBLEMS_SHOWN))
    io.stderr.write(`netprune: ${safeText(`${p.file}:${p.line}: ${t('decide.problem', { text: p.text, problem: p.problem })}`)}\n`);
  if (problems.length > MAX_PROBLEMS_SHOWN) io.stderr.write(`netprune: ${t('decide.andMore', { count: problems.length - MAX_PROBLEMS_SHOWN })}\n`);
  return new InputError(files, t('decide.problems', { count: problems.length }), t('decide.fixLines'));
}

async function readList(file: string, io: Io, t: Translator): Promise<string> {
  if (file === '-') {
    if (io.stdin === undefined) throw new UsageError(t('decide.noStdin'));
    return readStream(io.stdin, t);
  }
  return readCapped(resolve(io.cwd, file), MAX_LIST_BYTES, {
    unreadable: (code, cause) =>
      new InputError(file, code === 'ENOENT' ? t('decide.noSuchFile') : t('decide.cannotRead', { code }), t('decide.giveTextFile'), undefined, { cause }),
    notAFile: () => new InputError(file, t('decide.notAFile'), t('decide.giveTextFile')),
    tooLarge: () => new InputError(file, t('decide.tooLarge', { size: MAX_LIST_BYTES / 1048576 }), t('decide.giveTextFile')),
  });
}

async function readStream(stream: NodeJS.ReadableStream, t: Translator): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_LIST_BYTES) throw new InputError('-', t('decide.tooLarge', { size: MAX_LIST_BYTES / 1048576 }), t('decide.givePerLine'));
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
