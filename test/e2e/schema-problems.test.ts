/**
 * What a person reads when a file they wrote (a rule file, the config file, a decisions file) or a
 * plugin fails its schema: one line per problem, exit code 2, each problem's file, place and what is wrong, in English
 * and in French, with the file's own keys and values quoted as JSON.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';

const demo = fixture('demo');
const N = '\u202F';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'netprune-schema-problems-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The lines a run printed (one per problem), its folder written `<dir>`, after checking it failed as bad input should. */
async function errorOf(args: string[], lang: 'en' | 'fr', cwd = dir): Promise<string> {
  const run = await netprune(['--lang', lang, ...args], { cwd, env: { HOME: join(dir, 'home') } });
  expect([run.code, run.stdout]).toEqual([2, '']);
  expect(
    run.stderr
      .trimEnd()
      .split('\n')
      .every((line) => line.startsWith('netprune: ')),
  ).toBe(true);
  expect(run.stderr).not.toMatch(/\bat .*\.[jt]s:\d+/);
  return run.stderr.replaceAll(dir, '<dir>').trimEnd();
}

describe('schema problems, in the language of the run', () => {
  it('a rule file: a misspelt label, a missing reason, a bound beside its signal', async () => {
    const file = join(dir, 'mine.json');
    await writeFile(
      file,
      JSON.stringify({
        description: 'mine',
        rules: [{ id: 'talked', when: { gte: 1 }, label: 'knwn' }],
        otherwise: { id: 'none', label: 'stranger', reason: 'No trace' },
      }),
    );
    expect(await errorOf(['audit', demo, '--rules', file], 'en')).toBe(
      'netprune: <dir>/mine.json: rules.0.label: expected one of "known", "weak-tie", "stranger", got "knwn" (did you mean "known"?)\nnetprune: ' +
        '<dir>/mine.json: rules.0.reason: missing: the sentence that says why, or one per language such as { "en": "…", "fr": "…" }\nnetprune: ' +
        '<dir>/mine.json: rules.0.when: "gte" compares a signal: put it under one, such as { "messages": { "gte": 3 } }',
    );
    expect(await errorOf(['rules', 'check', file], 'fr')).toBe(
      `netprune: <dir>/mine.json${N}: rules.0.label${N}: attendu${N}: l’une des valeurs "known", "weak-tie", "stranger", trouvé "knwn" (vouliez-vous dire "known"${N}?)\nnetprune: ` +
        `<dir>/mine.json${N}: rules.0.reason${N}: manquant${N}: la phrase qui dit pourquoi, ou une par langue comme { "en": "…", "fr": "…" }\nnetprune: ` +
        `<dir>/mine.json${N}: rules.0.when${N}: "gte" compare un signal${N}: placez-le sous l’un d’eux, par exemple { "messages": { "gte": 3 } }`,
    );
  });

  it('the config file: a misspelt key and a time limit of zero', async () => {
    const cwd = join(dir, 'with-config');
    await mkdir(cwd);
    await writeFile(join(cwd, 'netprune.config.json'), JSON.stringify({ rulez: 'strict', pluginTimeout: 0 }));
    expect(await errorOf(['audit', demo], 'en', cwd)).toBe(
      'netprune: <dir>/with-config/netprune.config.json: pluginTimeout: must be more than 0, got 0\nnetprune: ' +
        '<dir>/with-config/netprune.config.json: (top level): unknown key "rulez" (did you mean "rules"?)',
    );
    expect(await errorOf(['audit', demo], 'fr', cwd)).toBe(
      `netprune: <dir>/with-config/netprune.config.json${N}: pluginTimeout${N}: doit valoir plus de 0, trouvé 0\nnetprune: ` +
        `<dir>/with-config/netprune.config.json${N}: (premier niveau)${N}: clé inconnue "rulez" (vouliez-vous dire "rules"${N}?)`,
    );
  });

  it('a decisions file: each damaged field by entry number, never what the file holds, and what to do', async () => {
    const state = join(dir, 'damaged.json');
    const entry = { decision: 'maybe', name: 'Ada', url: 'https://evil.example/in/ada', company: 'Co', decidedAt: '2026-01-01T00:00:00Z' };
    await writeFile(state, JSON.stringify({ netprune: 'decisions', version: 1, export: 'x', decisions: { 'in/ada': entry } }));
    const en = await errorOf(['prune-list', demo, '--state', state], 'en');
    expect(en).toBe(
      'netprune: <dir>/damaged.json: is a damaged decisions file (decisions #1.decision: expected one of "keep", "remove", "skip", got a string; ' +
        'decisions #1.url: not a LinkedIn profile URL (`https://www.linkedin.com/in/…`)). ' +
        'netprune leaves it untouched: fix or move it, or choose another file with --state',
    );
    const fr = await errorOf(['prune-list', demo, '--state', state], 'fr');
    expect(fr).toMatch(
      new RegExp(
        `^netprune: <dir>/damaged\\.json${N}: .*\\(decisions #1\\.decision${N}: attendu${N}: l’une des valeurs "keep", "remove", "skip", trouvé une chaîne de caractères${N}; ` +
          `decisions #1\\.url${N}: pas une URL de profil LinkedIn \\(\`https://www\\.linkedin\\.com/in/…\`\\)\\)`,
      ),
    );
    for (const line of [en, fr]) expect(line).not.toMatch(/maybe|evil|in\/ada/);
  });

  it('a plugin: a default export without classify, and a verdict with an unknown label', async () => {
    expect(await errorOf(['audit', demo, '--classifier', fixture('plugins/bad-shape.mjs')], 'en')).toMatch(
      /^netprune: Cannot load classifier plugin .*bad-shape\.mjs: default\.classify: missing: expected a function$/,
    );
    expect(await errorOf(['audit', demo, '--classifier', fixture('plugins/bad-shape.mjs')], 'fr')).toMatch(
      new RegExp(
        `^netprune: Impossible de charger le module de classement .*bad-shape\\.mjs${N}: default\\.classify${N}: manquant \\(attendu${N}: une fonction\\)$`,
      ),
    );
    expect(await errorOf(['audit', demo, '--classifier', fixture('plugins/bad-output.mjs')], 'en')).toMatch(
      /: returned an invalid verdict: label: expected one of "known", "weak-tie", "stranger", got "friend"$/,
    );
    expect(await errorOf(['audit', demo, '--classifier', fixture('plugins/bad-output.mjs')], 'fr')).toMatch(
      new RegExp(`${N}: label${N}: attendu${N}: l’une des valeurs "known", "weak-tie", "stranger", trouvé "friend"$`),
    );
  });
});
