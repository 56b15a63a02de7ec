/** The exported testClassifier: a table of cases, one test each, that fails with a clear line, in vitest and node:test alike. */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkCase, testClassifier } from '../../src/testing/tester.js';
import { loadClassifier } from '../../src/classify/index.js';
import type { Classifier } from '../../src/plugin-api.js';
import { root } from '../helpers/exec.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

const recruiters: Classifier = {
  id: 'recruiters',
  description: 'Recruiters are strangers',
  classify: (contact) =>
    /recruit/i.test(contact.position)
      ? { label: 'stranger', reasons: [{ rule: 'recruiter', detail: `${contact.position} at ${contact.company}` }] }
      : { label: 'known', reasons: [{ rule: 'other', detail: 'anyone else' }] },
};

testClassifier(
  recruiters,
  [
    {
      name: 'a recruiter',
      contact: { position: 'Senior Recruiter', company: 'Hexa' },
      label: 'stranger',
      rule: 'recruiter',
      detail: 'Senior Recruiter at Hexa',
    },
    { name: 'a designer', label: 'known', detail: /anyone/ },
  ],
  { describe, it },
);

testClassifier(
  loadClassifier({ rules: 'no-recruiters' }),
  [{ name: 'a rule set, loaded', contact: { position: 'Recruiter' }, label: 'stranger', rule: 'recruiter' }],
  {
    describe,
    it,
  },
);

describe('checkCase', () => {
  it('says what was expected and what came, for the label, the rule and the reason', () => {
    expect(checkCase(recruiters, { name: 'x', label: 'known', contact: { position: 'Recruiter' } })).toBe(
      'x: expected known, got stranger (recruiter: "Recruiter at Fabrikam")',
    );
    expect(checkCase(recruiters, { name: 'x', label: 'known', rule: 'nobody' })).toBe('x: expected rule nobody, got known (other: "anyone else")');
    expect(checkCase(recruiters, { name: 'x', label: 'known', detail: 'someone' })).toBe('x: expected the reason "someone", got known (other: "anyone else")');
    expect(checkCase(recruiters, { name: 'x', label: 'known' })).toBeNull();
  });

  it('gives frozen inputs, as netprune does: a classifier that writes to them fails', () => {
    const writes: Classifier = {
      id: 'writes',
      description: 'writes',
      classify: (_, evidence) => {
        evidence.messages.sent = 3;
        return { label: 'known', reasons: [{ rule: 'r', detail: 'd' }] };
      },
    };
    expect(() => checkCase(writes, { name: 'x', label: 'known' })).toThrow(/read only/);
  });

  it('freezes the earlier decisions too, as the plugin host does: a classifier that records one fails', () => {
    const records: Classifier = {
      id: 'records',
      description: 'records',
      classify: (contact, _evidence, context) => {
        (context.decisions as Map<string, unknown>).set(contact.firstName, 'keep');
        return { label: 'known', reasons: [{ rule: 'r', detail: 'd' }] };
      },
    };
    expect(() => checkCase(records, { name: 'x', label: 'known' })).toThrow(/read-only/);
  });

  it('runs under node:test, and a failing case fails the run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-node-test-'));
    const file = join(dir, 'table.test.mjs');
    writeFileSync(
      file,
      `import { describe, it } from 'node:test';
import { testClassifier } from ${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)};
const c = { id: 'c', description: 'c', classify: () => ({ label: 'known', reasons: [{ rule: 'r', detail: 'd' }] }) };
testClassifier(c, [{ name: 'passes', label: 'known' }, { name: 'fails', label: 'stranger' }], { describe, it });`,
    );
    const run = spawnSync(process.execPath, ['--test', file], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/# pass 1/);
    expect(run.stdout).toMatch(/# fail 1/);
    expect(run.stdout).toContain('fails: expected stranger, got known (r: "d")');
  });
});
