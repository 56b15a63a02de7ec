/**
 * How fast the taste model learns a person's keep/remove taste, on a simulated review: the numbers
 * of `npm run eval:review`, on a smaller network so that CI stays fast, through src/, against the
 * committed floor in baseline.json. After an intended change, `npm run eval:review -- --update`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadClassifier } from '../../src/classify/index.js';
import { closeness, ownerTerms } from '../../src/evidence/closeness.js';
import * as taste from '../../src/review/taste/index.js';
import { type Measured, SIZES, measure, readBaseline, regressions } from './measure.mjs';

const UPDATE = 'if the change is intended, run `npm run eval:review -- --update` and commit test/eval-review/baseline.json';

describe(`the taste model on a simulated review of ${SIZES.test} contacts`, () => {
  let now: Measured;
  let floor: Measured | undefined;

  beforeAll(async () => {
    now = await measure({ size: SIZES.test, netprune: { taste, loadClassifier, closeness, ownerTerms } });
    floor = (await readBaseline()).bySize[String(SIZES.test)];
  }, 60_000);

  it('decides no one worse, and asks no more, than the committed baseline', () => {
    expect(floor, `no baseline for ${SIZES.test} contacts: ${UPDATE}`).toBeDefined();
    expect(regressions(now, floor!), UPDATE).toEqual([]);
  });

  it('agrees with each simulated person about at least 98 % of the network once everyone is decided', () => {
    const agreement = Object.fromEntries(Object.entries(now.tastes).map(([id, t]) => [id, t.withModel.agreement >= 0.98]));
    expect(agreement).toEqual(Object.fromEntries(Object.keys(now.tastes).map((id) => [id, true])));
  });

  it('asks fewer questions than there are companies, let alone contacts', () => {
    for (const t of Object.values(now.tastes)) expect(t.withModel.answers).toBeLessThan(Math.min(t.byCompany.answers, t.oneByOne));
  });

  it('is never over-confident: at every checkpoint, each bin at 90 % or more agrees with the person at least as often as it says', () => {
    const overConfident = Object.entries(now.tastes).flatMap(([id, t]) =>
      Object.entries(t.curve).flatMap(([n, point]) =>
        point.reliability
          .filter((bin) => bin.from >= 0.9 && bin.agreement !== null && bin.agreement < bin.from)
          .map((bin) => `${id} after ${n}: ${bin.from}+ agrees ${bin.agreement}`),
      ),
    );
    expect(overConfident).toEqual([]);
  });

  it('is right about at least 95 % of what it predicts at 90 % confidence after 50 answers', () => {
    for (const t of Object.values(now.tastes)) expect(t.curve['50']?.agreement).toBeGreaterThanOrEqual(0.95);
  });
});
