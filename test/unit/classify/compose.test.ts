import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../../src/classify/load-rule-set.js';
import { ClassifierError } from '../../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'netprune-compose-'));
const write = (name: string, data: unknown): string => {
  writeFileSync(join(dir, name), JSON.stringify(data));
  return `./${name}`;
};
const idsOf = async (spec: string, values?: Record<string, number>) => (await loadRuleSet(spec, dir, values)).ruleSet.rules.map((r) => r.id);
async function problems(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClassifierError);
  return (error as Error).message.split('\n');
}

const rule = (id: string, more: object = {}) => ({ id, label: 'weak-tie', when: { twoWay: true }, reason: id, ...more });

describe('extends', () => {
  it('adds a rule before or after a base rule, or at the end; replaces a base rule by id where it stands; removes by id', async () => {
    const spec = write('mine.json', {
      extends: 'strict',
      rules: [rule('first', { before: 'two-way' }), rule('two-way', { label: 'weak-tie' }), rule('middle', { after: 'recommendation-given' }), rule('last')],
      remove: ['one-way-only'],
    });
    expect(await idsOf(spec)).toEqual(['first', 'two-way', 'recommendation-given', 'middle', 'recommendation-received', 'last']);
    const loaded = await loadRuleSet(spec, dir);
    expect(loaded.ruleSet.rules[1]?.label).toBe('weak-tie');
    expect(loaded.ruleSet.description).toMatch(/^Strict/);
    expect(loaded.ruleSet.otherwise.id).toBe('no-conversation');
    expect(loaded.id).toBe('mine');
  });

  it('extends another file, relative to the file that extends it, and may replace description and otherwise', async () => {
    mkdirSync(join(dir, 'base'), { recursive: true });
    write('base/base.json', { description: 'base', rules: [rule('a'), rule('b')], otherwise: { id: 'none', label: 'stranger', reason: 'none' } });
    const spec = write('child.json', { extends: './base/base.json', description: 'child', otherwise: { id: 'nobody', label: 'stranger', reason: 'x' } });
    const { ruleSet } = await loadRuleSet(spec, dir);
    expect([ruleSet.description, ruleSet.rules.map((r) => r.id), ruleSet.otherwise.id]).toEqual(['child', ['a', 'b'], 'nobody']);
  });

  it.each([
    [{ extends: 'strict', remove: ['one-way-onyl'] }, ['./e1.json: remove.0: no rule "one-way-onyl" in rules/strict.json (did you mean "one-way-only"?)']],
    [
      { extends: 'strict', rules: [rule('x', { before: 'two-ways' })] },
      ['./e1.json: rules.0.before: no rule "two-ways" in rules/strict.json (did you mean "two-way"?)'],
    ],
    [{ extends: 'strikt' }, [/^\.\/e1\.json: extends: Unknown rule set "strikt"\. Built-in rule sets: /]],
    [{ extends: './nope.json' }, ['./e1.json: extends: cannot read nope.json: no such file']],
    [
      { description: 'd', rules: [], remove: ['x'], otherwise: { id: 'o', label: 'stranger', reason: 'r' } },
      ['./e1.json: remove: remove needs "extends": there is no base rule set to remove from'],
    ],
    [
      { rules: [] },
      [
        './e1.json: description: missing: expected a string, unless the file extends another rule set',
        './e1.json: otherwise: missing: expected an object, unless the file extends another rule set',
      ],
    ],
  ])('refuses %j', async (data, lines) => {
    const got = await problems(loadRuleSet(write('e1.json', data), dir));
    expect(got).toHaveLength(lines.length);
    lines.forEach((line, i) => (typeof line === 'string' ? expect(got[i]).toBe(line) : expect(got[i]).toMatch(line)));
  });

  it('refuses a cycle', async () => {
    write('a.json', { extends: './b.json' });
    write('b.json', { extends: './a.json' });
    expect(await problems(loadRuleSet('./a.json', dir))).toEqual(['a.json: extends itself through 2 files: "extends" must not form a cycle']);
  });
});

describe('parameters', () => {
  const withParameter = {
    description: 'recent',
    parameters: { recentYears: { default: 3, description: 'how recent' } },
    rules: [{ id: 'recent', label: 'known', when: { twoWay: true, yearsSinceLastMessage: { lt: '$recentYears' } }, reason: 'r' }],
    otherwise: { id: 'none', label: 'stranger', reason: 'none' },
  };
  const boundOf = async (spec: string, values?: Record<string, number>) =>
    ((await loadRuleSet(spec, dir, values)).ruleSet.rules[0]!.when as { yearsSinceLastMessage: { lt: number } }).yearsSinceLastMessage.lt;

  it('takes its default, or the value given (from the config file)', async () => {
    const spec = write('p.json', withParameter);
    expect(await boundOf(spec)).toBe(3);
    expect(await boundOf(spec, { recentYears: 1 })).toBe(1);
  });

  it('a built-in uses one: open-networker’s minCloseness', async () => {
    const closeness = async (values?: Record<string, number>) =>
      ((await loadRuleSet('open-networker', dir, values)).ruleSet.rules.find((r) => r.id === 'close-expertise')!.when as { closeness: { gte: number } })
        .closeness.gte;
    expect([await closeness(), await closeness({ minCloseness: 0.8 })]).toEqual([0.5, 0.8]);
  });

  it('a file that extends may change a default', async () => {
    const spec = write('p2.json', { extends: './p.json', parameters: { recentYears: { default: 5 } } });
    expect(await boundOf(spec)).toBe(5);
  });

  it('refuses an unknown parameter, in a rule or among the values', async () => {
    const typo = write('typo.json', { ...withParameter, rules: [{ ...withParameter.rules[0], when: { yearsSinceLastMessage: { lt: '$recentYear' } } }] });
    expect(await problems(loadRuleSet(typo, dir))).toEqual([
      './typo.json: rule "recent": unknown parameter "$recentYear" (did you mean "$recentYears"?); define it under "parameters"',
    ]);
    expect(await problems(loadRuleSet(write('p3.json', withParameter), dir, { recentYear: 2 }))).toEqual([
      'the config file: parameters.recentYear: ./p3.json has no parameter "recentYear" (did you mean "recentYears"?)',
    ]);
  });
});
