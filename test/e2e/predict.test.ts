/** `predict`: the taste model learnt from the decisions so far, applied to everyone undecided. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PredictReport } from '../../src/report/predict-schema.js';
import { decidedDemo } from '../helpers/decided-demo.js';
import { fixture, netprune } from '../helpers/exec.js';

const demo = fixture('demo');

/** The reviewer's session: 25 stranger cards answered in review, 19 removed and 6 kept; nobody the person knows among them. */
const STRANGERS_REMOVED = [
  ...['ana-mar%C3%ADa-lemoine-5667713b', 'anais-faure', 'chiara-guerin-3c87cbe5', 'chloe-okafor-3656d2c6', 'gaelle-dumont-273429cc'],
  ...['ingrid-barbier-210ee483', 'jordan-costa-2cc86928', 'kim-dumont-0c5e0a03', 'leila-lambert-dbc828ab', 'lo%C3%AFc-masson-e7d986d4'],
  ...['margaux-mercier-980ecf80', 'oceane-dubois-516e7835', 'priya-gauthier-c5b0c08d', 'quentin-andre-27b9bac6', 'ravi-perrin-47dd429f'],
  ...['sol%C3%A8ne-carr%C3%A9-5843e1cc', 'theo-caron-d04b5823', 'yuki-schmidt-cc49c419', 'zoe-barbier-7f90a3b3'],
];
const STRANGERS_KEPT = [
  'clemence-leroy-85a93a4f',
  'dana-girard',
  'elena-brunet-2a95dce1',
  'noah-brunet-f0c17493',
  'oc%C3%A9ane-chevalier-9eac358a',
  'sofia-fournier-b1ff0205',
];

async function strangersOnly(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'netprune-strangers-'));
  const urls = (slugs: string[]) => slugs.map((slug) => `https://www.linkedin.com/in/${slug}`).join('\n');
  await writeFile(join(dir, 'remove.txt'), urls(STRANGERS_REMOVED));
  await writeFile(join(dir, 'keep.txt'), urls(STRANGERS_KEPT));
  const state = join(dir, 'decisions.json');
  const run = await netprune(['decide', demo, '--remove', join(dir, 'remove.txt'), '--keep', join(dir, 'keep.txt'), '--state', state]);
  if (run.code !== 0) throw new Error(run.stderr);
  return state;
}

