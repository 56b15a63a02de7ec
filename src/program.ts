import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Argument, Command, CommanderError, Help, Option } from 'commander';
import type { Io } from './util/io.js';
import {
  AUDIT,
  addOptions,
  DECIDE,
  DIFF,
  EXPLAIN,
  INVITATIONS,
  type OptionsOf,
  type Spec,
  PREDICT,
  PRUNE_LIST,
  REVIEW,
  SCHEMA_NAMES,
  SUGGEST,
} from './command-options.js';
import { errorLine, EXIT, isKnownError } from './errors.js';
import { internalErrorText } from './internal-error.js';
import { sayCommanderError } from './commander-errors.js';
import { guardedStream } from './report/emit/guard.js';
import { PACKAGE_ROOT } from './package-root.js';
import { type Language, LANGUAGES, resolveLanguage } from './i18n/language.js';
import { configLanguage } from './config/locate.js';
import { commandIndex } from './command-word.js';
import { createTranslator, loadLanguage, type Message, type Translator } from './i18n/translator.js';

const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

/** Commands to type: the same in every language. */
const EXAMPLES = `
  netprune audit Basic_LinkedInDataExport_11-20-2026.zip
  netprune audit export/ --json --max-strangers 40%
  netprune explain export.zip "Camille Lefèvre"`;

const helpFooter = (t: Translator) => `\n${t('help.examples')}${EXAMPLES}\n\n${t('help.exitCodes', { ...EXIT })}\n${t('help.offline')}`;

/** Commander's own headings, said in the language. */
const HELP_TITLES: Readonly<Record<string, 'help.usage' | 'help.arguments' | 'help.options' | 'help.commands' | 'help.globalOptions'>> = {
  'Usage:': 'help.usage',
  'Arguments:': 'help.arguments',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Global Options:': 'help.globalOptions',
};

/** Commander wraps at any white space, U+202F too: French would leave a lone `:` at the start of a line. */
function keepNarrowSpaces(this: Help, text: string, width: number): string {
  return Help.prototype.boxWrap.call(this, text.replaceAll('\u202F', '\uE000'), width).replaceAll('\uE000', '\u202F');
}

/** Commander's `(choices: …, default: …)` after a description, said in the language; the values stay as they are typed. */
function helpExtras(choices: readonly string[] | undefined, fallback: unknown, t: Translator): string {
  const extras = [
    ...(choices === undefined ? [] : [t('help.choices', { choices: choices.map((choice) => JSON.stringify(choice)).join(', ') })]),
    ...(fallback === undefined ? [] : [t('help.default', { value: JSON.stringify(fallback) })]),
  ];
  return extras.length === 0 ? '' : ` (${extras.join(', ')})`;
}

/** `--lang` as typed, read before commander parses, so that --help is in that language too; commander rejects a bad value. */
function langFlag(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length && argv[i] !== '--'; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined) return LANGUAGES.find((language) => language === value);
  }
  return undefined;
}

/** What a command's declaration needs of the run. */
interface Run {
  readonly program: Command;
  readonly io: Io;
  readonly t: Translator;
  readonly setExit: (code: number) => void;
}

/**
 * A command that reads one export: its options from the table, the config file's settings under
 * them, and its module loaded only when it runs (so that `--help` loads none).
 */
const exportCommand =
  <S extends Record<string, Spec>>(
    name: string,
    description: Message,
    path: Message,
    specs: S,
    load: () => Promise<(path: string, options: OptionsOf<S>, io: Io, t: Translator) => Promise<number>>,
  ) =>
  ({ program, io, t, setExit }: Run) =>
    addOptions(program.command(name).description(t.message(description)).argument('<path>', t.message(path)), specs, t).action(
      async (exportPath: string, options: OptionsOf<S>) => {
        const command = await load();
        setExit(await command(exportPath, await withConfig(options, io, specs), io, t));
      },
    );

/**
 * Every command, in the order `--help` lists them: each declares itself on the program, and its
 * module is imported only when it runs, so that prompts or zip code load only where used. Options
 * come from the tables in command-options.ts, which also give each command the type of its options.
 */
