import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Argument, Command, CommanderError } from 'commander';
import type { Io } from './util/io.js';
import { AUDIT, addOptions, DIFF, EXPLAIN, INVITATIONS, type OptionsOf, PRUNE_LIST, REVIEW, SCHEMA_NAMES, SUGGEST } from './command-options.js';
import { errorLine, EXIT, internalErrorText, isKnownError } from './errors.js';
import { guardedStream } from './report/emit/guard.js';
import { PACKAGE_ROOT } from './package-root.js';

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

const HELP_FOOTER = `
Examples:
  netprune audit Basic_LinkedInDataExport_11-20-2026.zip
  netprune audit export/ --json --max-strangers 40%
  netprune explain export.zip "Camille Lefèvre"

Exit codes: ${EXIT.ok} done, ${EXIT.threshold} a --max-* threshold exceeded, ${EXIT.input} usage or input error, ${EXIT.internal} internal error (please report it), ${EXIT.interrupted} interrupted.
netprune works offline: it never connects to LinkedIn or anywhere else.`;

/**
 * Every command is registered here and imported only when it runs, so `--help` stays
 * as quick as Node itself and prompts or zip code load only where used. Options come from
 * the tables in command-options.ts, which also give each command the type of its options.
 */
function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('netprune')
    .description('Audit a LinkedIn network from its data export: keep the people you would have a coffee with.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run netprune --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText('after', HELP_FOOTER);

  addOptions(
    program
      .command('audit')
      .description('label every connection known, weak-tie or stranger, and say why')
      .argument('<path>', 'the LinkedIn export: the zip, the unzipped folder, or Connections.csv'),
    AUDIT,
  ).action(async (path: string, options: OptionsOf<typeof AUDIT>) => {
    const { audit } = await import('./commands/audit.js');
    setExit(await audit(path, await withConfig(options, io, AUDIT), io));
  });

  addOptions(
    program
      .command('explain')
      .description('show the label, each reason and the raw evidence for one contact')
      .argument('<path>', 'the LinkedIn export')
      .argument('<who...>', 'a name (or part of it), the name and the company ("Eva Petit, Contoso"), or a profile URL'),
    EXPLAIN,
  ).action(async (path: string, who: string[], options: OptionsOf<typeof EXPLAIN>) => {
    const { explain } = await import('./commands/explain.js');
    setExit(await explain(path, who.join(' '), await withConfig(options, io, EXPLAIN), io));
  });

  addOptions(
    program
      .command('review')
      .description('go through strangers, then weak ties, one card at a time: keep, remove or skip with a single key')
      .argument('<path>', 'the LinkedIn export: the zip, the unzipped folder, or Connections.csv'),
    REVIEW,
  ).action(async (path: string, options: OptionsOf<typeof REVIEW>) => {
    const { review } = await import('./commands/review.js');
    setExit(await review(path, await withConfig(options, io, REVIEW), io));
  });

  addOptions(
    program
      .command('prune-list')
      .description('turn review decisions into something to act on: profile URLs, CSV, a Markdown checklist or an HTML page')
      .argument('<path>', 'the LinkedIn export to act on (the latest): only people still connected in it are listed'),
    PRUNE_LIST,
  ).action(async (path: string, options: OptionsOf<typeof PRUNE_LIST>) => {
    const { pruneList } = await import('./commands/prune-list.js');
    setExit(await pruneList(path, await withConfig(options, io, PRUNE_LIST), io));
  });

  addOptions(
    program
      .command('invitations')
      .description('list recent invitations with what netprune knows of each person, and a reply to paste for bare ones from strangers')
      .argument('<path>', 'the LinkedIn export'),
    INVITATIONS,
  ).action(async (path: string, options: OptionsOf<typeof INVITATIONS>) => {
    const { invitations } = await import('./commands/invitations.js');
    setExit(await invitations(path, await withConfig(options, io, INVITATIONS), io));
  });

  addOptions(
    program
      .command('suggest')
      .description('people the export shows you know who are not connections: who to invite, strongest evidence first')
      .argument('<path>', 'the LinkedIn export'),
    SUGGEST,
  ).action(async (path: string, options: OptionsOf<typeof SUGGEST>) => {
    const { suggest } = await import('./commands/suggest.js');
    setExit(await suggest(path, await withConfig(options, io, SUGGEST), io));
  });

  addOptions(
    program
      .command('diff')
      .description('compare two exports: connections added and removed, labels that changed, removals still to do')
      .argument('<older>', 'the earlier export')
      .argument('<newer>', 'the later export'),
    DIFF,
  ).action(async (older: string, newer: string, options: OptionsOf<typeof DIFF>) => {
    const { diff } = await import('./commands/diff.js');
    setExit(await diff(older, newer, await withConfig(options, io, DIFF), io));
  });

  program
    .command('schema')
    .description('print the JSON Schema of a JSON output: the audit report unless another is named')
    .addArgument(new Argument('[name]', 'which schema').choices(SCHEMA_NAMES).default('audit'))
    .action(async (name: (typeof SCHEMA_NAMES)[number]) => {
      const { printSchema } = await import('./commands/schema.js');
      setExit(await printSchema(name, io));
    });

  const rules = program.command('rules').description('list the built-in rule sets');
  rules.action(async () => {
    const { listRules } = await import('./commands/rules.js');
    setExit(await listRules(io));
  });
  rules
    .command('check')
    .description('validate a rule file')
    .argument('<file>', 'a rule-set JSON file')
    .action(async (file: string) => {
      const { checkRules } = await import('./commands/rules.js');
      setExit(await checkRules(file, io));
    });

  return program;
}

/** The config file's settings under a command's flags; imported only by the commands that read it. */
async function withConfig<T extends object>(options: T, io: Io, table: object): Promise<T> {
  const { withConfig: apply } = await import('./config/apply.js');
  return apply(options, io, table);
}

/** Runs netprune with these arguments; returns the exit code. Never throws. */
export async function run(argv: string[], unguarded: Io): Promise<number> {
  // Every byte a command prints passes the output guard (report/emit/guard.ts), whatever path it takes.
  const io: Io = { ...unguarded, stdout: guardedStream(unguarded.stdout), stderr: guardedStream(unguarded.stderr) };
  let code: number = EXIT.ok;
  const program = createProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with code 0; usage mistakes are exit code 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (isKnownError(error)) {
      io.stderr.write(errorLine(error));
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(internalErrorText(detail));
    return EXIT.internal;
  }
}
