import * as z from 'zod';
import { classifierSchema, count, inputSchema, isoDateTime, labelSchema, NETWORK_SCHEMA_VERSION } from '../network/report-base.js';

/** One undecided contact: what the person's own decisions so far say they would decide, how sure, and why. */
const predictionSchema = z.object({
  url: z.string().nullable().describe('normalised profile URL; null where the export has none'),
  firstName: z.string(),
  lastName: z.string(),
  company: z.string(),
  position: z.string(),
  label: labelSchema.describe('the rule set\u2019s label, one of the things the model learns from'),
  reason: z
    .object({ rule: z.string(), detail: z.string() })
    .nullable()
    .describe('the strongest evidence behind the label: its first reason; null when the classifier gave none'),
  decision: z
    .enum(['keep', 'remove', 'unsure'])
    .describe('unsure: the model leans below 0.55 (near-even), or toward removing someone you know below 0.98 (you-know-them)'),
  unsure: z.enum(['near-even', 'you-know-them']).nullable().describe('why the decision is unsure; null when it is keep or remove'),
  leaning: z.enum(['keep', 'remove']).describe('the way the model leans, even when unsure'),
  confidence: z.number().min(0.5).max(1).describe('calibrated probability of `leaning`: of the predictions made at 0.9, about 90 % agree with the person'),
  because: z.array(z.string()).min(1).max(3).describe('the features that pushed hardest toward `leaning`, job-title and company words as written'),
});

/** `netprune predict --json`: surest first. */
export const predictReportSchema = z.object({
  schemaVersion: z.literal(NETWORK_SCHEMA_VERSION),
  generatedAt: isoDateTime.describe('from SOURCE_DATE_EPOCH when set'),
  input: inputSchema,
  classifier: classifierSchema,
  learnedFrom: count.describe('keep and remove decisions the model learnt from (batches it proposed itself are not among them)'),
  summary: z.object({
    undecided: count,
    keep: count,
    remove: count,
    unsure: count.describe('near-even, and people you know the model is not sure enough to remove'),
    youKnowThem: count.describe('of the unsure: people you know the model leans toward removing below 0.98'),
    atLeast90: count.describe('keep and remove predictions at confidence 0.9 or more'),
  }),
  predictions: z.array(predictionSchema),
});

export type PredictReport = z.infer<typeof predictReportSchema>;
export type PredictionRow = z.infer<typeof predictionSchema>;
