import * as z from 'zod';
import { exportDateSchema } from './export-age.js';
import { LABELS } from '../plugin-api.js';
import { invitationWindowSchema } from '../network/invitation-window.js';

/**
 * The JSON report (`audit --json`). Every report is validated against this schema before it
 * is written, and `netprune schema` prints its JSON Schema. Bump SCHEMA_VERSION on any change
 * that is not a pure addition.
 */
export const SCHEMA_VERSION = 1;

const label = z.enum(LABELS);
/** Shared with contact-json.ts, which checks a contact as `contactSchema` does without zod's cost. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const isoDate = z.string().regex(ISO_DATE);
const isoDateTime = z.string().regex(ISO_DATE_TIME);

const evidenceSchema = z.object({
  messages: z.object({
    sent: z.number().int().nonnegative(),
    received: z.number().int().nonnegative(),
    twoWay: z.boolean(),
    conversations: z.number().int().nonnegative(),
    groupConversations: z.number().int().nonnegative(),
    groupMessages: z.number().int().nonnegative(),
    first: isoDateTime.nullable(),
    last: isoDateTime.nullable(),
  }),
  invitation: z.object({ direction: z.enum(['incoming', 'outgoing']), sentAt: isoDateTime.nullable(), withNote: z.boolean() }).nullable(),
  endorsements: z.object({ given: z.number().int().nonnegative(), received: z.number().int().nonnegative() }),
  recommendations: z.object({ given: z.number().int().nonnegative(), received: z.number().int().nonnegative() }),
  sharedEmployer: z.string().nullable(),
  addressBook: z.enum(['email', 'name']).nullable(),
  emailVisible: z.boolean(),
  yearsConnected: z.number().int().nonnegative().nullable(),
  closeness: z.number().min(0).max(1),
});

export const contactSchema = z.object({
  url: z.string().nullable().describe('normalised profile URL; null where the export has none'),
  firstName: z.string(),
  lastName: z.string(),
  company: z.string(),
  position: z.string(),
  connectedOn: isoDate.nullable(),
  label,
  reasons: z.array(z.object({ rule: z.string(), detail: z.string() })).min(1),
  score: z.number().min(0).max(1).optional(),
  evidence: evidenceSchema,
});

const fileSchema = z.object({
  name: z.string(),
  kind: z.string(),
  rows: z.number().int().nonnegative(),
  skipped: z.record(z.string(), z.number().int().nonnegative()).describe('reason → rows set aside'),
  warnings: z.array(z.string()),
});

const count = z.number().int().nonnegative();

export const reportSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  generatedAt: isoDateTime.describe('from SOURCE_DATE_EPOCH when set'),
  input: z.object({
    path: z.string(),
    type: z.enum(['zip', 'folder', 'file']),
    exportDate: exportDateSchema,
    files: z.array(fileSchema),
    missing: z.array(z.string()),
    owner: z.object({
      firstName: z.string(),
      lastName: z.string(),
      url: z.string().nullable(),
      source: z.string(),
    }),
  }),
  classifier: z.object({
    name: z.string(),
    ruleSet: z.string().nullable(),
    plugin: z.string().nullable(),
  }),
  summary: z.object({
    total: count,
    byLabel: z.object({ known: count, 'weak-tie': count, stranger: count }),
  }),
  warnings: z.array(z.string()),
  invitations: invitationWindowSchema.nullable().describe('null when the export has no Invitations.csv'),
  // Last: the JSON is written a piece at a time (json-pieces.ts), the contacts last.
  contacts: z.array(contactSchema),
});

export type Report = z.infer<typeof reportSchema>;
export type ReportContact = z.infer<typeof contactSchema>;
