/**
 * Runs every built-in rule set over the labelled corpus in fixtures/eval/ and scores it against
 * the truth written in each case's expected.json. The pipeline is passed in (`analyse`), so run.mjs
 * evaluates the build in dist/ and baseline.test.ts the sources in src/, with the same code.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, confusionOf, roundScores, scoresOf } from './metrics.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CORPUS_DIR = join(ROOT, 'fixtures', 'eval');
export const RULES_DIR = join(ROOT, 'rules');
export const BASELINE_FILE = fileURLToPath(new URL('./baseline.json', import.meta.url));

/** One join key for a profile URL however it is written: percent-encoded or not, any case, trailing slash. */
export function urlKey(url) {
  let text = url.trim().replace(/\/+$/, '');
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray % stays as written.
  }
  return text.normalize('NFC').toLowerCase();
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and checks one case's expected.json; throws a message naming the file and the entry. */
function parseExpected(text, file) {
  const data = JSON.parse(text);
  const fail = (message) => {
    throw new Error(`${file}: ${message}`);
  };
  if (typeof data.about !== 'string' || data.about.trim() === '') fail('"about" must say what the case is');
  if (typeof data.today !== 'string' || !ISO_DATE.test(data.today)) fail('"today" must be YYYY-MM-DD');
  if (data.contacts === null || typeof data.contacts !== 'object') fail('"contacts" must map profile URLs to { label, why }');
  const contacts = new Map();
  for (const [url, entry] of Object.entries(data.contacts)) {
    if (!LABELS.includes(entry?.label)) fail(`${url}: label must be one of ${LABELS.join(', ')}`);
    if (typeof entry.why !== 'string' || entry.why.trim() === '') fail(`${url}: "why" must tell the truth about the relationship`);
    const key = urlKey(url);
    if (contacts.has(key)) fail(`${url}: listed twice`);
    contacts.set(key, { url, label: entry.label, why: entry.why });
  }
  return { about: data.about, today: data.today, contacts };
}

/** Every folder of fixtures/eval/ is a case: an export plus its expected.json. Sorted by name. */
export async function loadCorpus(dir = CORPUS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true });
  const cases = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    const file = join(path, 'expected.json');
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text === null) throw new Error(`fixtures/eval/${entry.name}/ has no expected.json: every case needs its answer key`);
    cases.push({ name: entry.name, path, ...parseExpected(text, `fixtures/eval/${entry.name}/expected.json`) });
  }
  if (cases.length === 0) throw new Error(`no case with an expected.json under ${dir}`);
  return cases;
}

/** The built-in rule-set ids: the names of rules/*.json. */
export async function listRuleSets(dir = RULES_DIR) {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/**
 * Classifies every case with every rule set. Each connection must have an expected label and each
 * expected label a connection: a corpus that drifted from its answer key is an error, not a score.
 */
export async function evaluate({ analyse, cases, ruleSets, cwd = ROOT }) {
  const results = {};
  for (const ruleSet of ruleSets) {
    const outcomes = [];
    for (const c of cases) {
      const analysis = await analyse(c.path, { today: c.today, cwd, rules: ruleSet });
      const seen = new Set();
      for (const { connection, verdict } of analysis.contacts) {
        const name = `${connection.firstName} ${connection.lastName}`.trim();
        if (connection.url === null) throw new Error(`${c.name}: connection "${name}" has no URL to look its label up by`);
        const key = urlKey(connection.url);
        const truth = c.contacts.get(key);
        if (truth === undefined) throw new Error(`${c.name}: ${connection.url} (${name}) has no expected label in expected.json`);
        seen.add(key);
        const reason = verdict.reasons[0];
        outcomes.push({
          case: c.name,
          url: truth.url,
          name,
          expected: truth.label,
          actual: verdict.label,
          why: truth.why,
          rule: reason?.rule ?? null,
          detail: reason?.detail ?? null,
        });
      }
      for (const [key, truth] of c.contacts) {
        if (!seen.has(key)) throw new Error(`${c.name}: expected.json labels ${truth.url}, which is not a connection of the export`);
      }
    }
    results[ruleSet] = { scores: scoresOf(confusionOf(outcomes)), outcomes };
  }
  return results;
}

/** What the baseline records about the corpus, so that a changed corpus asks for a new baseline. */
export function corpusSummary(cases) {
  const labels = Object.fromEntries(LABELS.map((l) => [l, 0]));
  for (const c of cases) for (const { label } of c.contacts.values()) labels[label]++;
  return { cases: Object.fromEntries(cases.map((c) => [c.name, c.contacts.size])), labels };
}

export async function readBaseline(file = BASELINE_FILE) {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function writeBaseline(cases, results, file = BASELINE_FILE) {
  const baseline = {
    $comment: 'Measured by `npm run eval -- --update`; test/eval/baseline.test.ts fails when a score drops below these.',
    corpus: corpusSummary(cases),
    ruleSets: Object.fromEntries(Object.entries(results).map(([id, r]) => [id, roundScores(r.scores)])),
  };
  await writeFile(file, `${JSON.stringify(baseline, null, 2)}\n`);
  return baseline;
}
