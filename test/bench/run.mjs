#!/usr/bin/env node
/**
 * `npm run bench`: the targets of docs/performance.md, measured in one run on one machine. It is a benchmark,
 * not a test: `npm test` never runs it.
 *
 * Generates (once, cached under the OS temp dir) a 30,000-connection export with 1,000,000 message
 * rows as a folder and as a zip, then runs, alternating, for several rounds:
 *   - `netprune audit <folder> --json --out <tmp>` and the same on the zip (the targets);
 *   - loadExport() alone on the folder and on the zip: the ingestion path without the later stages;
 *   - the baseline: papaparse streaming messages.csv with a `step` callback that only counts rows;
 * then the same audits on a 250,000-row export of the same network and on a 2,000,000-row one (issue 18:
 * peak RSS flat from 250,000 to 2,000,000 rows), to show whether memory grows with the rows, and
 * `netprune --help` against a bare `node -e 0`. Last, the wide exports of
 * generate-wide.mjs, where memory could grow with what the files list (issue 15): peak RSS of
 * `audit` and `suggest` on 1,000,000 distinct conversations, and of `invitations` and `audit` on a
 * 700,000-row Invitations.csv, each against the audit of its export (one run each: they take
 * minutes; --no-wide leaves them out).
 *
 * Then, issue 18's heavy export (generate.mjs --tables): the same network and rows with Invitations,
 * Contacts, endorsements and recommendations, as a folder and a zip, its messages.csv's records
 * shuffled, and the export without messages.csv; audit and explain on each, alternating with
 * papaparse counting the heavy messages.csv (--no-heavy leaves them out).
 *
 *   node test/bench/run.mjs [--rounds 9] [--rows 1000000] [--small-rows 250000] [--large-rows 2000000] [--help-reps 20]
 *                           [--layout grouped|interleaved] [--conversations 1000000] [--invitations 700000] [--no-wide] [--no-heavy]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from './generate.mjs';
import { wideCacheDir } from './generate-wide.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const bin = join(here, '..', '..', 'bin', 'netprune.js');
const node = process.execPath;

const option = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at < 0 ? fallback : process.argv[at + 1];
};
const ROUNDS = Number(option('--rounds', 9));
const ROWS = Number(option('--rows', 1_000_000));
const SMALL_ROWS = Number(option('--small-rows', 250_000));
const LARGE_ROWS = Number(option('--large-rows', 2_000_000));
const HELP_REPS = Number(option('--help-reps', 20));
const LAYOUT = option('--layout', 'grouped');
const CONVERSATIONS = Number(option('--conversations', 1_000_000));
const INVITATIONS = Number(option('--invitations', 700_000));
const WIDE = !process.argv.includes('--no-wide');
const HEAVY = !process.argv.includes('--no-heavy');

const out = mkdtempSync(join(tmpdir(), 'netprune-bench-out-'));
process.on('exit', () => rmSync(out, { recursive: true, force: true }));
const log = (line = '') => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------- measuring a child
/** GNU time reports the child's peak RSS; without it, a preload reads resourceUsage() at exit. */
const gnuTime = (() => {
  const file = join(out, 'probe');
  const probe = spawnSync('/usr/bin/time', ['-f', '%M', '-o', file, node, '-e', '0'], { stdio: 'ignore' });
  return probe.status === 0 && /^\d+$/.test(readFileSync(file, 'utf8').trim().split('\n').pop() ?? '');
})();

/** Runs `node ...args`; returns wall time (s), peak RSS (MB) and stdout. Throws on a non-zero exit unless `allowFailure`. */
function measure(args, { allowFailure = false, discardStdout = false } = {}) {
  const rssFile = join(out, 'rss');
  rmSync(rssFile, { force: true });
  const [command, argv, env] = gnuTime
    ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, node, ...args], process.env]
    : [node, ['--import', join(here, 'max-rss.mjs'), ...args], { ...process.env, NETPRUNE_BENCH_RSS_FILE: rssFile }];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, argv, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', discardStdout ? 'ignore' : 'pipe', 'pipe'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && !allowFailure) throw new Error(`node ${args.join(' ')} exited with ${child.status}\n${child.stderr}`);
  const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
  return { seconds, rss: kib / 1024, stdout: child.stdout, status: child.status };
}

