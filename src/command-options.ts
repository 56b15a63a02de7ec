import { type Command, Option } from 'commander';
import { PRUNE_FORMATS } from './report/prune-list.js';
import { ONLY, ORDERS } from './review/queue.js';

/**
 * Every command's options, defined once: program.ts registers them from these tables, and each
 * command's option type is derived from its table (OptionsOf), so the two cannot drift apart.
 * Keys are commander's camelCase of the long flag.
 */
interface Spec {
  readonly flags: string;
  readonly description: string;
  readonly takes: 'flag' | 'value';
  readonly choices?: readonly string[];
  readonly default?: string;
  readonly conflicts?: string;
}

const flag = (flags: string, description: string) => ({ flags, description, takes: 'flag' }) as const;
const value = (flags: string, description: string, more: Pick<Spec, 'conflicts'> = {}) => ({ flags, description, takes: 'value', ...more }) as const;
const choice = <const C extends readonly string[]>(flags: string, description: string, choices: C, more: Pick<Spec, 'default' | 'conflicts'> = {}) =>
  ({ flags, description, takes: 'value', choices, ...more }) as const;

/** The option values a command receives: a boolean for a flag, one of the choices, or the string given. */
export type OptionsOf<T extends Record<string, Spec>> = {
  [K in keyof T]?: T[K] extends { takes: 'flag' } ? boolean : T[K] extends { choices: readonly (infer C)[] } ? C : string;
};

/** What may be written to --format of `audit`, beside --json and the default text. */
export const TABLE_FORMATS = ['csv', 'md', 'html'] as const;
/** The JSON Schemas `netprune schema` prints. */
export const SCHEMA_NAMES = ['audit', 'invitations', 'suggest', 'diff', 'predict', 'decisions', 'rule-set', 'config'] as const;

const json = (what: string) => flag('--json', `write ${what} as JSON (see \`netprune schema\`); nothing else goes to stdout`);
const out = value('-o, --out <file>', 'write to this file instead of stdout (never over the export or the decisions file)');
const me = value('--me <profile-url>', 'your own profile URL, if netprune finds the wrong owner');
const state = value('--state <file>', 'the decisions file (default: netprune-decisions.json beside the export)');

const CLASSIFIER = {
  rules: value('--rules <name|path>', 'rule set: a built-in name (see `netprune rules`) or a rule file', { conflicts: 'classifier' }),
  classifier: value('--classifier <module>', 'your own classifier module (see docs/plugins.md)'),
  pluginTimeout: value('--plugin-timeout <seconds>', 'stop a --classifier plugin that takes longer than this on one contact (default: 2)'),
  pluginTotalTimeout: value('--plugin-total-timeout <seconds>', 'stop a --classifier plugin that takes longer than this in all (default: 300)'),
  debug: flag('--debug', "with a plugin's error, print its stack"),
  me,
} as const;

export const AUDIT = {
  ...CLASSIFIER,
  json: json('the report'),
  format: choice('--format <format>', 'csv or md: the contact list with labels and reasons; html: a page with charts (use with --out)', TABLE_FORMATS),
  out,
  maxStrangers: value('--max-strangers <N|N%>', 'exit with code 1 when there are more strangers than this'),
  maxWeakTies: value('--max-weak-ties <N|N%>', 'exit with code 1 when there are more weak ties than this'),
} as const;

export const EXPLAIN = {
  ...CLASSIFIER,
  pick: value('--pick <n>', 'of several connections that match, the one with this number in their list'),
  json: json('the audit report of the matching contacts (or the one picked)'),
  out,
} as const;

export const REVIEW = {
  ...CLASSIFIER,
  only: choice('--only <label>', 'review only these (default: strangers, then weak ties)', ONLY),
  order: choice('--order <order>', 'order within each label; unsure: the cards netprune is least sure of first, whatever the label', ORDERS, {
    default: 'oldest',
  }),
  redo: flag('--redo', 'also ask again about people already kept or removed'),
  state,
} as const;

export const DECIDE = {
  keep: value('--keep <file>', 'keep the people this file lists, one per line: a profile URL, a name, or "Name @ Company" (- reads stdin)'),
  remove: value('--remove <file>', 'remove the people this file lists, one per line, the same way'),
  skip: value('--skip <file>', 'skip the people this file lists: asked again at the end of the next review'),
  state,
  me,
} as const;

export const PREDICT = {
  ...CLASSIFIER,
  state,
  json: json('the predictions'),
  out,
} as const;

export const PRUNE_LIST = {
  format: choice('--format <format>', 'urls: one profile URL per line; csv; md: a checklist; html: a page with done boxes', PRUNE_FORMATS, { default: 'urls' }),
  include: choice('--include <decision>', 'also list the people you kept', ['keep'] as const),
  state,
  out,
  me,
} as const;

export const INVITATIONS = {
  ...CLASSIFIER,
  json: json('the invitations'),
  out,
  template: value('--template <file>', 'your own reply: a text file using {firstName}, {lastName}, {fullName}, {myFirstName}'),
} as const;

export const SUGGEST = {
  json: json('the suggestions'),
  out,
  me,
} as const;

export const DIFF = {
  ...CLASSIFIER,
  json: json('the comparison'),
  out,
  state: value('--state <file>', 'the decisions file `netprune review` wrote: shows who you marked for removal and is still connected'),
  failOnPending: flag('--fail-on-pending', 'exit with code 1 when people marked for removal are still connected (needs --state)'),
} as const;

/** Registers a table's options on a command. */
export function addOptions(command: Command, specs: Record<string, Spec>): Command {
  for (const spec of Object.values(specs)) {
    const option = new Option(spec.flags, spec.description);
    if (spec.choices !== undefined) option.choices(spec.choices);
    if (spec.default !== undefined) option.default(spec.default);
    if (spec.conflicts !== undefined) option.conflicts(spec.conflicts);
    command.addOption(option);
  }
  return command;
}
