import * as z from 'zod';
import type { Message } from '../i18n/translator.js';
import { LABELS } from '../plugin-api.js';
import { SIGNALS, SIGNAL_NAMES, type NumberSignal, type BooleanSignal } from './signals.js';
import { MAX_PHRASE_LENGTH, TEXTS, TEXT_NAMES, hasWords, type TextName } from './texts.js';
import { checkTemplate } from './template.js';
import { expectedWord, issueText, quoted, show, suggest } from './issues.js';

/** Skip "empty" checks on an object whose only keys were unknown: that error was already reported. */
const cleanSoFar = (payload: z.core.ParsePayload): boolean => payload.issues.length === 0;

/** `"$recentYears"`: a number the rule set names, with a default, that the config file may change. */
export const PARAMETER_REF = /^\$([a-z][A-Za-z0-9]*)$/;
const parameterRefSchema = z
  .string()
  .regex(PARAMETER_REF, { error: (issue) => issueText({ key: 'issue.parameterRef', values: { got: show(issue.input) } }) })
  .meta({ description: 'A parameter of the rule set: "$" and its name' });
const bound = z.union([z.number(), parameterRefSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? issueText({ key: 'issue.parameterRef', values: { got: show(issue.input) } }) : undefined),
});

const comparisonSchema = z
  .strictObject({ gte: bound, gt: bound, lte: bound, lt: bound, eq: bound })
  .partial()
  .refine((c) => Object.keys(c).length > 0, { message: issueText({ key: 'issue.comparisonEmpty' }), when: cleanSoFar })
  .meta({ description: 'Every given bound must hold: { "gte": 1, "lt": 10 }; a bound may be a parameter, "$name"' });
export type Comparison = z.infer<typeof comparisonSchema>;

const numberTestSchema = z.union([z.number(), parameterRefSchema, comparisonSchema], {
  error: (issue) =>
    issue.code === 'invalid_union' ? issueText({ key: 'issue.numberTest', values: { example: '{ "gte": 1 }', got: show(issue.input) } }) : undefined,
});

const phraseSchema = z
  .string()
  .max(MAX_PHRASE_LENGTH)
  .refine(hasWords, { message: issueText({ key: 'issue.phraseWords' }) })
  .meta({ description: 'A word or several, matched as whole words, case and accents aside' });

const textTestSchema = z
  .strictObject({ anyOf: z.array(phraseSchema).min(1) })
  .meta({ description: 'Holds when the text contains any of these words or phrases: { "anyOf": ["recruiter", "talent acquisition"] }' });
export type TextTest = z.infer<typeof textTestSchema>;

/** A test on one signal: `true`/`false` for a yes/no signal; a number (equality) or a comparison for a count. */
type SignalTests = { [K in NumberSignal]?: number | string | Comparison } & { [K in BooleanSignal]?: boolean } & { [K in TextName]?: TextTest };

/** Several keys: all must hold. A null (unknown) signal satisfies no test, so `not` of such a test holds. */
export type Condition = SignalTests & { all?: Condition[]; any?: Condition[]; not?: Condition };

const signalShape = Object.fromEntries(
  SIGNAL_NAMES.map((name) => {
    const { type, description } = SIGNALS[name];
    return [name, (type === 'boolean' ? z.boolean() : numberTestSchema).optional().meta({ description })];
  }),
);

const textShape = Object.fromEntries(TEXT_NAMES.map((name) => [name, textTestSchema.optional().meta({ description: TEXTS[name].description })]));

const CONDITION_KEYS = [...SIGNAL_NAMES, ...TEXT_NAMES, 'all', 'any', 'not'];
const COMPARISON_KEYS: readonly string[] = ['gte', 'gt', 'lte', 'lt', 'eq'];

