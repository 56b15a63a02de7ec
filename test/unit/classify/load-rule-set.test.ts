import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ClassifierError } from '../../../src/errors.js';
import { loadRuleSet, parseRuleSet } from '../../../src/classify/load-rule-set.js';
import { ruleSetJsonSchema } from '../../../src/classify/rule-set-schema.js';
import { SIGNAL_NAMES } from '../../../src/classify/signals.js';
import { TEXT_NAMES } from '../../../src/classify/texts.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** The ClassifierError message a loader throws, one line per problem. */
async function errorOf(promise: Promise<unknown>): Promise<string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClassifierError);
  return (error as ClassifierError).message.split('\n');
}

describe('loadRuleSet', () => {
  it('loads a built-in by name; the id is the file name', async () => {
    const loaded = await loadRuleSet('coffee-test');
    expect(loaded.id).toBe('coffee-test');
    expect(loaded.file).toBe('rules/coffee-test.json');
    expect(loaded.ruleSet.otherwise.label).toBe('stranger');
  });

  it('loads a file by path, relative to cwd', async () => {
    const loaded = await loadRuleSet('./fixtures/rule-sets/recent-conversations.json', root);
    expect(loaded.id).toBe('recent-conversations');
    expect(loaded.ruleSet.rules.map((r) => r.id)).toEqual(['recent-conversation', 'old-conversation-or-recommendation', 'silent-long-timer']);
  });

  it('names the built-ins when a name is unknown', async () => {
    expect(await errorOf(loadRuleSet('coffee'))).toEqual([
      'Unknown rule set "coffee". Built-in rule sets: coffee-test, no-recruiters, open-networker, strict. To load a file, give its path, such as ./coffee.json.',
    ]);
  });

  it('says when a file is missing', async () => {
    expect(await errorOf(loadRuleSet('./nope.json', root))).toEqual(['Cannot read rule set ./nope.json: no such file']);
  });

  it('points at line and column of a JSON syntax error', async () => {
    expect(await errorOf(loadRuleSet('fixtures/rule-sets/bad-json.json', root))).toEqual([
      'fixtures/rule-sets/bad-json.json:4:90: invalid JSON: trailing comma before "]"',
    ]);
  });

  it.each([
    ['unknown-signal', ['rules.0.when: unknown signal "twoway" (did you mean "twoWay"?)']],
    [
      'wrong-type',
      [
        'rules.0.when.twoWay: expected true or false, got "yes"',
        'rules.1.when.any.0.endorsements.gte: expected a number, or a parameter written "$name", got "1"',
        'otherwise.label: expected one of "known", "weak-tie", "stranger", got "maybe"',
      ],
    ],
    ['duplicate-id', ['rules.1.id: duplicate rule id "contact" (also rules.0.id)']],
    ['unknown-placeholder', ['rules.0.reason: unknown placeholder {lastMesage} (did you mean {lastMessage}?)']],
  ])('reports %s with the failing path, one line per issue', async (name, lines) => {
    const file = `fixtures/rule-sets/${name}.json`;
    expect(await errorOf(loadRuleSet(file, root))).toEqual(lines.map((line) => `${file}: ${line}`));
  });
});

