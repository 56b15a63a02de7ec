/** A plugin's context.decisions holds the review's answers in every command, keyed by the exported decisionKey. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixture, netprune, root } from '../helpers/exec.js';
import { decidedDemo } from '../helpers/decided-demo.js';
import { decisionKey } from '../../src/classify/earlier-decisions.js';
import type { Connection } from '../../src/plugin-api.js';
import type { Report } from '../../src/report/schema.js';

const HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

/** An export folder with these rows, a decisions file beside it, and a plugin that cites each contact's decision. */
function setUp(rows: string[], decisions: Record<string, { decision: string; name: string; url: string | null; company: string; connectedOn: string | null }>) {
  const dir = mkdtempSync(join(tmpdir(), 'netprune-plugin-decisions-'));
  writeFileSync(join(dir, 'Connections.csv'), `${[HEADER, ...rows].join('\n')}\n`);
  const entries = Object.fromEntries(Object.entries(decisions).map(([key, e]) => [key, { ...e, position: '', decidedAt: '2026-01-01T00:00:00Z' }]));
  writeFileSync(join(dir, 'netprune-decisions.json'), JSON.stringify({ netprune: 'decisions', version: 1, export: dir, owner: null, decisions: entries }));
  // The plugin imports decisionKey from the built library, as `import { decisionKey } from 'netprune'` would.
  writeFileSync(
    join(dir, 'cite-decision.mjs'),
    `import { decisionKey } from ${JSON.stringify(pathToFileURL(join(root, 'dist/index.js')).href)};
export default { id: 'cite-decision', description: 'Cites the decision', classify: (contact, _evidence, context) => ({
  label: 'known', reasons: [{ rule: 'decision', detail: context.decisions.get(decisionKey(contact)) ?? 'none' }] }) };`,
  );
  return dir;
}

const cited = async (dir: string, command: string[]) => {
  const run = await netprune([...command, '--json', '--classifier', join(dir, 'cite-decision.mjs')], { cwd: dir });
  expect(run.code, run.stderr).toBe(0);
  return Object.fromEntries((JSON.parse(run.stdout) as Report).contacts.map((c) => [c.firstName, c.reasons[0]!.detail]));
};

describe('context.decisions', () => {
  it('holds the decisions file beside the export in audit and explain, by profile key', async () => {
    const dir = setUp(
      [
        'Ada,Lovelace,https://www.linkedin.com/in/ada,,Analytical,Engineer,05 Mar 2024',
        'Alan,Turing,https://www.linkedin.com/in/alan,,Bletchley,Cryptanalyst,05 Mar 2024',
      ],
      {
        'in/ada': { decision: 'remove', name: 'Ada Lovelace', url: 'https://www.linkedin.com/in/ada', company: 'Analytical', connectedOn: '2024-03-05' },
      },
    );
    expect(await cited(dir, ['audit', 'Connections.csv'])).toEqual({ Ada: 'remove', Alan: 'none' });
    expect(await cited(dir, ['explain', 'Connections.csv', 'Ada'])).toEqual({ Ada: 'remove' });
  });

  it('in an export without URLs, under the key decisionKey computes', async () => {
    const grace = { firstName: 'Grace', lastName: 'Hopper', company: 'Navy', connectedOn: '2024-03-05', key: null, url: null } as Connection;
    const dir = setUp(['Grace,Hopper,,,Navy,Admiral,05 Mar 2024', 'Grace,Hopper,,,Remington,Engineer,05 Mar 2024'], {
      [decisionKey(grace)]: { decision: 'keep', name: 'Grace Hopper', url: null, company: 'Navy', connectedOn: '2024-03-05' },
    });
    expect(decisionKey(grace)).toBe('name:grace hopper|navy|2024-03-05');
    const run = await netprune(['audit', 'Connections.csv', '--json', '--classifier', join(dir, 'cite-decision.mjs')], { cwd: dir });
    expect((JSON.parse(run.stdout) as Report).contacts.map((c) => [c.company, c.reasons[0]!.detail])).toEqual([
      ['Navy', 'keep'],
      ['Remington', 'none'],
    ]);
  });

  it('in predict, holds the decisions file --state names, the one predict learns from', async () => {
    const state = await decidedDemo(25);
    const plugin = join(mkdtempSync(join(tmpdir(), 'netprune-plugin-decisions-')), 'needs-decisions.mjs');
    writeFileSync(
      plugin,
      `export default { id: 'needs-decisions', description: 'Fails without decisions', classify: (_contact, _evidence, context) => {
  if (context.decisions.size === 0) throw new Error('context.decisions is empty');
  return { label: 'stranger', reasons: [{ rule: 'seen', detail: String(context.decisions.size) }] };
} };`,
    );
    const run = await netprune(['predict', fixture('demo'), '--state', state, '--classifier', plugin, '--json']);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).learnedFrom).toBe(25);
  });
});