/** A key of a condition that is no signal: a bound written beside the signal rather than under it, or a likely typo. */
function unknownSignal(key: string): Message {
  const name = quoted(key);
  if (COMPARISON_KEYS.includes(key)) return { key: 'issue.comparisonOutside', values: { name, example: `{ "messages": { "${key}": 3 } }` } };
  const near = suggest(key, CONDITION_KEYS);
  return near === undefined ? { key: 'issue.unknownSignal', values: { name } } : { key: 'issue.unknownSignalNear', values: { name, near: quoted(near) } };
}

const conditionSchema: z.ZodType<Condition> = z
  .strictObject(
    {
      ...signalShape,
      ...textShape,
      get all() {
        return z.array(conditionSchema).min(1).optional().meta({ description: 'every condition holds' });
      },
      get any() {
        return z.array(conditionSchema).min(1).optional().meta({ description: 'at least one condition holds' });
      },
      get not() {
        return conditionSchema.optional().meta({ description: 'the condition does not hold' });
      },
    },
    {
      error: (issue) => (issue.code === 'unrecognized_keys' ? issueText(...issue.keys.map(unknownSignal)) : undefined),
    },
  )
  .refine((c) => Object.keys(c).length > 0, { message: issueText({ key: 'issue.emptyCondition' }), when: cleanSoFar })
  .meta({ id: 'condition', description: 'Signal tests (all must hold) and the combinators all, any, not' }) as z.ZodType<Condition>;

const ruleIdSchema = z
  .string({ error: (issue) => (issue.input === undefined ? issueText({ key: 'issue.ruleIdMissing' }) : undefined) })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: (issue) => issueText({ key: 'issue.ruleId', values: { got: show(issue.input) } }) })
  .meta({ description: 'Unique in the file; reported with each verdict' });

const templateSchema = z
  .string()
  .min(1)
  .superRefine((template, ctx) => {
    for (const message of checkTemplate(template)) ctx.addIssue({ code: 'custom', message: issueText(message), input: template });
  })
  .meta({ description: 'Sentence citing the evidence: {messages}, {lastMessage}, {messages:message|messages} …' });

const REASON_EXAMPLE = '{ "en": "…", "fr": "…" }';

const reasonSchema = z
  .union(
    [
      templateSchema,
      z.strictObject({ en: templateSchema.optional(), fr: templateSchema.optional() }).refine((r) => r.en !== undefined || r.fr !== undefined, {
        message: issueText({ key: 'issue.reasonNoLanguage', values: { example: REASON_EXAMPLE } }),
        when: cleanSoFar,
      }),
    ],
    {
      error: (issue) =>
        issue.code !== 'invalid_union'
          ? undefined
          : issueText(
              issue.input === undefined
                ? { key: 'issue.reasonMissing', values: { example: REASON_EXAMPLE } }
                : { key: 'issue.reason', values: { example: REASON_EXAMPLE, got: show(issue.input) } },
            ),
    },
  )
  .meta({
    description:
      'The sentence citing the evidence, or one per language: { "en": "…", "fr": "…" }. A sentence in one language is said in every language netprune speaks.',
  });
/** A rule's reason as a file gives it: one sentence for every language, or one per language. */
export type Reason = z.infer<typeof reasonSchema>;

/** JSON has no comments; `$comment` (the JSON Schema convention) holds an author's why. Ignored by netprune. */
const comment = z.string().optional().meta({ description: 'A note for readers of the file; ignored' });

const outcome = {
  $comment: comment,
  id: ruleIdSchema,
  label: z.enum(LABELS),
  reason: reasonSchema,
  score: z.number().min(0).max(1).optional().meta({ description: 'Defaults to 1 known, 0.5 weak-tie, 0 stranger' }),
};

const placement = {
  before: ruleIdSchema.optional().meta({ description: 'In a file that extends another: put this rule just before that rule of the base' }),
  after: ruleIdSchema.optional().meta({ description: 'In a file that extends another: put this rule just after that rule of the base' }),
};

const ruleSchema = z.strictObject({ ...outcome, when: conditionSchema, ...placement });
export type Rule = z.infer<typeof ruleSchema>;
const otherwiseSchema = z.strictObject(outcome).meta({ description: 'The verdict when no rule matches' });
type Outcome = z.infer<typeof otherwiseSchema>;

