/**
 * Pure metric code for the evaluation corpus: confusion counts, precision and recall per label,
 * accuracy, and the comparison with a committed baseline. No I/O, so it is unit-tested on
 * hand-made confusions (test/eval/metrics.test.ts) and shared by run.mjs and baseline.test.ts.
 */

export const LABELS = /** @type {const} */ (['known', 'weak-tie', 'stranger']);

/** Scores are stored and compared at this many decimals, so that float formatting never fails a run. */
export const DECIMALS = 4;

/** Counts by expected label, then by actual label: `confusion.known['weak-tie']` = known contacts labelled weak-tie. */
export function confusionOf(pairs) {
  const confusion = Object.fromEntries(LABELS.map((e) => [e, Object.fromEntries(LABELS.map((a) => [a, 0]))]));
  for (const { expected, actual } of pairs) {
    if (!LABELS.includes(expected)) throw new RangeError(`unknown expected label "${expected}"`);
    if (!LABELS.includes(actual)) throw new RangeError(`unknown actual label "${actual}"`);
    confusion[expected][actual]++;
  }
  return confusion;
}

const ratio = (num, den) => (den === 0 ? null : num / den);

/**
 * Precision = right among those given the label; recall = found among those who truly have it.
 * A label never predicted has precision null (undefined, not 0); a label absent from the truth has recall null.
 */
export function scoresOf(confusion) {
  const labels = {};
  let total = 0;
  let correct = 0;
  for (const label of LABELS) {
    const tp = confusion[label][label];
    const n = LABELS.reduce((sum, actual) => sum + confusion[label][actual], 0);
    const predicted = LABELS.reduce((sum, expected) => sum + confusion[expected][label], 0);
    labels[label] = { n, predicted, tp, precision: ratio(tp, predicted), recall: ratio(tp, n) };
    total += n;
    correct += tp;
  }
  return { total, correct, accuracy: ratio(correct, total), labels };
}

export const round = (value) => (value === null ? null : Number(value.toFixed(DECIMALS)));

/** The scores as written in baseline.json: rates rounded to DECIMALS. */
export function roundScores(scores) {
  const labels = Object.fromEntries(
    LABELS.map((label) => {
      const s = scores.labels[label];
      return [label, { precision: round(s.precision), recall: round(s.recall), n: s.n, predicted: s.predicted, tp: s.tp }];
    }),
  );
  return { accuracy: round(scores.accuracy), correct: scores.correct, total: scores.total, labels };
}

/** Only rounding noise is forgiven: both sides are rounded to DECIMALS first. */
const EPSILON = 1e-9;

/**
 * Every precision, recall and accuracy that fell below the baseline, as sentences; [] when none did.
 * `current` and `baseline` map rule-set ids to scores (rounded or not). A baseline value of null sets no
 * floor; a current null under a numeric baseline counts as 0 (the label is no longer predicted or found).
 * A rule set missing on either side is reported too, so that the baseline stays complete.
 */
export function regressions(current, baseline) {
  const found = [];
  for (const id of Object.keys(baseline)) {
    if (!(id in current)) found.push(`${id}: in the baseline but not evaluated (rule set removed?)`);
  }
  for (const [id, scores] of Object.entries(current)) {
    const floor = baseline[id];
    if (floor === undefined) {
      found.push(`${id}: no baseline for this rule set`);
      continue;
    }
    const check = (what, now, before) => {
      if (before === null || before === undefined) return;
      const value = round(now ?? 0);
      if (value < before - EPSILON) found.push(`${id}: ${what} ${value.toFixed(DECIMALS)} < baseline ${before.toFixed(DECIMALS)}`);
    };
    check('accuracy', scores.accuracy, floor.accuracy);
    for (const label of LABELS) {
      check(`${label} precision`, scores.labels[label].precision, floor.labels?.[label]?.precision);
      check(`${label} recall`, scores.labels[label].recall, floor.labels?.[label]?.recall);
    }
  }
  return found;
}
