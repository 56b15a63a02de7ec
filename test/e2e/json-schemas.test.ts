/**
 * Every JSON netprune writes, and every JSON file it reads, has a published schema (`netprune schema
 * <name>`), and what it writes validates against it: scripts can rely on the schema, not on samples.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, netprune, root } from '../helpers/exec.js';
import { decidedDemo } from '../helpers/decided-demo.js';

const demo = fixture('demo');
const later = fixture('demo-later');

async function validatorFor(name: string) {
  const run = await netprune(['schema', name]);
  expect(run.code).toBe(0);
  return new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(run.stdout) as object);
}

async function expectValid(name: string, args: string[]) {
  const run = await netprune(args);
  expect(run.code, run.stderr).toBe(0);
  const validate = await validatorFor(name);
  expect(validate(JSON.parse(run.stdout)), JSON.stringify(validate.errors)).toBe(true);
}

describe('each JSON output validates against the schema netprune publishes for it', () => {
  it('audit --json', () => expectValid('audit', ['audit', demo, '--json']));
  it('invitations --json', () => expectValid('invitations', ['invitations', demo, '--json', '--lang', 'fr']));
  it('suggest --json', () => expectValid('suggest', ['suggest', demo, '--json']));
  it('diff --json, with the decisions', () => expectValid('diff', ['diff', demo, later, '--json', '--state', join(later, 'netprune-decisions.json')]));

  it('predict --json, once there are enough decisions', async () => {
    const state = await decidedDemo(25);
    await expectValid('predict', ['predict', demo, '--json', '--state', state]);
  });

  it('the decisions file review writes, and every built-in rule set', async () => {
    const decisions = await validatorFor('decisions');
    expect(decisions(JSON.parse(readFileSync(join(later, 'netprune-decisions.json'), 'utf8'))), JSON.stringify(decisions.errors)).toBe(true);
    const ruleSet = await validatorFor('rule-set');
    for (const file of readdirSync(join(root, 'rules'))) {
      expect(ruleSet(JSON.parse(readFileSync(join(root, 'rules', file), 'utf8'))), `${file}: ${JSON.stringify(ruleSet.errors)}`).toBe(true);
    }
  });

  it('the schemas can fail: a forged decision is refused', async () => {
    const decisions = await validatorFor('decisions');
    const forged = {
      netprune: 'decisions',
      version: 1,
      export: 'x',
      decisions: { 'in/a': { decision: 'remove', name: 'A', url: 'javascript:alert(1)', company: '', decidedAt: '2026-01-01T00:00:00Z' } },
    };
    expect(decisions(forged)).toBe(false);
  });

  it('an unknown schema name is a usage error', async () => {
    const run = await netprune(['schema', 'nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Allowed choices are audit, invitations, suggest, diff, predict, decisions, rule-set, config/);
  });
});

describe('explain --json', () => {
  it('is the audit report narrowed to the contact picked, valid against the audit schema', async () => {
    const url = 'https://www.linkedin.com/in/leila-lambert-4ac87f5d';
    const run = await netprune(['explain', demo, url, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const report = JSON.parse(run.stdout) as { contacts: { url: string }[] };
    expect(report.contacts.map((c) => c.url)).toEqual([url]);
    const validate = await validatorFor('audit');
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });
});
