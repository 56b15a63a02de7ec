/**
 * How well each built-in rule set labels the people in the evaluation corpus.
 *
 *   npm run eval                    build, then print precision and recall per rule set and label
 *   npm run eval -- --verbose       also list every misclassified contact: expected, got, rule, and the truth
 *   npm run eval -- --update        write the scores measured now to test/eval/baseline.json
 *
 * The corpus is fixtures/eval/<case>/: a hand-written export plus expected.json, where a person who knows
 * the story wrote each contact's true label (see fixtures/eval/README.md). Without --update, the scores are
 * compared with the committed baseline and the run exits 1 if any fell below it; test/eval/baseline.test.ts
 * makes the same check in CI, through src/. Raise the baseline with --update after an intended change, and
 * commit it with that change.
 *
 * This script evaluates the build in dist/ (`npm run eval` builds first).
 */
import { analyse } from '../../dist/analyse.js';
import { corpusSummary, evaluate, listRuleSets, loadCorpus, readBaseline, writeBaseline } from './evaluate.mjs';
import { DECIMALS, LABELS, regressions, round } from './metrics.mjs';

const USAGE = 'usage: npm run eval [-- --verbose] [-- --update]';

function parseArgs(argv) {
  const options = { verbose: false, update: false };
  for (const arg of argv) {
    if (arg === '--verbose' || arg === '-v') options.verbose = true;
    else if (arg === '--update') options.update = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`Unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  return options;
}

const rate = (value) => (value === null ? '—' : value.toFixed(2));

function printTable(results) {
  const rows = [['rule set', 'label', 'precision', 'recall', 'n', 'predicted']];
  for (const [id, { scores }] of Object.entries(results)) {
    LABELS.forEach((label, i) => {
      const s = scores.labels[label];
      rows.push([i === 0 ? id : '', label, rate(s.precision), rate(s.recall), String(s.n), String(s.predicted)]);
    });
    rows.push(['', 'accuracy', rate(scores.accuracy), '', String(scores.total), `${scores.correct} right`]);
  }
  const widths = rows[0].map((_, col) => Math.max(...rows.map((r) => r[col].length)));
  const line = (r) => r.map((cell, col) => (col < 2 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('   ');
  for (const [i, r] of rows.entries()) {
    console.log(line(r).trimEnd());
    if (i > 0 && r[1] === 'accuracy' && i < rows.length - 1) console.log('');
  }
}

function printMisclassified(results) {
  for (const [id, { scores, outcomes }] of Object.entries(results)) {
    const wrong = outcomes.filter((o) => o.expected !== o.actual);
    console.log(`\n${id}: ${wrong.length} of ${scores.total} misclassified`);
    for (const o of wrong) {
      console.log(`  ${o.case}  ${o.name}  ${o.url}`);
      console.log(`    expected ${o.expected}, got ${o.actual} [${o.rule ?? '?'}]: ${o.detail ?? ''}`);
      console.log(`    truth: ${o.why}`);
    }
  }
}

/** Scores that rose above the baseline: worth an --update, so that the floor follows. */
function improvements(results, baseline) {
  const found = [];
  for (const [id, { scores }] of Object.entries(results)) {
    const floor = baseline[id];
    if (floor === undefined) continue;
    const check = (what, now, before) => {
      const value = round(now);
      if (value !== null && before !== null && before !== undefined && value > before) {
        found.push(`${id}: ${what} ${before.toFixed(DECIMALS)} → ${value.toFixed(DECIMALS)}`);
      }
    };
    check('accuracy', scores.accuracy, floor.accuracy);
    for (const label of LABELS) {
      check(`${label} precision`, scores.labels[label].precision, floor.labels[label]?.precision);
      check(`${label} recall`, scores.labels[label].recall, floor.labels[label]?.recall);
    }
  }
  return found;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const cases = await loadCorpus();
  const ruleSets = await listRuleSets();
  const results = await evaluate({ analyse, cases, ruleSets });
  const corpus = corpusSummary(cases);

  const perCase = Object.entries(corpus.cases)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
  const perLabel = LABELS.map((l) => `${l} ${corpus.labels[l]}`).join(', ');
  console.log(`Corpus: ${cases.length} cases (${perCase}); expected ${perLabel}\n`);
  printTable(results);
  if (options.verbose) printMisclassified(results);

  if (options.update) {
    await writeBaseline(cases, results);
    console.log('\nWrote test/eval/baseline.json.');
    return;
  }
  const baseline = await readBaseline().catch(() => null);
  if (baseline === null) {
    console.log('\nNo baseline yet: run `npm run eval -- --update` and commit test/eval/baseline.json.');
    process.exitCode = 1;
    return;
  }
  if (JSON.stringify(baseline.corpus) !== JSON.stringify(corpus)) {
    console.log('\nThe corpus changed since the baseline was measured: run `npm run eval -- --update`.');
    process.exitCode = 1;
    return;
  }
  const current = Object.fromEntries(Object.entries(results).map(([id, r]) => [id, r.scores]));
  const drops = regressions(current, baseline.ruleSets);
  const gains = improvements(results, baseline.ruleSets);
  if (gains.length > 0) console.log(`\nAbove the baseline (run with --update to keep them):\n  ${gains.join('\n  ')}`);
  if (drops.length > 0) {
    console.log(`\nBelow the baseline:\n  ${drops.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('\nNo score below the baseline (test/eval/baseline.json).');
}

await main();
