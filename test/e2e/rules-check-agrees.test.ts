/** `rules check` and `--rules` read a file one way: what one refuses the other refuses, with the same line. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, netprune, spawnNetprune } from '../helpers/exec.js';

const dir = mkdtempSync(join(tmpdir(), 'netprune-rules-agree-'));
const otherwise = { id: 'no-trace', label: 'stranger', reason: 'Nothing' };

function ruleFile(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

let deep: unknown = { twoWay: true };
for (let i = 0; i < 1000; i++) deep = { not: deep };

const CASES: [string, string, RegExp][] = [
  [
    'deep-not.json',
    JSON.stringify({ description: 'd', rules: [{ id: 'deep', label: 'known', when: deep, reason: 'r' }], otherwise }),
    /rules\.0\.when\.not\.not\.not\.…\.not: nested more than 64 levels deep/,
  ],
  ['deep-invalid.json', `${'['.repeat(100_000)}}`, /deep-invalid\.json:1:\d+: invalid JSON: nested more than 64 levels deep/],
  [
    'three-words.json',
    JSON.stringify({ description: 'd', rules: [{ id: 'a', label: 'known', when: { twoWay: true }, reason: '{messages:a|b|c}' }], otherwise }),
    /rules\.0\.reason: malformed placeholder \{messages:a\|b\|c\}: .*exactly two words/,
  ],
  [
    'lone-brace.json',
    JSON.stringify({ description: 'd', rules: [{ id: 'a', label: 'known', when: { twoWay: true }, reason: 'a } b' }], otherwise }),
    /rules\.0\.reason: unmatched \} at character 3: write \}\} for a literal brace/,
  ],
];

describe('rules check and --rules agree', () => {
  it.each(CASES)('%s: both refuse it with exit 2 and the same one line', async (name, content, what) => {
    const path = ruleFile(name, content);
    const check = await netprune(['rules', 'check', path]);
    const audit = await netprune(['audit', fixture('demo'), '--json', '--rules', path]);
    for (const run of [check, audit]) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(what);
    }
    expect(audit.stderr).toBe(check.stderr);
  });

  it('the real program, on the main thread (rules check) and in the worker (audit), refuses a deep file alike', () => {
    const path = ruleFile('deep-spawned.json', CASES[0]![1]);
    const check = spawnNetprune(['rules', 'check', path]);
    const audit = spawnNetprune(['audit', fixture('demo'), '--rules', path]);
    expect([check.code, audit.code]).toEqual([2, 2]);
    expect(audit.stderr).toBe(check.stderr);
  });

  it('a reason with {{ and }} writes braces', async () => {
    const path = ruleFile('braces.json', { description: 'd', rules: [], otherwise: { ...otherwise, reason: 'No trace {{at all}}' } });
    expect((await netprune(['rules', 'check', path])).code).toBe(0);
    const run = await netprune(['audit', fixture('demo'), '--json', '--rules', path]);
    expect(JSON.parse(run.stdout).contacts[0].reasons[0].detail).toBe('No trace {at all}');
  });
});
