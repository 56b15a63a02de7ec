import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { Io } from './util/io.js';
import { errorLine, internalErrorText, isKnownError } from './errors.js';
import { PACKAGE_ROOT } from './package-root.js';

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

/** Exit codes, as documented in the README. */
const EXIT = { ok: 0, threshold: 1, input: 2, interrupted: 130, internal: 70 } as const;

const HELP_FOOTER = `
Examples:
  netprune audit Basic_LinkedInDataExport_11-20-2026.zip
  netprune audit export/ --json --max-strangers 40%
  netprune explain export.zip "Camille Lefèvre"

Exit codes: 0 done, 1 a --max-* threshold exceeded, 2 usage or input error, 130 interrupted.
netprune works offline: it never connects to LinkedIn or anywhere else.`;

interface ClassifierOptions {
  rules?: string;
  classifier?: string;
  me?: string;
}

/**
 * Every command is registered here and imported only when it runs, so `--help` stays
 * as quick as Node itself and prompts or zip code load only where used.
 */
function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('netprune')
    .description('Audit a LinkedIn network from its data export: keep the people you would have a coffee with.')
    .version(version, '-V, --version')
    .showHelpAfterError('(run netprune --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText('after', HELP_FOOTER);

  const withClassifier = (command: Command) =>
    command
      .addOption(new Option('--rules <name|path>', 'rule set: a built-in name (see `netprune rules`) or a rule file').conflicts('classifier'))
      .option('--classifier <module>', 'your own classifier module (see the README)')
      .option('--me <profile-url>', 'your own profile URL, if netprune finds the wrong owner');

  withClassifier(
    program
      .command('audit')
      .description('label every connection known, weak-tie or stranger, and say why')
      .argument('<path>', 'the LinkedIn export: the zip, the unzipped folder, or Connections.csv')
      .option('--json', 'write the report as JSON (see `netprune schema`); nothing else goes to stdout')
      .option('--format <csv|md>', 'write the contact list with labels and reasons as CSV or Markdown')
      .option('-o, --out <file>', 'write the report to a file instead of stdout')
      .option('--max-strangers <N|N%>', 'exit with code 1 when there are more strangers than this')
      .option('--max-weak-ties <N|N%>', 'exit with code 1 when there are more weak ties than this'),
  ).action(async (path: string, options: ClassifierOptions) => {
    const { audit } = await import('./commands/audit.js');
    setExit(await audit(path, options, io));
  });

  withClassifier(
    program
      .command('explain')
      .description('show the label, each reason and the raw evidence for one contact')
      .argument('<path>', 'the LinkedIn export')
      .argument('<who...>', 'a name (or part of it), the name and the company ("Eva Petit, Contoso"), or a profile URL')
      .option('--pick <n>', 'of several connections that match, the one with this number in their list'),
  ).action(async (path: string, who: string[], options: ClassifierOptions & { pick?: string }) => {
    const { explain } = await import('./commands/explain.js');
    setExit(await explain(path, who.join(' '), options, io));
  });

  withClassifier(
    program
      .command('review')
      .description('go through strangers, then weak ties, one card at a time: keep, remove or skip with a single key')
      .argument('<path>', 'the LinkedIn export: the zip, the unzipped folder, or Connections.csv')
      .addOption(
        new Option('--only <label>', 'review only these: stranger, weak-tie, known or all (default: strangers, then weak ties)').choices([
          'stranger',
          'weak-tie',
          'known',
          'all',
        ]),
      )
      .addOption(new Option('--order <order>', 'order within each label').choices(['oldest', 'newest', 'name', 'company']).default('oldest'))
      .option('--redo', 'also ask again about people already kept or removed')
      .option('--state <file>', 'the decisions file (default: netprune-decisions.json beside the export)'),
  ).action(async (path: string, options: ClassifierOptions & { only?: string; order?: string; redo?: boolean; state?: string }) => {
    const { review } = await import('./commands/review.js');
    setExit(await review(path, options, io));
  });

  program
    .command('prune-list')
    .description('turn review decisions into something to act on: profile URLs, CSV, a Markdown checklist or an HTML page')
    .argument('<path>', 'the LinkedIn export to act on (the latest): only people still connected in it are listed')
    .addOption(
      new Option('--format <format>', 'urls: one profile URL per line; csv; md: a checklist; html: a page with done boxes')
        .choices(['urls', 'csv', 'md', 'html'])
        .default('urls'),
    )
    .addOption(new Option('--include <decision>', 'also list the people you kept').choices(['keep']))
    .option('--state <file>', 'the decisions file (default: netprune-decisions.json beside the export)')
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('--me <profile-url>', 'your own profile URL, if netprune finds the wrong owner')
    .action(async (path: string, options: { format?: string; include?: string; state?: string; out?: string; me?: string }) => {
      const { pruneList } = await import('./commands/prune-list.js');
      setExit(await pruneList(path, options, io));
    });

  withClassifier(
    program
      .command('invitations')
      .description('list recent invitations with what netprune knows of each person, and a reply to paste for bare ones from strangers')
      .argument('<path>', 'the LinkedIn export')
      .option('--json', 'write the invitations as JSON; nothing else goes to stdout')
      .addOption(
        new Option('--lang <language>', 'language of the replies (default: from LC_ALL, LC_MESSAGES or LANG)').choices(['en', 'fr']).conflicts('template'),
      )
      .option('--template <file>', 'your own reply: a text file using {firstName}, {lastName}, {fullName}, {myFirstName}'),
  ).action(async (path: string, options: ClassifierOptions & { json?: boolean; lang?: string; template?: string }) => {
    const { invitations } = await import('./commands/invitations.js');
    setExit(await invitations(path, options, io));
  });

  program
    .command('suggest')
    .description('people the export shows you know who are not connections: who to invite, strongest evidence first')
    .argument('<path>', 'the LinkedIn export')
    .option('--json', 'write the suggestions as JSON; nothing else goes to stdout')
    .option('--me <profile-url>', 'your own profile URL, if netprune finds the wrong owner')
    .action(async (path: string, options: { me?: string; json?: boolean }) => {
      const { suggest } = await import('./commands/suggest.js');
      setExit(await suggest(path, options, io));
    });

  withClassifier(
    program
      .command('diff')
      .description('compare two exports: connections added and removed, labels that changed, removals still to do')
      .argument('<older>', 'the earlier export')
      .argument('<newer>', 'the later export')
      .option('--json', 'write the comparison as JSON; nothing else goes to stdout')
      .option('--state <file>', 'the decisions file `netprune review` wrote: shows who you marked for removal and is still connected')
      .option('--fail-on-pending', 'exit with code 1 when people marked for removal are still connected (needs --state)'),
  ).action(async (older: string, newer: string, options: ClassifierOptions & { json?: boolean; state?: string; failOnPending?: boolean }) => {
    const { diff } = await import('./commands/diff.js');
    setExit(await diff(older, newer, options, io));
  });

  program
    .command('schema')
    .description('print the JSON Schema of the audit --json report')
    .action(async () => {
      const { printSchema } = await import('./commands/schema.js');
      setExit(await printSchema(io));
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

/** Runs netprune with these arguments; returns the exit code. Never throws. */
export async function run(argv: string[], io: Io): Promise<number> {
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