const parameterSchema = z.strictObject({
  default: z.number(),
  description: z.string().optional(),
});

/**
 * A rule-set file. On its own it has a description, rules and `otherwise`. With `extends` (a built-in
 * name or another file) it starts from that rule set: its rules replace the base's of the same id, or
 * are added (at the end, or `before`/`after` a base rule), `remove` drops base rules, and `description`
 * and `otherwise` replace the base's when given. compose.ts does the merge.
 */
export const ruleSetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    $comment: comment,
    extends: z.string().min(1).optional().meta({ description: 'A built-in rule set ("coffee-test") or a path ("./base.json", relative to this file)' }),
    description: z.string().min(1).optional().meta({ description: 'What the rule set means; required unless it extends another' }),
    parameters: z
      .record(z.string().regex(/^[a-z][A-Za-z0-9]*$/, issueText({ key: 'issue.parameterName' })), parameterSchema)
      .optional()
      .meta({ description: 'Numbers the rules cite as "$name", each with a default; the config file may set them' }),
    rules: z.array(ruleSchema).optional().meta({ description: 'Tried in order; the first whose `when` holds decides. Required unless it extends another' }),
    remove: z.array(ruleIdSchema).min(1).optional().meta({ description: 'In a file that extends another: ids of base rules to drop' }),
    otherwise: otherwiseSchema.optional().meta({ description: 'The verdict when no rule matches; required unless it extends another' }),
  })
  // Checked even when other parts of the file fail, so that one run lists every problem: its own keys are all it reads.
  .superRefine(
    (ruleSet, ctx) => {
      if (ruleSet.extends !== undefined) return;
      for (const [key, expected] of [
        ['description', 'string'],
        ['rules', 'array'],
        ['otherwise', 'object'],
      ] as const) {
        if (ruleSet[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: issueText({ key: 'issue.missingWithoutExtends', values: { expected: expectedWord(expected) } }),
          });
      }
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
  )
  .superRefine((ruleSet, ctx) => {
    if (ruleSet.extends === undefined) {
      if (ruleSet.remove !== undefined) ctx.addIssue({ code: 'custom', path: ['remove'], message: issueText({ key: 'issue.removeNeedsExtends' }) });
      ruleSet.rules?.forEach((rule, index) => {
        for (const key of ['before', 'after'] as const) {
          if (rule[key] !== undefined)
            ctx.addIssue({ code: 'custom', path: ['rules', index, key], message: issueText({ key: 'issue.placeNeedsExtends', values: { place: key } }) });
        }
      });
    }
    const seen = new Map<string, number>();
    (ruleSet.rules ?? []).forEach((rule, index) => {
      const first = seen.get(rule.id);
      if (first === undefined) seen.set(rule.id, index);
      else ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: duplicate(rule.id, first) });
      if (rule.before !== undefined && rule.after !== undefined)
        ctx.addIssue({ code: 'custom', path: ['rules', index], message: issueText({ key: 'issue.beforeOrAfter' }) });
    });
    const first = ruleSet.otherwise === undefined ? undefined : seen.get(ruleSet.otherwise.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['otherwise', 'id'], message: duplicate(ruleSet.otherwise!.id, first) });
    }
  });
export type RuleSetFile = z.infer<typeof ruleSetSchema>;

const duplicate = (id: string, first: number): string => issueText({ key: 'issue.duplicateRuleId', values: { id: quoted(id), other: `rules.${first}.id` } });

/** A rule set once its `extends` is resolved and its parameters bound: what compileRuleSet takes. */
export interface RuleSet {
  description: string;
  rules: Rule[];
  otherwise: Outcome;
}

/** JSON Schema for rule-set files, for `netprune schema rule-set` and editors (`"$schema"`). */
export const ruleSetJsonSchema = (): Record<string, unknown> => z.toJSONSchema(ruleSetSchema, { io: 'input' });