const COMMANDS: Readonly<Record<string, (run: Run) => void>> = {
  audit: exportCommand('audit', { key: 'help.audit' }, { key: 'help.path' }, AUDIT, async () => (await import('./commands/audit.js')).audit),
  explain: ({ program, io, t, setExit }) =>
    addOptions(
      program.command('explain').description(t('help.explain')).argument('<path>', t('help.pathShort')).argument('<who...>', t('help.who')),
      EXPLAIN,
      t,
    ).action(async (path: string, who: string[], options: OptionsOf<typeof EXPLAIN>) => {
      const { explain } = await import('./commands/explain.js');
      setExit(await explain(path, who.join(' '), await withConfig(options, io, EXPLAIN), io, t));
    }),
  review: exportCommand('review', { key: 'help.review' }, { key: 'help.path' }, REVIEW, async () => (await import('./commands/review.js')).review),
  decide: exportCommand('decide', { key: 'help.decide' }, { key: 'help.pathShort' }, DECIDE, async () => (await import('./commands/decide.js')).decide),
  predict: exportCommand('predict', { key: 'help.predict' }, { key: 'help.pathShort' }, PREDICT, async () => (await import('./commands/predict.js')).predict),
  'prune-list': exportCommand(
    'prune-list',
    { key: 'help.pruneList' },
    { key: 'help.pruneListPath' },
    PRUNE_LIST,
    async () => (await import('./commands/prune-list.js')).pruneList,
  ),
  invitations: exportCommand(
    'invitations',
    { key: 'help.invitations' },
    { key: 'help.pathShort' },
    INVITATIONS,
    async () => (await import('./commands/invitations.js')).invitations,
  ),
  suggest: exportCommand('suggest', { key: 'help.suggest' }, { key: 'help.pathShort' }, SUGGEST, async () => (await import('./commands/suggest.js')).suggest),
  diff: ({ program, io, t, setExit }) =>
    addOptions(program.command('diff').description(t('help.diff')).argument('<older>', t('help.older')).argument('<newer>', t('help.newer')), DIFF, t).action(
      async (older: string, newer: string, options: OptionsOf<typeof DIFF>) => {
        const { diff } = await import('./commands/diff.js');
        setExit(await diff(older, newer, await withConfig(options, io, DIFF), io, t));
      },
    ),
  schema: ({ program, io, t, setExit }) =>
    program
      .command('schema')
      .description(t('help.schema'))
      .addArgument(new Argument('[name]', t('help.schemaName')).choices(SCHEMA_NAMES).default('audit'))
      .action(async (name: (typeof SCHEMA_NAMES)[number]) => {
        const { printSchema } = await import('./commands/schema.js');
        setExit(await printSchema(name, io));
      }),
  rules: ({ program, io, t, setExit }) => {
    const rules = program.command('rules').description(t('help.rules'));
    rules.action(async () => {
      const { listRules } = await import('./commands/rules.js');
      setExit(await listRules(io, t));
    });
    rules
      .command('check')
      .description(t('help.rulesCheck'))
      .argument('<file>', t('help.ruleFile'))
      .action(async (file: string) => {
        const { checkRules } = await import('./commands/rules.js');
        setExit(await checkRules(file, io, t));
      });
  },
};

/**
 * The one command a run needs declared: the command it names first (after `--lang`), or the one
 * `help` is asked about. undefined, all of them: the listing of `--help` and `help`, and the
 * mistakes whose "Did you mean…?" is chosen among every command. Declaring one instead of all
 * (their options described in the language) is a part of how quickly `netprune <command>` starts.
 */
function commandAsked(argv: readonly string[]): string | undefined {
  const i = commandIndex(argv);
  const word = argv[i] === 'help' ? argv[i + 1] : argv[i];
  return word !== undefined && Object.hasOwn(COMMANDS, word) ? word : undefined;
}

/** The program, with the command `argv` runs declared, or every command when it runs none of them. */
function createProgram(argv: readonly string[], io: Io, setExit: (code: number) => void, t: Translator): Command {
  const program = new Command('netprune')
    .description(t('help.program'))
    .version(version, '-V, --version', t('help.version'))
    .helpOption('-h, --help', t('help.help'))
    .helpCommand('help [command]', t('help.help'))
    .configureHelp({
      styleTitle: (title) => (HELP_TITLES[title] === undefined ? title : t(HELP_TITLES[title])),
      boxWrap: keepNarrowSpaces,
      optionDescription: (option) => option.description + helpExtras(option.argChoices, option.isBoolean() ? undefined : option.defaultValue, t),
      argumentDescription: (argument) => argument.description + helpExtras(argument.argChoices, argument.defaultValue, t),
    })
    .showHelpAfterError(t('help.afterError'))
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(sayCommanderError(s, t)),
    })
    .exitOverride()
    .addHelpText('after', helpFooter(t))
    .addOption(new Option('--lang <language>', t('help.lang')).choices(LANGUAGES));
  const asked = commandAsked(argv);
  for (const [name, declare] of Object.entries(COMMANDS)) if (asked === undefined || name === asked) declare({ program, io, t, setExit });
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
  // Copied with its getters: cli.ts makes the terminal's input only when a command reads it.
  const io: Io = Object.defineProperties({} as Io, {
    ...Object.getOwnPropertyDescriptors(unguarded),
    stdout: { value: guardedStream(unguarded.stdout), enumerable: true, writable: true },
    stderr: { value: guardedStream(unguarded.stderr), enumerable: true, writable: true },
  });
  let code: number = EXIT.ok;
  // --lang, then the config file's "lang", then the locale. The file is read only when --lang is not given.
  const flag = langFlag(argv);
  const language = resolveLanguage({ flag, config: flag === undefined ? await configLanguage(io) : undefined, env: io.env });
  await loadLanguage(language);
  const t = createTranslator(language);
  const program = createProgram(argv, io, (c) => (code = c), t);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version "fail" with code 0; usage mistakes are exit code 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (isKnownError(error)) {
      io.stderr.write(errorLine(error, t));
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(internalErrorText(detail));
    return EXIT.internal;
  }
}
