import { resolve } from 'node:path';
import { analyse } from '../analyse.js';
import { pluginSettings } from './plugin-settings.js';
import type { FromConfig } from '../config/apply.js';
import type { OptionsOf, PREDICT } from '../command-options.js';
import { DecisionStore, decisionsFileFor } from '../decisions/index.js';
import { sameAccount } from '../decisions/owner.js';
import { InputError } from '../errors.js';
import { describeInput, NETWORK_SCHEMA_VERSION, stamp } from '../network/report-base.js';
import { emit } from '../report/emit/index.js';
import { jsonPieces } from '../report/emit/json.js';
import { listReportJson } from '../report/json-pieces.js';
import { type PredictionRow, type PredictReport, predictReportSchema } from '../report/predict-schema.js';
import { renderPredictions } from '../report/predict-text.js';
import { rulesOf } from '../review/because-text.js';
import { contactKeys } from '../review/contact-key.js';
import { learnTaste, stillNeeded } from '../review/learn.js';
import { isNotEnough, settle } from '../review/taste/index.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import { shellQuote } from '../util/shell-quote.js';
import { flagsInForce } from '../config/flags.js';
import type { Translator } from '../i18n/translator.js';

export type PredictOptions = OptionsOf<typeof PREDICT> & FromConfig;

/**
 * The person's decisions so far → the taste model → for everyone undecided (no decision, or
 * skipped), the decision it expects, how sure, and why. Before there are enough decisions, it
 * says how many more it needs and exits 2. Reads the decisions file, never writes it.
 */
export async function predict(path: string, options: PredictOptions, io: Io, t: Translator): Promise<number> {
  const exportPath = resolve(io.cwd, path);
  const statePath = decisionsFileFor(exportPath, io.cwd, options.state);
  // Opened before the long read, as review does: a damaged decisions file stops us at once.
  const store = await DecisionStore.open(statePath, exportPath);
  // Repeated in the commands suggested, so that they read the same decisions with the same rules.
  const stateFlag = options.state === undefined ? '' : ` --state ${shellQuote(options.state)}`;
  const { state: _, json: __, out: ___, ...analyseAs } = options;
  const progress = createProgress(io.stderr, io.stderrIsTTY, t);
  const analysis = await analyse(exportPath, {
    ...analyseAs,
    ...pluginSettings(options, io),
    // A plugin sees the decisions predict learns from, not the default file beside the export.
    decisionsFile: statePath,
    // Each line shows the label's strongest reason: in the output's language, as audit's (JSON too).
    translator: t,
    today: io.today,
    cwd: io.cwd,
    onProgress: progress.update,
  }).finally(progress.done);
  const owner = analysis.owner.key;
  const fileOwner = store.owner;
  // As review and prune-list judge it: a file of an export without URLs (`name:` owner) is this account's when the name is.
  if (fileOwner !== null && owner !== null && !sameAccount(fileOwner, analysis.owner)) {
    throw new InputError(statePath, { key: 'problem.otherAccount', values: { theirs: fileOwner, path, owner } }, { key: 'advice.stateOfThisAccount' });
  }

  const connections = analysis.contacts.map((c) => c.connection);
  const keys = contactKeys(connections);
  // In memory only: predict reads the decisions file, never writes it.
  store.adopt(connections, keys);
  const items = analysis.contacts.map((contact, i) => ({ ...contact, key: keys[i]! }));
  const model = learnTaste(items, (key) => store.get(key), analysis.today);
  if (isNotEnough(model)) {
    throw new InputError(
      statePath,
      t('predict.notEnough', { missing: stillNeeded(t, model) }),
      t('predict.notEnoughHint', {
        review: `\`netprune review ${shellQuote(path)}${stateFlag}${flagsInForce(options)}\``,
        decide: `\`netprune decide ${shellQuote(path)}${stateFlag} --keep FILE\``,
      }),
    );
  }

  const predictions: (PredictionRow & { line: number })[] = [];
  // contactKeys gives every row its own key: no contact can come twice.
  for (const item of items) {
    const decided = store.get(item.key)?.decision;
    if (decided === 'keep' || decided === 'remove') continue;
    const p = model.predict(item);
    // Settled on the confidence as reported, so that a line never reads "unsure 55 %" beside "keep 55 %".
    const confidence = Math.round(p.confidence * 1000) / 1000;
    const { decision, unsure } = settle(item, { decision: p.decision, confidence });
    const c = item.connection;
    const strongest = item.verdict.reasons[0];
    predictions.push({
      url: c.url,
      firstName: c.firstName,
      lastName: c.lastName,
      company: c.company,
      position: c.position,
      label: item.verdict.label,
      reason: strongest === undefined ? null : { rule: strongest.rule, detail: strongest.detail },
      decision,
      unsure,
      leaning: p.decision,
      confidence,
      because: p.because,
      line: c.line,
    });
  }
  // Keep and remove first, then the near-even, then the people you know it would not remove: each surest first.
  const group = (p: PredictionRow): number => (p.unsure === null ? 0 : p.unsure === 'near-even' ? 1 : 2);
  predictions.sort((a, b) => group(a) - group(b) || b.confidence - a.confidence || a.line - b.line);
  const report: PredictReport = {
    schemaVersion: NETWORK_SCHEMA_VERSION,
    generatedAt: stamp(io.now),
    input: describeInput(analysis, connections.length, analysis.today),
    classifier: { name: analysis.classifier.id, ruleSet: analysis.classifier.ruleSet, plugin: analysis.classifier.plugin },
    learnedFrom: model.answers,
    summary: {
      undecided: predictions.length,
      keep: predictions.filter((p) => p.decision === 'keep').length,
      remove: predictions.filter((p) => p.decision === 'remove').length,
      unsure: predictions.filter((p) => p.decision === 'unsure').length,
      youKnowThem: predictions.filter((p) => p.unsure === 'you-know-them').length,
      atLeast90: predictions.filter((p) => p.decision !== 'unsure' && p.confidence >= 0.9).length,
    },
    predictions: predictions.map(({ line: _, ...p }) => p),
  };
  const text = options.json
    ? jsonPieces(listReportJson(report, 'predictions', predictReportSchema.omit({ predictions: true }), predictReportSchema.shape.predictions.element))
    : renderPredictions(
        predictReportSchema.parse(report),
        createColour(io.env, options.out === undefined && io.stdoutIsTTY),
        {
          review: `netprune review ${shellQuote(path)}${stateFlag}${flagsInForce(options)}`,
          decide: `netprune decide ${shellQuote(path)}${stateFlag}`,
        },
        t,
        [...new Set(analysis.contacts.flatMap((contact) => rulesOf(contact)))],
      );
  await emit(io, options.out, text, { export: analysis, decisions: statePath });
  return 0;
}
