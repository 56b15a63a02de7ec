/** netprune.config.json: in the working folder, else the user's config folder; flags win; its own schema. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, netprune } from '../helpers/exec.js';
import type { Report } from '../../src/report/schema.js';

const demo = fixture('demo');
const fresh = () => mkdtempSync(join(tmpdir(), 'netprune-config-'));
const writeConfig = (folder: string, config: unknown) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'netprune.config.json'), typeof config === 'string' ? config : JSON.stringify(config));
};
const audit = async (cwd: string, more: string[] = [], env: Record<string, string> = {}) => {
  const run = await netprune(['audit', demo, '--json', ...more], { cwd, env: { HOME: join(cwd, 'home'), ...env } });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Report;
};

describe('netprune.config.json', () => {
  it('in the working folder sets the rule set; a flag on the command line wins', async () => {
    const cwd = fresh();
    writeConfig(cwd, { rules: 'strict' });
    expect((await audit(cwd)).classifier.name).toBe('strict');
    expect((await audit(cwd, ['--rules', 'open-networker'])).classifier.name).toBe('open-networker');
  });

  it('else in $XDG_CONFIG_HOME/netprune, else in ~/.config/netprune; the working folder first', async () => {
    const cwd = fresh();
    writeConfig(join(cwd, 'home', '.config', 'netprune'), { rules: 'strict' });
    expect((await audit(cwd)).classifier.name).toBe('strict');
    writeConfig(join(cwd, 'xdg', 'netprune'), { rules: 'open-networker' });
    expect((await audit(cwd, [], { XDG_CONFIG_HOME: join(cwd, 'xdg') })).classifier.name).toBe('open-networker');
    writeConfig(cwd, { rules: 'no-recruiters' });
    expect((await audit(cwd, [], { XDG_CONFIG_HOME: join(cwd, 'xdg') })).classifier.name).toBe('no-recruiters');
  });

  it('sets the language: --lang wins over it, and it wins over LC_ALL, LC_MESSAGES and LANG', async () => {
    const cwd = fresh();
    const firstLine = async (args: string[], env: Record<string, string>) => {
      const run = await netprune(['audit', demo, ...args], { cwd, env: { HOME: join(cwd, 'home'), ...env } });
      expect(run.code, run.stderr).toBe(0);
      return run.stdout.split('\n')[0];
    };
    writeConfig(cwd, { lang: 'fr' });
    expect(await firstLine([], { LANG: 'C' })).toMatch(/^Lu\u202F: /);
    expect(await firstLine(['--lang', 'en'], {})).toMatch(/^Read /);
    writeConfig(cwd, { lang: 'en' });
    expect(await firstLine([], { LC_ALL: 'fr_FR.UTF-8' })).toMatch(/^Read /);
    // --help too: the language is known before any command runs.
    writeConfig(cwd, { lang: 'fr' });
    expect((await netprune(['--help'], { cwd, env: { HOME: join(cwd, 'home') } })).stdout).toContain('Exemples\u202F:');
  });

  it('takes a rule file relative to its own folder, and the values of its parameters', async () => {
    const cwd = fresh();
    const user = join(cwd, 'home', '.config', 'netprune');
    mkdirSync(user, { recursive: true });
    writeFileSync(join(user, 'mine.json'), JSON.stringify({ extends: 'open-networker', description: 'mine' }));
    const closeExpertise = (report: Report) => report.contacts.filter((c) => c.reasons[0]?.rule === 'close-expertise').length;
    writeConfig(user, { rules: './mine.json' });
    const byDefault = closeExpertise(await audit(cwd));
    writeConfig(user, { rules: './mine.json', parameters: { minCloseness: 1 } });
    const strictly = closeExpertise(await audit(cwd));
    expect(byDefault).toBeGreaterThan(strictly);
  });

  it.each([
    [{ rules: 3 }, /netprune\.config\.json: rules: expected a string, got 3$/],
    [{ rules: 'strict', classifier: './p.mjs' }, /netprune\.config\.json: classifier: give either "rules" or "classifier", not both$/],
    [{ rulez: 'strict' }, /netprune\.config\.json: \(top level\): unknown key "rulez" \(did you mean "rules"\?\)$/],
    [{ lang: 'de' }, /netprune\.config\.json: lang: expected one of "en", "fr", got "de"$/],
    ['{ "rules": "strict", }', /netprune\.config\.json:1:20: invalid JSON: trailing comma/],
    [
      { rules: 'open-networker', parameters: { minClosenes: 0.4 } },
      /netprune\.config\.json: parameters\.minClosenes: rules\/open-networker\.json has no parameter "minClosenes" \(did you mean "minCloseness"\?\)$/,
    ],
  ])('refuses %j in one line, exit 2', async (config, line) => {
    const cwd = fresh();
    writeConfig(cwd, config);
    const run = await netprune(['audit', demo, '--json'], { cwd, env: { HOME: join(cwd, 'home') } });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(line);
  });

  it("rules check on the file the config names checks the config's parameter values too, as audit would", async () => {
    const cwd = fresh();
    writeFileSync(join(cwd, 'mine.json'), JSON.stringify({ extends: 'open-networker', description: 'mine' }));
    writeConfig(cwd, { rules: './mine.json', parameters: { minClosenes: 0.4 } });
    const env = { HOME: join(cwd, 'home') };
    const [check, run] = [await netprune(['rules', 'check', 'mine.json'], { cwd, env }), await netprune(['audit', demo, '--json'], { cwd, env })];
    expect([check.code, run.code]).toEqual([2, 2]);
    // The same problem; the rule file is named as each was given it (the config's path is absolute).
    for (const { stderr } of [check, run])
      expect(stderr).toMatch(/netprune\.config\.json: parameters\.minClosenes: \S*mine\.json has no parameter "minClosenes"/);
  });

  it('has its own JSON Schema, which a valid file passes and a wrong one fails', async () => {
    const run = await netprune(['schema', 'config']);
    expect(run.code).toBe(0);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(run.stdout) as object);
    expect(validate({ rules: './mine.json', me: 'https://www.linkedin.com/in/me', parameters: { minCloseness: 0.6 }, pluginTimeout: 5 })).toBe(true);
    expect(validate({ rules: 3 })).toBe(false);
  });

  it('the next step audit suggests repeats the options in force, from the file or the flags', async () => {
    const cwd = fresh();
    writeConfig(cwd, { rules: 'strict' });
    const run = await netprune(['audit', demo, '--me', 'https://www.linkedin.com/in/camille-lefèvre-4b2a91c7'], { cwd, env: { HOME: join(cwd, 'home') } });
    expect(run.stdout).toMatch(
      /^Next: netprune review \S+ --rules strict --me 'https:\/\/www\.linkedin\.com\/in\/camille-lefèvre-4b2a91c7' to keep or remove them/m,
    );
  });
});
