/**
 * What a plugin cannot do to netprune: corrupt the report, change the evidence, end the program with
 * success, hang it, or fail without one clear line (exit 2) naming the plugin.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bin, fixture, netprune, root, spawnNetprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';

const demo = fixture('demo');
const broken = (name: string) => `fixtures/plugins/broken/${name}.mjs`;
const audit = (plugin: string, ...more: string[]) => netprune(['audit', demo, '--json', '--classifier', plugin, ...more]);

/** Exit 2, nothing on stdout, one line on stderr naming the plugin and saying what went wrong. */
async function expectPluginError(run: Promise<{ code: number | null; stdout: string; stderr: string }>, plugin: string, what: RegExp): Promise<string> {
  const { code, stdout, stderr } = await run;
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n'), stderr).toHaveLength(1);
  expect(stderr).toContain(plugin);
  expect(stderr).toMatch(what);
  expect(code).toBe(2);
  return stderr;
}

describe('a plugin that prints', () => {
  it('leaves stdout to the report: --json stays valid JSON, and what it printed goes to stderr', async () => {
    const run = await audit(broken('prints'));
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as Report).contacts.length).toBe(400);
    expect(run.stderr).toContain('plugin: loading prints.mjs\n');
    expect(run.stderr).toContain('plugin: first contact: Élodie\n');
    expect(run.stderr).toContain('plugin: written to process.stdout\n');
  });

  it('the real program too, and a reader that goes away (| head -c 30) is neither a stack trace nor exit 1', () => {
    const spawned = spawnNetprune(['audit', demo, '--json', '--classifier', broken('prints')]);
    expect(spawned.code).toBe(0);
    expect(() => JSON.parse(spawned.stdout)).not.toThrow();
    const piped = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${bin}" audit "${demo}" --json --classifier ${broken('prints')} | head -c 30 >/dev/null; echo "exit $\{PIPESTATUS[0]}"`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(piped.stdout).toBe('exit 0\n');
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('`netprune rules | head -c 10` on the main thread ends quietly too', () => {
    const piped = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" rules | head -c 10 >/dev/null; echo "exit $\{PIPESTATUS[0]}"`], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(piped.stdout).toBe('exit 0\n');
    expect(piped.stderr).toBe('');
  });
});

describe('a plugin cannot change what it is given', () => {
  it('an assignment to the evidence or the contact fails the run, naming the plugin, the contact and the line', async () => {
    await expectPluginError(
      audit(broken('mutates')),
      'mutates.mjs',
      /failed on "Élodie Moreau" .*: Cannot assign to read only property 'sent'.*\(at .*mutates\.mjs:6:\d+\)/,
    );
  });

  it('one that carries on leaves the report and explain showing the evidence as it is', async () => {
    const [coffee, tried] = [await netprune(['audit', demo, '--json']), await audit(broken('mutates-quietly'))];
    const evidenceOf = (run: { stdout: string }) => (JSON.parse(run.stdout) as Report).contacts.map((c) => [c.company, c.evidence.messages.sent]);
    expect(evidenceOf(tried)).toEqual(evidenceOf(coffee));
  });
});

describe('a plugin that ends, hangs or never loads is an error (exit 2), never success', () => {
  it('process.exit(0) in classify, with --max-strangers 0: exit 2, not a silent pass', async () => {
    await expectPluginError(audit(broken('exits'), '--max-strangers', '0'), 'exits.mjs', /called process\.exit\(0\)/);
  });

  it('process.exit(0) while loading', async () => {
    await expectPluginError(audit(broken('exits-on-load')), 'exits-on-load.mjs:2:9', /called process\.exit\(0\)/);
  });

  it('a top-level await that never settles', async () => {
    await expectPluginError(audit(broken('never-settles')), 'never-settles.mjs', /ended before exporting a classifier/);
  });

  it('a synchronous endless loop on one contact: stopped after --plugin-timeout, naming the contact', async () => {
    await expectPluginError(audit(broken('loops'), '--plugin-timeout', '0.3'), 'loops.mjs', /took more than 0\.3 s on "Elena Fontaine"/);
  });

  it('quick on each contact but too slow in all: stopped after --plugin-total-timeout', async () => {
    await expectPluginError(audit(broken('slow'), '--plugin-total-timeout', '0.5'), 'slow.mjs', /took more than 0\.5 s in all/);
  });

  it('an error thrown from a timer, after every verdict was returned', async () => {
    await expectPluginError(audit(broken('throws-later')), 'throws-later.mjs', /an error escaped classify .*: late \(at .*throws-later\.mjs:7:\d+\)/);
  });

  it('the real program stops an endless loop in its worker too', () => {
    const run = spawnNetprune(['audit', demo, '--json', '--classifier', broken('loops'), '--plugin-timeout', '0.3']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^netprune: plugin .*loops\.mjs took more than 0\.3 s on "Elena Fontaine"/);
  });
});

describe('load errors', () => {
  it('a syntax error: file, line and column, and no path of netprune', async () => {
    const line = await expectPluginError(audit(broken('syntax-error')), 'syntax-error.mjs:5:48', /Unexpected identifier 'is'/);
    expect(line).not.toMatch(/bundle|node:internal|src\//);
  });

  it('a plugin of another API version', async () => {
    await expectPluginError(audit(broken('wrong-version')), 'wrong-version.mjs', /runs plugins of API version 1, got 2/);
  });

  it('--debug adds the plugin stack under the line, and only then', async () => {
    const plain = await audit('fixtures/plugins/throws-on-classify.mjs');
    const debug = await audit('fixtures/plugins/throws-on-classify.mjs', '--debug');
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(debug.code).toBe(2);
    const [first, ...stack] = debug.stderr.trimEnd().split('\n');
    expect(first).toBe(plain.stderr.trimEnd());
    expect(stack[0]).toBe('TypeError: cannot read the mood of Élodie');
    expect(stack.join('\n')).toMatch(/at Object\.classify \(file:\/\/.*throws-on-classify\.mjs:6:\d+\)/);
    expect(stack.join('\n')).not.toMatch(/worker eval|node:internal/);
  });
});
