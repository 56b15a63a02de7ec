import { z } from 'zod';
import { LABELS } from '../plugin-api.js';
import { SIGNALS, SIGNAL_NAMES, type NumberSignal, type BooleanSignal } from './signals.js';
import { MAX_PHRASE_LENGTH, TEXTS, TEXT_NAMES, hasWords, type TextName } from './texts.js';
import { checkTemplate } from './template.js';
import { suggest } from './issues.js';

/** Skip "empty" checks on an object whose only keys were unknown: that error was already reported. */
const cleanSoFar = (payload: z.core.ParsePayload): boolean => payload.issues.length === 0;

const comparisonSchema = z
  .strictObject({ gte: z.number(), gt: z.number(), lte: z.number(), lt: z.number(), eq: z.number() })
  .partial()
  .refine((c) => Object.keys(c).length > 0, { message: 'a comparison needs at least one of gte, gt, lte, lt, eq', when: cleanSoFar })
  .meta({ description: 'Every given bound must hold: { "gte": 1, "lt": 10 }' });
export type Comparison = z.infer<typeof comparisonSchema>;

const numberTestSchema = z.union([z.number(), comparisonSchema], {
  error: (issue) => (issue.code === 'invalid_union' ? 'expected a number or a comparison such as { "gte": 1 }' : undefined),
});

const phraseSchema = z
  .string()
  .max(MAX_PHRASE_LENGTH)
  .refine(hasWords, { message: 'a phrase needs at least one letter or digit' })
  .meta({ description: 'A word or several, matched as whole words, case and accents aside' });

const textTestSchema = z
  .strictObject({ anyOf: z.array(phraseSchema).min(1) })
  .meta({ description: 'Holds when the text contains any of these words or phrases: { "anyOf": ["recruiter", "talent acquisition"] }' });
export type TextTest = z.infer<typeof textTestSchema>;

/** A test on one signal: `true`/`false` for a yes/no signal; a number (equality) or a comparison for a count. */
type SignalTests = { [K in NumberSignal]?: number | Comparison } & { [K in BooleanSignal]?: boolean } & { [K in TextName]?: TextTest };

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
      error: (issue) => {
        if (issue.code !== 'unrecognized_keys') return undefined;
        return issue.keys
          .map((key) => {
            const hint = suggest(key, CONDITION_KEYS);
            return `unknown signal "${key}"${hint === undefined ? '' : ` (did you mean "${hint}"?)`}`;
          })
          .join('; ');
      },
    },
  )
  .refine((c) => Object.keys(c).length > 0, {
    message: 'an empty condition: test at least one signal, or use all, any or not',
    when: cleanSoFar,
  })
  .meta({ id: 'condition', description: 'Signal tests (all must hold) and the combinators all, any, not' }) as z.ZodType<Condition>;

const ruleIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes, like "two-way"')
  .meta({ description: 'Unique in the file; reported with each verdict' });

const reasonSchema = z
  .string()
  .min(1)
  .superRefine((template, ctx) => {
    for (const message of checkTemplate(template)) ctx.addIssue({ code: 'custom', message, input: template });
  })
  .meta({ description: 'Sentence citing the evidence: {messages}, {lastMessage}, {messages:message|messages} …' });

/** JSON has no comments; `$comment` (the JSON Schema convention) holds an author's why. Ignored by netprune. */
const comment = z.string().optional().meta({ description: 'A note for readers of the file; ignored' });

const outcome = {
  $comment: comment,
  id: ruleIdSchema,
  label: z.enum(LABELS),
  reason: reasonSchema,
  score: z.number().min(0).max(1).optional().meta({ description: 'Defaults to 1 known, 0.5 weak-tie, 0 stranger' }),
};

const ruleSchema = z.strictObject({ ...outcome, when: conditionSchema });
export type Rule = z.infer<typeof ruleSchema>;

export const ruleSetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    $comment: comment,
    description: z.string().min(1),
    rules: z.array(ruleSchema).meta({ description: 'Tried in order; the first whose `when` holds decides' }),
    otherwise: z.strictObject(outcome).meta({ description: 'The verdict when no rule matches' }),
  })
  .superRefine((ruleSet, ctx) => {
    const seen = new Map<string, number>();
    ruleSet.rules.forEach((rule, index) => {
      const first = seen.get(rule.id);
      if (first === undefined) seen.set(rule.id, index);
      else ctx.addIssue({ code: 'custom', path: ['rules', index, 'id'], message: `duplicate rule id "${rule.id}" (also rules.${first}.id)` });
    });
    const first = seen.get(ruleSet.otherwise.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['otherwise', 'id'], message: `duplicate rule id "${ruleSet.otherwise.id}" (also rules.${first}.id)` });
    }
  });
export type RuleSet = z.infer<typeof ruleSetSchema>;

/** JSON Schema for rule-set files, for `netprune schema rule-set` and editors (`"$schema"`). */
export const ruleSetJsonSchema = (): Record<string, unknown> => z.toJSONSchema(ruleSetSchema, { io: 'input' });
