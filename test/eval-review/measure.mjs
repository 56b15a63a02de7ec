/**
 * The taste evaluation (npm run eval:review): for each simulated person of tastes.mjs, over a
 * network from population.mjs, the answers it takes to decide everyone with the taste model, one
 * card at a time and one answer per company; and how much of the rest the model predicts after
 * 25, 50 and 100 answers. netprune's code is passed in (`netprune`), so run.mjs measures the build
 * in dist/ and baseline.test.ts the sources in src/, with the same code.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { OWNER, TODAY, makePopulation } from './population.mjs';
import { companyBatches, decideEveryone, learningCurve } from './simulate.mjs';
import { TASTES } from './tastes.mjs';

export const BASELINE_FILE = fileURLToPath(new URL('./baseline.json', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The network `npm run eval:review` reports on; the test measures a smaller one with the same code, to stay fast. */
export const SIZES = { report: 3000, test: 1000 };
/** A batch is accepted at this confidence; a batch shows at most this many people, as one screen would. */
export const BATCH = { threshold: 0.95, limit: 50 };
export const CURVE = { checkpoints: [25, 50, 100], confidence: 0.9 };

const round = (x) => (x === null ? null : Math.round(x * 1000) / 1000);

/** Closeness and the coffee-test verdict, from netprune itself, as population.mjs needs them. */
async function pipelineOf(netprune) {
  const classifier = await netprune.loadClassifier({ rules: 'coffee-test', cwd: ROOT });
  const profile = { firstName: OWNER.firstName, lastName: OWNER.lastName, headline: OWNER.headline, summary: '', industry: '' };
  const owner = netprune.ownerTerms({ profile, positions: OWNER.positions, skills: OWNER.skills });
  const context = { owner: OWNER, today: TODAY, decisions: new Map() };
  return {
    closenessOf: (position) => netprune.closeness(owner, position),
    classify: (connection, evidence) => classifier.classify(connection, evidence, context),
  };
}

/** `seed` draws another network of the same kind, to see how much the numbers owe to one draw. */
export async function measure({ size, seed, netprune }) {
  const contacts = makePopulation({ size, seed, lib: await pipelineOf(netprune) });
  const tastes = {};
  for (const { id, decide } of TASTES) {
    const run = { contacts, decide, today: TODAY, taste: netprune.taste };
    const withModel = decideEveryone({ ...run, threshold: BATCH.threshold, batchLimit: BATCH.limit });
    const byCompany = companyBatches(run);
    const curve = learningCurve({ ...run, ...CURVE });
    tastes[id] = {
      keep: round(contacts.filter((c) => decide(c, TODAY) === 'keep').length / size),
      oneByOne: size,
      byCompany: { answers: byCompany.answers, agreement: round(byCompany.agreement) },
      withModel: { ...withModel, agreement: round(withModel.agreement) },
      curve: Object.fromEntries(
        Object.entries(curve).map(([n, p]) => [
          n,
          {
            coverage: round(p.coverage),
            agreement: round(p.agreement),
            reliability: p.reliability.map((bin) => ({ ...bin, agreement: round(bin.agreement) })),
          },
        ]),
      ),
    };
  }
  return { size, tastes };
}

/** Where `now` is worse than `floor`: more answers, less agreement, less coverage. One line each. */
export function regressions(now, floor) {
  const found = [];
  for (const [id, base] of Object.entries(floor.tastes)) {
    const got = now.tastes[id];
    if (got === undefined) {
      found.push(`${id}: taste missing`);
      continue;
    }
    const worse = (what, value, before, higherIsBetter) => {
      if (before === null || before === undefined) return;
      if (value === null || (higherIsBetter ? value < before : value > before)) found.push(`${id}: ${what} ${before} → ${value}`);
    };
    worse('answers to decide everyone', got.withModel.answers, base.withModel.answers, false);
    worse('agreement after deciding everyone', got.withModel.agreement, base.withModel.agreement, true);
    for (const [n, point] of Object.entries(base.curve)) {
      worse(`coverage after ${n} answers`, got.curve[n]?.coverage ?? null, point.coverage, true);
      worse(`agreement after ${n} answers`, got.curve[n]?.agreement ?? null, point.agreement, true);
    }
  }
  return found;
}

export async function readBaseline(file = BASELINE_FILE) {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function writeBaseline(results, file = BASELINE_FILE) {
  const baseline = {
    $comment: 'Floors for test/eval-review/baseline.test.ts, by network size. Written by `npm run eval:review -- --update`.',
    bySize: Object.fromEntries(results.map((r) => [String(r.size), r])),
  };
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}
