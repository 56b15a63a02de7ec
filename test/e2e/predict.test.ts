/** `predict`: the taste model learnt from the decisions so far, applied to everyone undecided. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { PredictReport } from '../../src/report/predict-schema.js';
import { decidedDemo } from '../helpers/decided-demo.js';
import { fixture, netprune } from '../helpers/exec.js';

const demo = fixture('demo');

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
    const confidences = report.predictions.map((p) => p.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
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

  it('refuses to write over the decisions file with -o', async () => {
    const state = await decidedDemo(25);
    const before = await readFile(state, 'utf8');
    const run = await netprune(['predict', demo, '--state', state, '-o', state]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is the decisions file in use/);
    expect(await readFile(state, 'utf8')).toBe(before);
  });
});