describe('parseRuleSet', () => {
  const rule = { id: 'talked', label: 'known', when: { twoWay: true }, reason: 'Talked' };
  const otherwise = { id: 'no-trace', label: 'stranger', reason: 'Nothing' };
  const problems = (data: unknown): string[] => {
    try {
      parseRuleSet(JSON.stringify(data), 'x.json');
      return [];
    } catch (error) {
      return (error as Error).message.split('\n');
    }
  };

  it('accepts a byte-order mark and a $schema key', () => {
    expect(parseRuleSet(`\uFEFF${JSON.stringify({ $schema: './s.json', description: 'd', rules: [rule], otherwise })}`, 'x.json').rules).toHaveLength(1);
  });

  it.each([
    [{ description: 'd', rules: [rule] }, ['x.json: otherwise: missing: expected an object, unless the file extends another rule set']],
    [{ description: 'd', rules: [rule], otherwise, extra: 1 }, ['x.json: (top level): unknown key "extra"']],
    // A missing part is reported with the problems of the others, not only once they are fixed.
    [
      { rules: [{ ...rule, label: 'knwn' }] },
      [
        'x.json: rules.0.label: expected one of "known", "weak-tie", "stranger", got "knwn" (did you mean "known"?)',
        'x.json: description: missing: expected a string, unless the file extends another rule set',
        'x.json: otherwise: missing: expected an object, unless the file extends another rule set',
      ],
    ],
    [{ description: 'd', rules: [{ ...rule, lable: 'known' }], otherwise }, ['x.json: rules.0: unknown key "lable" (did you mean "label"?)']],
    [
      { description: 'd', rules: [{ ...rule, id: 'Two Way' }], otherwise },
      ['x.json: rules.0.id: expected lowercase letters, digits and dashes, like "two-way", got "Two Way"'],
    ],
    [
      { description: 'd', rules: [{ ...rule, when: {} }], otherwise },
      ['x.json: rules.0.when: an empty condition: test at least one signal, or use all, any or not'],
    ],
    [{ description: 'd', rules: [{ ...rule, when: { any: [] } }], otherwise }, ['x.json: rules.0.when.any: needs at least 1 item']],
    [
      { description: 'd', rules: [{ ...rule, when: { not: { messages: {} } } }], otherwise },
      ['x.json: rules.0.when.not.messages: a comparison needs at least one of gte, gt, lte, lt, eq'],
    ],
    [{ description: 'd', rules: [{ ...rule, when: { messages: { atLeast: 1 } } }], otherwise }, ['x.json: rules.0.when.messages: unknown key "atLeast"']],
    [
      { description: 'd', rules: [{ ...rule, when: { messages: 'many' } }], otherwise },
      ['x.json: rules.0.when.messages: expected a number, or a parameter written "$name", got "many"'],
    ],
    [{ description: 'd', rules: [{ ...rule, score: 2 }], otherwise }, ['x.json: rules.0.score: must be at most 1, got 2']],
    [
      { description: 'd', rules: [{ ...rule, when: { position: 'recruiter' } }], otherwise },
      ['x.json: rules.0.when.position: expected an object, got "recruiter"'],
    ],
    [{ description: 'd', rules: [{ ...rule, when: { position: { anyOf: [] } } }], otherwise }, ['x.json: rules.0.when.position.anyOf: needs at least 1 item']],
    [
      { description: 'd', rules: [{ ...rule, when: { company: { anyOf: ['ok', ' - '] } } }], otherwise },
      ['x.json: rules.0.when.company.anyOf.1: a phrase needs at least one letter or digit'],
    ],
    [
      { description: 'd', rules: [{ ...rule, when: { note: { matches: 'hi.*' } } }], otherwise },
      ['x.json: rules.0.when.note.anyOf: missing: expected an array', 'x.json: rules.0.when.note: unknown key "matches"'],
    ],
    [{ description: 'd', rules: [{ ...rule, when: { headline: { anyOf: ['cto'] } } }], otherwise }, ['x.json: rules.0.when: unknown signal "headline"']],
    [{ description: 'd', rules: [rule], otherwise: { ...otherwise, id: 'talked' } }, ['x.json: otherwise.id: duplicate rule id "talked" (also rules.0.id)']],
  ])('rejects %j', (data, lines) => {
    expect(problems(data)).toEqual(lines);
  });
});

describe('ruleSetJsonSchema', () => {
  it('describes every signal', () => {
    const schema = ruleSetJsonSchema() as { $defs: { condition: { properties: Record<string, { description?: string }> } } };
    const properties = schema.$defs.condition.properties;
    for (const name of [...SIGNAL_NAMES, ...TEXT_NAMES]) expect(properties[name]?.description).toBeTruthy();
    expect(Object.keys(properties)).toEqual(expect.arrayContaining(['all', 'any', 'not']));
  });
});