/** Start-up only: no wrapper, whose own start-up would dilute the ratio. */
function wall(args) {
  const started = process.hrtime.bigint();
  const child = spawnSync(node, args, { stdio: 'ignore' });
  if (child.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${child.status}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The profile URL of an export's first connection, for `explain` (a name may fit several). */
function FIRST_CONNECTION(folder) {
  const lines = readFileSync(join(folder, 'Connections.csv'), 'utf8').split('\n');
  const header = lines.findIndex((l) => l.startsWith('First Name,'));
  return lines[header + 1].split(',')[2];
}

// ---------------------------------------------------------------- the export
function ensureExport(rows, tables = false) {
  const dir = cacheDir(rows, 30_000, LAYOUT, tables);
  const statsFile = join(dir, 'stats.json');
  if (!existsSync(statsFile)) {
    // Exports of an older generator are a few hundred MB each: drop them (the wide ones are generate-wide.mjs's).
    const parent = dirname(dir);
    const hash = basename(dir).split('-')[0];
    for (const name of existsSync(parent) ? readdirSync(parent) : []) {
      if (!name.startsWith(hash) && !name.startsWith('wide-')) rmSync(join(parent, name), { recursive: true, force: true });
    }
    log(`generating ${rows.toLocaleString('en')} message rows (${LAYOUT}${tables ? ', with the other tables' : ''}) into ${dir} …`);
    const run = measure([join(here, 'generate.mjs'), '--rows', String(rows), '--layout', LAYOUT, ...(tables ? ['--tables'] : [])]);
    log(`  done in ${run.seconds.toFixed(1)} s, generator peak RSS ${run.rss.toFixed(0)} MB`);
  }
  const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
  return {
    ...stats,
    folder: join(dir, 'export'),
    zip: join(dir, 'export.zip'),
    csv: join(dir, 'export', 'messages.csv'),
    shuffled: join(dir, 'export-shuffled'),
    noMessages: join(dir, 'export-no-messages'),
  };
}

/** A wide export of generate-wide.mjs, generated once and cached like the others. */
function ensureWide(kind, count) {
  const dir = wideCacheDir(kind, count);
  if (!existsSync(join(dir, 'stats.json'))) {
    log(`generating a wide export: ${count.toLocaleString('en')} ${kind} into ${dir} …`);
    measure([join(here, 'generate-wide.mjs'), '--kind', kind, '--count', String(count)]);
  }
  return join(dir, 'export');
}

const big = ensureExport(ROWS);
const small = ensureExport(SMALL_ROWS);
const large = ensureExport(LARGE_ROWS);
const heavy = HEAVY ? ensureExport(ROWS, true) : null;
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

// ---------------------------------------------------------------- the runs
const report = join(out, 'report.json');
const audit = (path) => [bin, 'audit', path, '--json', '--out', report];
const load = (path) => [join(here, 'load-export.mjs'), path];
/** What the report says it read: the same for the folder and the zip, or something is wrong. */
function readSummary() {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const messages = r.input.files.find((f) => f.kind === 'messages');
  // Reasons in a fixed order: they are listed as first met, and shuffled rows meet them in another order.
  const skipped = messages && Object.fromEntries(Object.entries(messages.skipped).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ contacts: r.summary, messages: messages && { rows: messages.rows, skipped } });
}

const cases = {
  folder: { label: 'audit <folder> --json', args: audit(big.folder), runs: [] },
  zip: { label: 'audit <zip> --json', args: audit(big.zip), runs: [] },
  loadFolder: { label: 'ingestion only, folder', args: load(big.folder), runs: [] },
  loadZip: { label: 'ingestion only, zip', args: load(big.zip), runs: [] },
  papaparse: { label: 'papaparse count (step)', args: [join(here, 'papaparse-count.mjs'), big.csv], runs: [] },
};
const seen = {};
const check = (name, what) => {
  const group = name.startsWith('load') ? 'load' : name;
  if (group === 'folder' || group === 'zip') what = readSummary();
  seen[group] ??= new Set();
  seen[group].add(what);
};

log();
log(
  `machine: ${cpus()[0]?.model.trim()}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM; Node ${process.version}; ${platform()} ${release()}`,
);
log(
  `export: ${big.connections.toLocaleString('en')} connections (Connections.csv ${mb(big.connectionsBytes)}), ` +
    `${big.rows.toLocaleString('en')} message rows (messages.csv ${mb(big.messagesBytes)}, rows ${LAYOUT} by conversation; zip ${mb(statSync(big.zip).size)})`,
);
log(`rounds: ${ROUNDS}, alternating; peak RSS from ${gnuTime ? '/usr/bin/time -f %M' : 'process.resourceUsage() at exit'}`);
log();

const order = Object.keys(cases);
for (let round = 0; round < ROUNDS; round++) {
  // Each round starts with a different case, so that none always runs first or last.
  for (let k = 0; k < order.length; k++) {
    const name = order[(round + k) % order.length];
    const run = measure(cases[name].args);
    cases[name].runs.push(run);
    if (name === 'papaparse' && Number(run.stdout) !== big.rows + 1) throw new Error(`papaparse counted ${run.stdout.trim()} rows`);
    check(name, run.stdout);
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS} done\n`);
}
for (const [group, values] of Object.entries(seen)) {
  if (values.size !== 1) throw new Error(`${group}: runs read different things:\n${[...values].join('\n')}`);
}
if ([...seen.folder][0] !== [...seen.zip][0]) throw new Error('the folder and the zip gave different reports');

const smallCases = {
  folder: { label: `audit <folder>, ${small.rows / 1000}k rows`, args: audit(small.folder), runs: [] },
  zip: { label: `audit <zip>, ${small.rows / 1000}k rows`, args: audit(small.zip), runs: [] },
  loadFolder: { label: `ingestion only, folder, ${small.rows / 1000}k`, args: load(small.folder), runs: [] },
  loadZip: { label: `ingestion only, zip, ${small.rows / 1000}k`, args: load(small.zip), runs: [] },
};
// Twice the rows of the first export: its audits, for peak RSS against the small export's (each takes seconds, so fewer rounds).
const largeCases = {
  folder: { label: `audit <folder>, ${large.rows / 1000}k rows`, args: audit(large.folder), runs: [] },
  zip: { label: `audit <zip>, ${large.rows / 1000}k rows`, args: audit(large.zip), runs: [] },
};
for (let round = 0; round < Math.min(3, ROUNDS); round++) {
  for (const c of Object.values(smallCases)) c.runs.push(measure(c.args));
  for (const c of Object.values(largeCases)) c.runs.push(measure(c.args));
}

// The heavy export of issue 18, alternating as the first cases did.
const heavyCases = heavy && {
  grouped: { label: 'heavy: audit <folder> --json', args: audit(heavy.folder), runs: [] },
  zip: { label: 'heavy: audit <zip> --json', args: audit(heavy.zip), runs: [] },
  shuffled: { label: 'heavy, rows shuffled: audit', args: audit(heavy.shuffled), runs: [] },
  noMessages: { label: 'heavy, no messages.csv: audit', args: audit(heavy.noMessages), runs: [] },
  explain: { label: 'heavy: explain <name>', args: [bin, 'explain', heavy.folder, FIRST_CONNECTION(heavy.folder)], runs: [] },
  papaparse: { label: 'heavy: papaparse count (step)', args: [join(here, 'papaparse-count.mjs'), heavy.csv], runs: [] },
};
if (heavyCases) {
  const names = Object.keys(heavyCases);
  const reports = new Set();
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const run = measure(heavyCases[name].args, { discardStdout: name !== 'papaparse' });
      heavyCases[name].runs.push(run);
      if (name === 'grouped' || name === 'zip' || name === 'shuffled') reports.add(readSummary());
    }
    process.stderr.write(`heavy round ${round + 1}/${ROUNDS} done\n`);
  }
  // The same rows in any order, folder or zip: the same contacts and counts.
  if (reports.size !== 1) throw new Error(`the heavy exports gave different reports:\n${[...reports].join('\n')}`);
}

wall([bin, '--help']);
wall(['-e', '0']);
const help = [];
const bare = [];
for (let i = 0; i < HELP_REPS; i++) {
  help.push(wall([bin, '--help']));
  bare.push(wall(['-e', '0']));
}

// The wide exports: one run each, peak RSS the point. A run that fails (out of memory, as main's build did) is reported, not fatal.
const wideCases = [];
if (WIDE) {
  const conversations = ensureWide('conversations', CONVERSATIONS);
  const invitations = ensureWide('invitations', INVITATIONS);
  const k = (n) => `${n / 1000}k`;
  for (const [label, args] of [
    [`audit, ${k(CONVERSATIONS)} conversations`, [bin, 'audit', conversations, '--json', '--out', report]],
    [`suggest --json, ${k(CONVERSATIONS)} conversations`, [bin, 'suggest', conversations, '--json']],
    [`invitations --json, ${k(INVITATIONS)} rows`, [bin, 'invitations', invitations, '--json']],
    // What reading that Invitations.csv costs by itself: the floor the listing is measured against.
    [`audit, ${k(INVITATIONS)} invitation rows`, [bin, 'audit', invitations, '--json', '--out', report]],
  ]) {
    // Their JSON goes nowhere: 700,000 invitations make more of it than a pipe buffer holds.
    wideCases.push({ label, run: measure(args, { allowFailure: true, discardStdout: true }) });
  }
}

// ---------------------------------------------------------------- the tables
const sec = (s) => `${s.toFixed(2)} s`;
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const row = (cells, widths) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
const W = [40, 8, 8, 8, 9];
log(row(['', 'median', 'min', 'max', 'peak RSS'], W));
for (const { label, runs } of [...Object.values(cases), ...Object.values(smallCases), ...Object.values(largeCases), ...Object.values(heavyCases || {})]) {
  const s = runs.map((r) => r.seconds);
  log(row([label, sec(median(s)), sec(Math.min(...s)), sec(Math.max(...s)), `${median(runs.map((r) => r.rss)).toFixed(0)} MB`], W));
}
for (const { label, run } of wideCases) {
  log(row([label, sec(run.seconds), '', run.status === 0 ? '' : `exit ${run.status}`, `${run.rss.toFixed(0)} MB`], W));
}
log(row([`netprune --help (${HELP_REPS}×)`, ms(median(help)), ms(Math.min(...help)), ms(Math.max(...help)), ''], W));
log(row([`node -e 0 (${HELP_REPS}×)`, ms(median(bare)), ms(Math.min(...bare)), ms(Math.max(...bare)), ''], W));
log();
log(`read: ${[...seen.folder][0]}`);
log();

const t = (c) => median(c.runs.map((r) => r.seconds));
const rss = (c) => median(c.runs.map((r) => r.rss));
const k = (n) => `${n / 1000}k`;
const ratio = (v) => `${v.toFixed(2)}×`;
const megabytes = (v) => `${v.toFixed(0)} MB`;
const targets = [
  ['audit folder / papaparse count', t(cases.folder) / t(cases.papaparse), '≤ 1.0', ratio],
  ['audit zip / audit folder', t(cases.zip) / t(cases.folder), '≤ 1.3', ratio],
  ['audit peak RSS, folder and zip', Math.max(rss(cases.folder), rss(cases.zip)), '< 200', megabytes],
  [
    `audit peak RSS, ${k(ROWS)} / ${k(SMALL_ROWS)} rows`,
    Math.max(rss(cases.folder) / rss(smallCases.folder), rss(cases.zip) / rss(smallCases.zip)),
    '≤ 1.1',
    ratio,
  ],
  [
    `audit peak RSS, ${k(LARGE_ROWS)} / ${k(SMALL_ROWS)} rows (issue 18)`,
    Math.max(rss(largeCases.folder) / rss(smallCases.folder), rss(largeCases.zip) / rss(smallCases.zip)),
    '≤ 1.1',
    ratio,
  ],
  ['netprune --help / node -e 0', median(help) / median(bare), '≤ 2.0', ratio],
  ['ingestion only: folder / papaparse', t(cases.loadFolder) / t(cases.papaparse), '≤ 1.0', ratio],
  ['ingestion only: zip / folder', t(cases.loadZip) / t(cases.loadFolder), '≤ 1.3', ratio],
  ['ingestion only: peak RSS', Math.max(rss(cases.loadFolder), rss(cases.loadZip)), '< 200', megabytes],
  [
    `ingestion only: RSS ${k(ROWS)} / ${k(SMALL_ROWS)}`,
    Math.max(rss(cases.loadFolder) / rss(smallCases.loadFolder), rss(cases.loadZip) / rss(smallCases.loadZip)),
    '≤ 1.1',
    ratio,
  ],
];
if (heavyCases) {
  const h = heavyCases;
  const pp = t(h.papaparse);
  targets.push(
    ['heavy: audit folder / papaparse count', t(h.grouped) / pp, '≤ 0.6', ratio],
    ['heavy, shuffled: audit / papaparse count', t(h.shuffled) / pp, '≤ 0.8', ratio],
    ['heavy: audit zip / audit folder', t(h.zip) / t(h.grouped), '≤ 1.2', ratio],
    ['heavy, no messages.csv: audit / papaparse', t(h.noMessages) / pp, '≤ 0.25', ratio],
    ['heavy: explain / audit', t(h.explain) / t(h.grouped), '≤ 1.2', ratio],
    ['heavy: peak RSS, every case', Math.max(...['grouped', 'zip', 'shuffled', 'noMessages', 'explain'].map((n) => rss(h[n]))), '< 200', megabytes],
  );
}
targets.push(['netprune --help / node -e 0 (issue 18)', median(help) / median(bare), '≤ 1.5', ratio]);
for (const { label, run } of wideCases) targets.push([`wide: ${label}, peak RSS`, run.rss, '< 400', megabytes]);
if (wideCases.length === 4) {
  // suggest and invitations beyond the audit of the same export: what listing the outsiders adds to reading them.
  const [audit, suggest, invitations, auditInvitations] = wideCases.map((c) => c.run.rss);
  targets.push(['wide: suggest / audit peak RSS, same export', suggest / audit, '≤ 1.1', ratio]);
  targets.push(['wide: invitations / audit peak RSS, same export', invitations / auditInvitations, '≤ 1.1', ratio]);
}
// The first column as wide as the longest target, so that every ratio lines up.
const T = [Math.max(...targets.map(([label]) => label.length)), 9, 6, 5];
log(row(['target', 'measured', 'limit', ''], T));
for (const [label, value, limit, format] of targets) {
  const bound = Number(limit.replace(/[^\d.]/g, ''));
  const ok = limit.startsWith('<') && !limit.startsWith('≤') ? value < bound : value <= bound;
  log(row([label, format(value), limit, ok ? 'PASS' : 'MISS'], T));
}
