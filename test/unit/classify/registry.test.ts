import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { ClassifierError } from '../../../src/errors.js';
import { checkRuleSetFile, classifyAll, listBuiltInRuleSets, loadClassifier } from '../../../src/classify/index.js';
import { makeConnection, makeContext, makeEvidence } from '../../helpers/factories.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('loadClassifier', () => {
  it('defaults to coffee-test', async () => {
    expect((await loadClassifier()).id).toBe('coffee-test');
  });

  it('loads a rule-set file or a plugin through the same interface', async () => {
    expect((await loadClassifier({ rules: 'fixtures/rule-sets/recent-conversations.json', cwd: root })).id).toBe('recent-conversations');
    expect((await loadClassifier({ classifier: 'fixtures/plugins/example-classifier.mjs', cwd: root })).id).toBe('recent-contact');
  });

  it('refuses a rule set and a plugin together', async () => {
    await expect(loadClassifier({ rules: 'strict', classifier: './x.mjs' })).rejects.toThrow(ClassifierError);
  });
});

describe('listBuiltInRuleSets', () => {
  it('lists every file in rules/ with its description', async () => {
    const sets = await listBuiltInRuleSets();
    expect(sets.map((s) => s.id)).toEqual(['coffee-test', 'no-recruiters', 'open-networker', 'strict']);
    for (const set of sets) expect(set.description.length).toBeGreaterThan(20);
  });
});

describe('checkRuleSetFile', () => {
  it('returns the id and the rule count of a valid file', async () => {
    expect(await checkRuleSetFile('fixtures/rule-sets/recent-conversations.json', root)).toEqual({ ok: true, id: 'recent-conversations', rules: 3 });
  });

  it('treats its argument as a path, even a bare word', async () => {
    await expect(checkRuleSetFile('strict', root)).rejects.toThrow('Cannot read rule set strict: no such file');
  });

  it('throws ClassifierError for an invalid file', async () => {
    await expect(checkRuleSetFile('fixtures/rule-sets/duplicate-id.json', root)).rejects.toThrow(ClassifierError);
  });
});

describe('classifyAll', () => {
  it('classifies each contact with its own evidence', async () => {
    const classifier = await loadClassifier({ rules: 'strict' });
    const contacts = classifyAll(
      [
        { connection: makeConnection(), evidence: makeEvidence({ messages: { sent: 1, received: 1 } }) },
        { connection: makeConnection({ firstName: 'Sam' }), evidence: makeEvidence() },
      ],
      classifier,
      makeContext(),
    );
    expect(contacts.map((c) => [c.connection.firstName, c.verdict.label])).toEqual([
      [makeConnection().firstName, 'known'],
      ['Sam', 'stranger'],
    ]);
  });
});
