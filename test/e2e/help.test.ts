/**
 * Every help text and every mistake commander reports, as a user sees them, in English and French.
 * program.ts declares only the command a run asks for (docs/performance.md): this pins that the text
 * of each `--help`, the listing of commands, and commander's "Did you mean…?" stay exactly what the
 * whole program declared at once gave.
 */
import { describe, expect, it } from 'vitest';
import { netprune } from '../helpers/exec.js';

const COMMANDS = ['audit', 'explain', 'review', 'decide', 'predict', 'prune-list', 'invitations', 'suggest', 'diff', 'schema', 'rules', 'rules check'];

/** Runs that print help, a version or a usage error before any command starts. */
const RUNS: readonly (readonly string[])[] = [
  [],
  ['--help'],
  ['-h'],
  ['help'],
  ['--version'],
  ['-V'],
  ...COMMANDS.flatMap((command) => [
    [...command.split(' '), '--help'],
    ['help', ...command.split(' ')],
  ]),
  ['--help', 'audit'],
  ['help', 'bogus'],
  ['audt'],
  ['prune-lst', 'export'],
  ['--bogus'],
  ['--jsn'],
  ['audit', 'export', '--jsn'],
  ['review', 'export', '--ordr', 'name'],
  ['rules', 'chek'],
  ['audit'],
  ['diff', 'older'],
  ['audit', 'a', 'b'],
  ['review', 'export', '--only', 'friends'],
  ['schema', 'bogus'],
  ['audit', 'export', '--rules', 'strict', '--classifier', 'mine.js'],
  ['--lang', 'de', '--help'],
  ['--lang=fr', 'audit', '--help'],
];

async function transcript(env: Record<string, string>): Promise<string> {
  const parts: string[] = [];
  for (const args of RUNS) {
    const run = await netprune([...args], { env });
    parts.push(`$ netprune ${args.join(' ')}\n[exit ${run.code}]\n--- stdout\n${run.stdout}--- stderr\n${run.stderr}`);
  }
  return parts.join('\n');
}

describe('help and usage errors', () => {
  it('in English: every --help, the listing, the version and commander’s errors with their suggestions', async () => {
    await expect(await transcript({ LANG: 'C' })).toMatchFileSnapshot('__snapshots__/help.en.txt');
  });

  it('in French: the same, said in French', async () => {
    await expect(await transcript({ LANG: 'fr_FR.UTF-8' })).toMatchFileSnapshot('__snapshots__/help.fr.txt');
  });

  it('a command’s help lists its own options only, and the listing every command with its arguments', async () => {
    const audit = (await netprune(['audit', '--help'])).stdout;
    expect(audit).toContain('--max-strangers <N|N%>');
    expect(audit).not.toContain('--only <label>');
    const listing = (await netprune(['--help'])).stdout;
    expect(listing).toMatch(/^ {2}explain \[options\] <path> <who\.\.\.> /m);
    expect(listing).toMatch(/^ {2}rules {2,}list the built-in rule sets$/m);
  });
});