describe('predict', () => {
  it('says how many more decisions it needs, exit 2, before it can learn', async () => {
    const state = await decidedDemo(13);
    const run = await netprune(['predict', demo, '--state', state]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `netprune: ${state}: netprune needs 7 more decisions (13 of 20) to learn your taste. Answer a few more cards with \`netprune review ${demo} --state ${state}\`, or record them with \`netprune decide ${demo} --state ${state} --keep FILE\`\n`,
    );
  });

  it('needs both decisions among the answers', async () => {
    const state = await decidedDemo(1);
    const run = await netprune(['predict', demo, '--state', state]);
    expect(run.stderr).toMatch(/needs 19 more decisions \(1 of 20\), with at least one keep among them to learn your taste/);
  });

  it('predicts every undecided contact once, surest first, each with why, the same way every time', async () => {
    const state = await decidedDemo(25);
    const decided = Object.values(JSON.parse(await readFile(state, 'utf8')).decisions as Record<string, { url: string }>).map((d) => d.url);
    const run = await netprune(['predict', demo, '--json', '--state', state]);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as PredictReport;
    expect(report.learnedFrom).toBe(25);
    const audit = JSON.parse((await netprune(['audit', demo, '--json'])).stdout) as { contacts: { url: string }[] };
    expect(report.predictions.map((p) => p.url).sort()).toEqual(
      audit.contacts
        .map((c) => c.url)
        .filter((url) => !decided.includes(url))
        .sort(),
    );
    // Keep and remove, then the near-even, then people you know it would not remove: each surest first.
    const groups = [null, 'near-even', 'you-know-them'];
    const order = report.predictions.map((p) => [groups.indexOf(p.unsure), -p.confidence]);
    expect(order).toEqual([...order].sort(([g, c], [h, d]) => g! - h! || c! - d!));
    const confidences = report.predictions.filter((p) => p.decision !== 'unsure').map((p) => p.confidence);
    expect(report.predictions.every((p) => p.because.length >= 1 && p.because.length <= 3)).toBe(true);
    // Strangers were removed and known people kept: the model has learnt that much.
    expect(report.predictions.filter((p) => p.label === 'stranger' && p.confidence >= 0.9).every((p) => p.decision === 'remove')).toBe(true);
    expect(report.summary.atLeast90).toBe(confidences.filter((c) => c >= 0.9).length);
    expect((await netprune(['predict', demo, '--json', '--state', state])).stdout).toBe(run.stdout);
  });

  it('prints one line per contact as text, the decision and confidence first, then the commands to act with', async () => {
    const state = await decidedDemo(25);
    const run = await netprune(['predict', demo, '--state', state, '--rules', 'coffee-test']);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe(`What your 25 decisions say about the 375 undecided (${demo})`);
    expect(lines[3]).toMatch(/^(keep {2}|remove) +\d+ % {2}.+: .+/);
    // The same decisions file and rules as this run, or review would learn from another file.
    expect(lines.at(-2)).toBe(
      `Accept them in \`netprune review ${demo} --state ${state} --rules coffee-test\` (b proposes the surest in batches), or record a list with \`netprune decide ${demo} --state ${state} --remove FILE\`.`,
    );
  });

  it('never proposes removing someone you know from answers about strangers only: they are unsure, shown apart', async () => {
    const state = await strangersOnly();
    const report = JSON.parse((await netprune(['predict', demo, '--json', '--state', state])).stdout) as PredictReport;
    const known = report.predictions.filter((p) => p.label === 'known');
    // The model does lean toward removing friends it never saw an answer about; predict must not say so.
    expect(known.filter((p) => p.leaning === 'remove').length).toBeGreaterThan(10);
    expect(known.filter((p) => p.decision === 'remove')).toEqual([]);
    expect(known.filter((p) => p.leaning === 'remove').every((p) => p.decision === 'unsure' && p.unsure === 'you-know-them')).toBe(true);
    expect(report.summary.youKnowThem).toBe(known.filter((p) => p.leaning === 'remove').length);
    // A coin toss is no decision.
    expect(report.predictions.filter((p) => p.decision !== 'unsure').every((p) => p.confidence >= 0.55)).toBe(true);
    expect(report.predictions.filter((p) => p.confidence < 0.55).every((p) => p.decision === 'unsure')).toBe(true);
    expect(report.summary.keep + report.summary.remove + report.summary.unsure).toBe(report.summary.undecided);

    const text = (await netprune(['predict', demo, '--state', state])).stdout.split('\n');
    const apart = text.findIndex((line) => line.startsWith('You know them: not predicted.'));
    expect(apart).toBeGreaterThan(0);
    const mei = text.findIndex((line) => line.includes('Mei Barbier'));
    expect(mei).toBeGreaterThan(apart);
    // The label and the evidence that makes her known come before the model's words; she works at the owner's employer.
    expect(text[mei]).toMatch(
      /^unsure +\d+ % {2}Mei Barbier, NORTHWIND TRADERS \(known: 58 messages both ways \(35 sent, 23 received\), last on 2026-09-24\): leans remove: /,
    );
    expect(text[mei]).not.toContain('not in your field');
    expect(text.slice(3, apart - 1).every((line) => /^(keep {2}|remove|unsure) +\d+ % {2}.+ \((known|weak-tie|stranger)(: .+)?\): .+/.test(line))).toBe(true);
    expect(text.slice(3, apart - 1).some((line) => line.startsWith('remove') && line.includes('(known'))).toBe(false);
  });

  it('shows job-title words as the person wrote them, in English and in French', async () => {
    const state = await strangersOnly();
    const en = (await netprune(['predict', demo, '--state', state])).stdout;
    const fr = (await netprune(['predict', demo, '--state', state, '--lang', 'fr'])).stdout;
    expect(en).toMatch(/Diego Park, Coho Winery .*: .*Full-Stack/);
    expect(`${en}\n${fr}`).not.toMatch(/; (full|stack|ingenieur|chargee)(;|$)/m);
    expect(fr).toMatch(/Ingénieur/);
    // The strongest evidence in the output's language too.
    expect(fr).toMatch(
      /indécis +60\u202F% {2}Mei Barbier, NORTHWIND TRADERS \(connu\u202F: 58 messages dans les deux sens .*\)\u202F: penche pour retirer\u202F: /,
    );
  });

  it('refuses to write over the decisions file with -o', async () => {
    const state = await decidedDemo(25);
    const before = await readFile(state, 'utf8');
    const run = await netprune(['predict', demo, '--state', state, '-o', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the decisions file in use/);
    expect(await readFile(state, 'utf8')).toBe(before);
  });
});
