import { resolve } from 'node:path';
import { analyse, type Analysis } from '../analyse.js';
import { EXIT, InputError, UsageError } from '../errors.js';
import { checkDecisions, unreadConnections } from '../network/decisions.js';
import { sayNotice } from '../i18n/notice.js';
import { safeText } from '../util/terminal-text.js';
import { shellQuote } from '../util/shell-quote.js';
import { diffExports } from '../network/diff.js';
import { readDecisions } from '../decisions/index.js';
import { sameAccount } from '../decisions/owner.js';
import { buildDiffReport, diffReportSchema, type DiffInputs } from '../report/diff-schema.js';
import { renderDiff } from '../report/diff-text.js';
import { createColour } from '../util/colour.js';
import type { Io } from '../util/io.js';
import type { DIFF, OptionsOf } from '../command-options.js';
import { emit } from '../report/emit/index.js';
import { refuseToOverwrite } from '../report/out-guard.js';
import { jsonText } from '../report/emit/json.js';
import { pluginSettings } from './plugin-settings.js';
import { ENGLISH_FOR_JSON, type Translator } from '../i18n/translator.js';

export type DiffOptions = OptionsOf<typeof DIFF>;

/**
 * Two exports of one account compared. Returns 1 with --fail-on-pending when people marked for
 * removal in the decisions file are still connected in the newer export, for a scheduled check.
 */
export async function diff(olderPath: string, newerPath: string, options: DiffOptions, io: Io, t: Translator): Promise<number> {
  if (options.failOnPending && options.state === undefined) {
    throw new UsageError({ key: 'usage.failOnPendingNeedsState' });
  }
  const statePath = options.state === undefined ? null : resolve(io.cwd, options.state);
  // Read first: a damaged decisions file should stop us before two exports are read.
  const file = statePath === null ? null : await readDecisions(statePath);
  if (statePath !== null && file === null) {
    throw new InputError(options.state!, { key: 'problem.notFound' }, { key: 'diff.giveState' });
  }
  // Both are judged as of the same day, so that a label changes only when the exports do.
  // The reasons' detail follows the language, in the JSON too, as audit's does.
  const settings = { ...options, ...pluginSettings(options, io), decisionsFile: options.state, today: io.today, cwd: io.cwd, translator: t };
  const older = await analyse(olderPath, settings);
  const newer = await analyse(newerPath, settings);
  const [a, b] = [older.owner.key, newer.owner.key];
  if (a !== null && b !== null && a !== b) {
    throw new InputError(newerPath, { key: 'diff.otherAccount', values: { theirs: b, older: olderPath, owner: a } }, { key: 'diff.sameAccount' });
  }
  if (file !== null && b !== null && !sameAccount(file.owner, newer.owner)) {
    throw new InputError(options.state!, { key: 'decisions.otherAccount', values: { theirs: file.owner ?? '', owner: b } }, { key: 'diff.stateOfThisAccount' });
  }
  warnIfSwapped(older, newer, olderPath, newerPath, io, t);
  const connected = newer.contacts.map((c) => c.connection);
  const unread = unreadConnections(newer.files);
  const state: DiffInputs['state'] = file === null ? null : { path: options.state!, file, check: checkDecisions(file, connected, unread) };
  // Audit's own warning: a row it could not read would otherwise pass for someone removed.
  for (const analysis of [older, newer])
    if (unreadConnections(analysis.files) > 0)
      for (const f of analysis.files.filter((f) => f.kind === 'connections'))
        for (const w of f.warnings) io.stderr.write(`netprune: ${safeText(sayNotice(w, t))}\n`);
  const inputs = { older, newer, diff: diffExports(sideOf(older), sideOf(newer)), today: io.today, state };
  // What the exports forgot and why a decision is unclear: English with ISO days in the JSON, whatever the language.
  const report = diffReportSchema.parse(buildDiffReport(inputs, io.now, options.json ? ENGLISH_FOR_JSON : t));
  const text = options.json ? jsonText(diffReportSchema, report) : renderDiff(report, createColour(io.env, options.out === undefined && io.stdoutIsTTY), t);
  // Neither export, nor the decisions file, may be written over: emit checks the older, this the newer.
  if (options.out !== undefined && options.out !== '-') await refuseToOverwrite(options.out, io.cwd, { export: newer });
  await emit(io, options.out, text, { export: older, decisions: statePath ?? undefined });

  const pending = report.decisions?.pending.length ?? 0;
  if (options.failOnPending && pending > 0) {
    io.stderr.write(`netprune: ${t('diff.pending', { count: pending })}\n`);
    return EXIT.threshold;
  }
  return EXIT.ok;
}

const sideOf = (a: Analysis) => ({ contacts: a.contacts, invitationsFrom: a.invitationsFrom });

/**
 * The older export comes first. Given the other way round, the people removed since read as added:
 * said when the dates show it (a newest-record date is only a lower bound, so this warns, not refuses).
 */
function warnIfSwapped(older: Analysis, newer: Analysis, olderPath: string, newerPath: string, io: Io, t: Translator): void {
  const [first, second] = [older.exportDate.date, newer.exportDate.date];
  if (first === null || second === null || first <= second) return;
  const values = { older: shellQuote(olderPath), newer: shellQuote(newerPath), olderDate: t.date(first), newerDate: t.date(second) };
  io.stderr.write(`netprune: ${safeText(t('diff.swapped', values))}\n`);
}
