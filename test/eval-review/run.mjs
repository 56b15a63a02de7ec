/**
 * How fast the taste model (src/review/taste/) learns a person's keep/remove taste.
 *
 *   npm run eval:review                 build, then measure on a 3,000-contact network and print the table
 *   npm run eval:review -- --update     also measure the test's smaller network, and write both to baseline.json
 *   npm run eval:review -- --size 1000  measure a network of another size (the test's: 1000) against its baseline
 *
 * Without --update, the numbers are compared with test/eval-review/baseline.json and the run exits 1
 * if any got worse; baseline.test.ts makes the same check in CI on the smaller network, through src/.
 * This script measures the build in dist/ (`npm run eval:review` builds first).
 */
import { loadClassifier } from '../../dist/classify/index.js';
import { closeness, ownerTerms } from '../../dist/evidence/closeness.js';
import * as taste from '../../dist/review/taste/index.js';
import { BATCH, CURVE, SIZES, measure, readBaseline, regressions, writeBaseline } from './measure.mjs';
import { TASTES } from './tastes.mjs';

const USAGE = 'usage: npm run eval:review [-- --update | --size N]';
const netprune = { taste, loadClassifier, closeness, ownerTerms };

const percent = (x) => (x === null ? '—' : `${(x * 100).toFixed(1)} %`);

const bounds = (from) => `${Math.round(from * 100)}`;
/** "90–95 %: 412 at 97.3 %": the predictions made at that confidence, and the share the person agrees with. */
const bin = ({ from, count, agreement }, i, bins) =>
  `${bounds(from)}–${i + 1 < bins.length ? bounds(bins[i + 1].from) : '100'} %: ${count}${count === 0 ? '' : ` at ${percent(agreement)}`}`;

function print({ size, tastes }) {
  console.log(`A network of ${size} contacts; batches accepted at ≥ ${BATCH.threshold * 100} % confidence, at most ${BATCH.limit} people each.`);
  console.log(
    'Reliability: the predictions by confidence, how many, and how many of those the person agrees with (calibrated: about as many as the confidence says).\n',
  );
  for (const { id, about } of TASTES) {
    const t = tastes[id];
    const m = t.withModel;
    console.log(`${id}: ${about} (keeps ${percent(t.keep)})`);
    console.log(`  one card at a time   ${t.oneByOne} answers`);
    console.log(`  one per company      ${t.byCompany.answers} answers, ${percent(t.byCompany.agreement)} agreement (each company gets its majority)`);
    console.log(
      `  with the model       ${m.answers} answers (${m.cards} cards, ${m.batches} batches), ${percent(m.agreement)} agreement, ${m.mistakes} mistakes`,
    );
    for (const n of CURVE.checkpoints) {
      const p = t.curve[n];
      console.log(
        `  after ${String(n).padStart(3)} cards       ${percent(p.coverage)} of the rest at ≥ ${CURVE.confidence * 100} %, ${percent(p.agreement)} of those agree`,
      );
      console.log(`                        reliability: ${p.reliability.map(bin).join(' · ')}`);
    }
    console.log('');
  }
}

/** `--size N` measures another network (the test's 1000, say) and compares it with its own baseline; with --update, the report's size only. */
function parseArgs(args) {
  const options = { update: false, size: SIZES.report };
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--update') options.update = true;
    else if (args[i] === '--size' && /^[1-9]\d*$/.test(args[i + 1] ?? '')) options.size = Number(args[++i]);
    else return null;
  }
  return options.update && options.size !== SIZES.report ? null : options;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  if (options === null) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const report = await measure({ size: options.size, netprune });
  print(report);
  if (options.update) {
    const test = SIZES.test === SIZES.report ? report : await measure({ size: SIZES.test, netprune });
    await writeBaseline(test === report ? [report] : [report, test]);
    console.log('Wrote test/eval-review/baseline.json.');
    return;
  }
  const floor = (await readBaseline().catch(() => null))?.bySize?.[String(options.size)];
  if (floor === undefined) {
    console.log('No baseline for this size: run `npm run eval:review -- --update` and commit test/eval-review/baseline.json.');
    process.exitCode = 1;
    return;
  }
  const drops = regressions(report, floor);
  if (drops.length > 0) {
    console.log(`Worse than the baseline:\n  ${drops.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('Nothing worse than the baseline (test/eval-review/baseline.json).');
}

await main();
