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
  decision: z.enum(['keep', 'remove']),
  confidence: z.number().min(0.5).max(1).describe('calibrated: of the predictions made at 0.9, about 90 % agree with the person'),
  because: z.array(z.string()).min(1).max(3).describe('the features that pushed hardest toward the decision'),
});

/** `netprune predict --json`: surest first. */
export const predictReportSchema = z.object({
  schemaVersion: z.literal(NETWORK_SCHEMA_VERSION),
  generatedAt: isoDateTime.describe('from SOURCE_DATE_EPOCH when set'),
  input: inputSchema,
  classifier: classifierSchema,
  learnedFrom: count.describe('keep and remove decisions the model learnt from (batches it proposed itself are not among them)'),
  summary: z.object({ undecided: count, keep: count, remove: count, atLeast90: count.describe('predictions at confidence 0.9 or more') }),
  predictions: z.array(predictionSchema),
});

export type PredictReport = z.infer<typeof predictReportSchema>;
export type PredictionRow = z.infer<typeof predictionSchema>;
