import { type Command, Option } from 'commander';
import type { Message, Translator } from './i18n/translator.js';
import { PRUNE_FORMATS } from './report/prune-formats.js';
import { ONLY, ORDERS } from './review/queue-choices.js';

/**
 * Every command's options, defined once: program.ts registers them from these tables, and each
 * command's option type is derived from its table (OptionsOf), so the two cannot drift apart.
 * Keys are commander's camelCase of the long flag.
 */
export interface Spec {
  readonly flags: string;
  /** Said in the run's language when the options are registered (`--help`). */
  readonly description: Message;
  readonly takes: 'flag' | 'value';
  readonly choices?: readonly string[];
  readonly default?: string;
  readonly conflicts?: string;
}

type Described = Message['key'] & `option.${string}`;
const said = (key: Described): Message => ({ key }) as Message;
const flag = (flags: string, key: Described) => ({ flags, description: said(key), takes: 'flag' }) as const;
const value = (flags: string, key: Described, more: Pick<Spec, 'conflicts'> = {}) => ({ flags, description: said(key), takes: 'value', ...more }) as const;
const choice = <const C extends readonly string[]>(flags: string, key: Described, choices: C, more: Pick<Spec, 'default' | 'conflicts'> = {}) =>
  ({ flags, description: said(key), takes: 'value', choices, ...more }) as const;

/** The option values a command receives: a boolean for a flag, one of the choices, or the string given. */
export type OptionsOf<T extends Record<string, Spec>> = {
  [K in keyof T]?: T[K] extends { takes: 'flag' } ? boolean : T[K] extends { choices: readonly (infer C)[] } ? C : string;
};

/** What may be written to --format of `audit`, beside --json and the default text. */
export const TABLE_FORMATS = ['csv', 'md', 'html'] as const;
/** The JSON Schemas `netprune schema` prints. */
export const SCHEMA_NAMES = ['audit', 'invitations', 'suggest', 'diff', 'predict', 'decisions', 'rule-set', 'config'] as const;

const json = (key: Described) => flag('--json', key);
const out = value('-o, --out <file>', 'option.out');
const me = value('--me <profile-url>', 'option.me');
const state = value('--state <file>', 'option.state');

const CLASSIFIER = {
  rules: value('--rules <name|path>', 'option.rules', { conflicts: 'classifier' }),
  classifier: value('--classifier <module>', 'option.classifier'),
  pluginTimeout: value('--plugin-timeout <seconds>', 'option.pluginTimeout'),
  pluginTotalTimeout: value('--plugin-total-timeout <seconds>', 'option.pluginTotalTimeout'),
  debug: flag('--debug', 'option.debug'),
  me,
} as const;

export const AUDIT = {
  ...CLASSIFIER,
  json: json('option.json.audit'),
  format: choice('--format <format>', 'option.auditFormat', TABLE_FORMATS),
  out,
  maxStrangers: value('--max-strangers <N|N%>', 'option.maxStrangers'),
  maxWeakTies: value('--max-weak-ties <N|N%>', 'option.maxWeakTies'),
} as const;

export const EXPLAIN = {
  ...CLASSIFIER,
  pick: value('--pick <n>', 'option.pick'),
  json: json('option.json.explain'),
  out,
} as const;

export const REVIEW = {
  ...CLASSIFIER,
  only: choice('--only <label>', 'option.only', ONLY),
  order: choice('--order <order>', 'option.order', ORDERS, {
    default: 'oldest',
  }),
  redo: flag('--redo', 'option.redo'),
  state,
} as const;

export const DECIDE = {
  keep: value('--keep <file>', 'option.keep'),
  remove: value('--remove <file>', 'option.remove'),
  skip: value('--skip <file>', 'option.skip'),
  state,
  me,
} as const;

export const PREDICT = {
  ...CLASSIFIER,
  state,
  json: json('option.json.predict'),
  out,
} as const;

export const PRUNE_LIST = {
  format: choice('--format <format>', 'option.pruneFormat', PRUNE_FORMATS, { default: 'urls' }),
  include: choice('--include <decision>', 'option.include', ['keep'] as const),
  state,
  out,
  me,
} as const;

export const INVITATIONS = {
  ...CLASSIFIER,
  json: json('option.json.invitations'),
  out,
  template: {
    ...value('--template <file>', 'option.template'),
    description: { key: 'option.template', values: { placeholders: '{firstName}, {lastName}, {fullName}, {myFirstName}' } },
  },
} as const;

export const SUGGEST = {
  json: json('option.json.suggest'),
  out,
  me,
} as const;

export const DIFF = {
  ...CLASSIFIER,
  json: json('option.json.diff'),
  out,
  state: value('--state <file>', 'option.diffState'),
  failOnPending: flag('--fail-on-pending', 'option.failOnPending'),
} as const;

/** Registers a table's options on a command, described in `t`'s language. */
export function addOptions(command: Command, specs: Record<string, Spec>, t: Translator): Command {
  for (const spec of Object.values(specs)) {
    const option = new Option(spec.flags, t.message(spec.description));
    if (spec.choices !== undefined) option.choices(spec.choices);
    if (spec.default !== undefined) option.default(spec.default);
    if (spec.conflicts !== undefined) option.conflicts(spec.conflicts);
    command.addOption(option);
  }
  return command;
}
