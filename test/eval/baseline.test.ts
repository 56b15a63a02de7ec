/**
 * The committed baseline is a floor: if a change to the rules, the evidence or the export reader makes
 * any rule set label the evaluation corpus worse (precision, recall or accuracy of any label), CI fails.
 * Same evaluation as `npm run eval`, but through src/. After an intended change, `npm run eval -- --update`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse } from '../../src/analyse.js';
import { corpusSummary, evaluate, listRuleSets, loadCorpus, readBaseline, type Baseline, type Case, type Results } from './evaluate.mjs';
import { regressions } from './metrics.mjs';

const UPDATE = 'if the change is intended, run `npm run eval -- --update` and commit test/eval/baseline.json';
const ruleSets = await listRuleSets();

describe('the evaluation corpus (fixtures/eval/) scored against test/eval/baseline.json', () => {
  let cases: Case[];
  let results: Results;
  let baseline: Baseline;

  beforeAll(async () => {
    cases = await loadCorpus();
    results = await evaluate({ analyse, cases, ruleSets });
    baseline = await readBaseline();
  });

  it('the baseline was measured on this corpus', () => {
    expect(baseline.corpus, `the corpus changed: ${UPDATE}`).toEqual(corpusSummary(cases));
  });

  it('every rule set in the baseline still exists', () => {
    expect(
      Object.keys(baseline.ruleSets).filter((id) => !ruleSets.includes(id)),
      UPDATE,
    ).toEqual([]);
  });

  it.each(ruleSets)('%s: no precision, recall or accuracy below the baseline', (id) => {
    const scores = results[id]?.scores;
    expect(scores).toBeDefined();
    const floor = baseline.ruleSets[id];
    const drops = regressions({ [id]: scores! }, floor === undefined ? {} : { [id]: floor });
    expect(drops, `${drops.join('; ')}; see \`npm run eval -- --verbose\`, and ${UPDATE}`).toEqual([]);
  });
});
