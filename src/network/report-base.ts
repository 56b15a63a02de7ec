import * as z from 'zod';
import type { ReadFacts } from '../export/types.js';
import { profileUrl } from '../export/url.js';
import { exportDateReport, exportDateSchema } from '../report/export-age.js';
import { LABELS } from '../plugin-api.js';

/**
 * What the invitations, suggest and diff reports share. Like the audit report, each is validated
 * against its schema before it is written; bump a report's version on any change that is not a
 * pure addition.
 */
export const NETWORK_SCHEMA_VERSION = 1;

export const count = z.number().int().nonnegative();
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const isoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
export const labelSchema = z.enum(LABELS);
export const reasonsSchema = z.array(z.object({ rule: z.string(), detail: z.string() }));

export const inputSchema = z.object({
  path: z.string(),
  type: z.enum(['zip', 'folder', 'file']),
  exportDate: exportDateSchema,
  connections: count,
  owner: z.object({ firstName: z.string(), lastName: z.string(), url: z.string().nullable() }),
});
export type ReportInput = z.infer<typeof inputSchema>;

export const classifierSchema = z.object({ name: z.string(), ruleSet: z.string().nullable(), plugin: z.string().nullable() });

/** The export a report is about, with its number of connections; `today` is the day its age is counted to. */
export function describeInput(exp: ReadFacts, connections: number, today: string): ReportInput {
  return {
    path: exp.source.path,
    type: exp.source.type,
    exportDate: exportDateReport(exp.exportDate, today),
    connections,
    owner: {
      firstName: exp.owner.firstName,
      lastName: exp.owner.lastName,
      url: exp.owner.key?.startsWith('in/') ? profileUrl(exp.owner.key) : null,
    },
  };
}

/** `2026-11-18T11:06:40Z`, as the audit report writes it. */
export { isoStamp as stamp } from '../util/iso-date.js';
