import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';

const demo = fixture('demo');
const report = async (args: string[]) => JSON.parse((await netprune(['audit', demo, '--json', ...args])).stdout) as Report;

describe('choosing a classifier', () => {
  it('coffee-test is the default; strict finds no weak ties and at most as many known', async () => {
    const coffee = await report([]);
    const strict = await report(['--rules', 'strict']);
    expect(coffee.classifier).toEqual({ name: 'coffee-test', ruleSet: 'coffee-test', plugin: null });
    expect(strict.classifier.name).toBe('strict');
    expect(strict.summary.byLabel['weak-tie']).toBe(0);
    expect(strict.summary.byLabel.known).toBeLessThanOrEqual(coffee.summary.byLabel.known);
  });

  it('open-networker keeps at least as many people as coffee-test', async () => {
    const coffee = (await report([])).summary.byLabel;
    const open = (await report(['--rules', 'open-networker'])).summary.byLabel;
    expect(open.stranger).toBeLessThanOrEqual(coffee.stranger);
  });

  it('a rule file given by path is used, and named in the report', async () => {
    const custom = await report(['--rules', 'fixtures/rule-sets/recent-conversations.json']);
    expect(custom.classifier.name).toBe('recent-conversations');
  });

  it('a plugin written against the README interface works', async () => {
    const plugin = await report(['--classifier', 'fixtures/plugins/example-classifier.mjs']);
    expect(plugin.classifier).toEqual({ name: 'recent-contact', ruleSet: null, plugin: 'fixtures/plugins/example-classifier.mjs' });
    const rules = new Set(plugin.contacts.flatMap((c) => c.reasons.map((r) => r.rule)));
    // `same-name`: the demo's address book names one of two Leila Lamberts, and every classifier is told so.
    expect(rules).toEqual(new Set(['recent-message', 'old-message', 'no-message', 'same-name']));
  });

  it.each([
    ['bad-output.mjs', /plugin .*bad-output\.mjs failed on ".+" \(https:\/\/www\.linkedin\.com\/in\/[^)]+\): .*label/],
    ['throws-on-classify.mjs', /plugin .*throws-on-classify\.mjs failed on ".+"/],
    ['throws-on-load.mjs', /Cannot load classifier plugin .*throws-on-load\.mjs/],
    ['bad-shape.mjs', /Cannot load classifier plugin .*bad-shape\.mjs: .*classify/],
  ])('a broken plugin (%s) fails cleanly: one line naming it, exit 2', async (file, message) => {
    const run = await netprune(['audit', demo, '--classifier', `fixtures/plugins/${file}`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });

  it('--rules and --classifier together is a usage error', async () => {
    expect((await netprune(['audit', demo, '--rules', 'strict', '--classifier', 'fixtures/plugins/example-classifier.mjs'])).code).toBe(2);
  });
});

describe('netprune rules', () => {
  it('lists the built-in rule sets with a description each', async () => {
    const run = await netprune(['rules']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^coffee-test +\S.*\(default\)$/m);
    expect(run.stdout).toMatch(/^open-networker +\S/m);
    expect(run.stdout).toMatch(/^strict +\S/m);
  });

  it('rules check accepts a valid file', async () => {
    const run = await netprune(['rules', 'check', 'fixtures/rule-sets/recent-conversations.json']);
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/valid rule set "recent-conversations"/);
  });

  it('rules check points at the failing path in the file', async () => {
    const run = await netprune(['rules', 'check', 'fixtures/rule-sets/wrong-type.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/wrong-type\.json: rules\.\d+\.when\.\w+: /);
  });

  it('rules check gives line and column of a JSON syntax error', async () => {
    const run = await netprune(['rules', 'check', 'fixtures/rule-sets/bad-json.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad-json\.json:\d+:\d+: /);
  });
});

describe('netprune explain', () => {
  let contacts: Report['contacts'];
  let known: Report['contacts'][number];
  beforeAll(async () => {
    contacts = (await report([])).contacts;
    known = contacts.find((c) => c.label === 'known' && c.reasons[0]?.rule === 'two-way')!;
  });

  it('shows the label, each reason and the raw evidence for one contact found by URL', async () => {
    const run = await netprune(['explain', demo, known.url!]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${known.firstName} ${known.lastName}`);
    expect(run.stdout).toMatch(/^known according to coffee-test/m);
    expect(run.stdout).toContain(known.reasons[0]!.detail);
    expect(run.stdout).toMatch(new RegExp(`1:1 messages: ${known.evidence.messages.sent} sent, ${known.evidence.messages.received} received`));
  });

  it('finds by part of the name, ignoring case and accents', async () => {
    const target = contacts.find((c) => /[éèà]/.test(c.lastName) && contacts.filter((o) => o.lastName === c.lastName).length === 1)!;
    const query = target.lastName.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    const run = await netprune(['explain', demo, target.firstName, query]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain(`${target.firstName} ${target.lastName}`);
  });

  it('folds letters without a combining accent too: "soren aero lukasz" finds Søren Ærø-Łukasz', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'netprune-fold-'));
    writeFileSync(
      join(dir, 'Connections.csv'),
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nSøren,Ærø-Łukasz,https://www.linkedin.com/in/soren-aero,,Contoso,Engineer,05 Mar 2024\n',
    );
    const run = await netprune(['explain', join(dir, 'Connections.csv'), 'soren', 'aerø-lukasz']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain('Søren Ærø-Łukasz');
  });

  it('several matches are listed', async () => {
    const dupes = contacts.filter((c, _, all) => all.filter((o) => o.firstName === c.firstName && o.lastName === c.lastName).length > 1);
    const run = await netprune(['explain', demo, `${dupes[0]!.firstName} ${dupes[0]!.lastName}`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\d+ connections match/);
  });

  it('no match is exit 2 with a hint', async () => {
    const run = await netprune(['explain', demo, 'Nobody Atall']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no connection matches "Nobody Atall"/);
  });
});
