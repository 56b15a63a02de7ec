import type { Translator } from '../i18n/translator.js';
import * as z from 'zod';
import type { Analysis, Contact } from '../analyse.js';
import { personOf } from './build.js';
import type { DecisionCheck } from '../network/decisions.js';
import type { ExportDiff } from '../network/diff.js';
import {
  classifierSchema,
  count,
  describeInput,
  inputSchema,
  isoDate,
  isoDateTime,
  labelSchema,
  NETWORK_SCHEMA_VERSION,
  reasonsSchema,
  stamp,
} from '../network/report-base.js';
import type { Verdict } from '../plugin-api.js';
import { contactKeys } from '../review/contact-key.js';
import type { DecisionsFile } from '../decisions/index.js';
import { placeDecisions } from '../review/same-person.js';

const person = {
  url: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  company: z.string(),
  position: z.string(),
  connectedOn: isoDate.nullable(),
};
const judged = z.object({ label: labelSchema, reasons: reasonsSchema });
const decision = z.enum(['keep', 'remove', 'skip']);
const decided = z.object({ key: z.string(), name: z.string(), url: z.string().nullable() });

export const diffReportSchema = z.object({
  schemaVersion: z.literal(NETWORK_SCHEMA_VERSION),
  kind: z.literal('diff'),
  generatedAt: isoDateTime,
  older: inputSchema,
  newer: inputSchema,
  classifier: classifierSchema,
  judgedOn: isoDate.describe('both exports are classified as of this day, so a new label comes from the exports'),
  summary: z.object({ added: count, removed: count, inBoth: count, relabelled: count, matchedByName: count, pending: count.nullable() }),
  added: z.array(z.object({ ...person, ...judged.shape })),
  removed: z.array(z.object({ ...person, ...judged.shape, decision: decision.nullable().describe('from --state') })),
  relabelled: z.array(
    z.object({
      ...person,
      before: judged,
      after: judged,
      lost: z.array(z.object({ id: z.string(), detail: z.string() })).describe('evidence the older export had and the newer one lacks'),
    }),
  ),
  decisions: z
    .object({
      path: z.string(),
      marked: count.describe('people marked remove'),
      done: count,
      pending: z.array(
        z.object({
          key: z.string(),
          ...person,
          ...judged.shape,
          matchedBy: z.string().describe('url, name+company+date, or url-changed: found under a new profile URL'),
        }),
      ),
      unclear: z
        .array(decided.extend({ detail: z.string() }))
        .describe('saved by name, and a connection of that name is here whose company or connection date differ, or several fit: not applied'),
      keptButGone: z.array(decided),
      unchecked: z
        .array(decided)
        .describe('marked remove and not found, while rows of the newer Connections.csv could not be read: not counted done')
        .default([]),
    })
    .nullable(),
});
export type DiffReport = z.infer<typeof diffReportSchema>;

const judgedOf = (v: Verdict) => ({ label: v.label, reasons: v.reasons });
/** A contact as the diff shows it: who, and the label with its reasons. */
const shown = (c: Contact) => ({ ...personOf(c.connection), ...judgedOf(c.verdict) });

export interface DiffInputs {
  older: Analysis;
  newer: Analysis;
  diff: ExportDiff;
  today: string;
  state: { path: string; file: DecisionsFile; check: DecisionCheck } | null;
}

/** `speech` says the `detail` of lost evidence and unclear decisions: ENGLISH_FOR_JSON for the JSON, the text's translator for the text. */
export function buildDiffReport({ older, newer, diff, today, state }: DiffInputs, generatedAt: Date, speech: Translator): DiffReport {
  const [oc, nc] = [older.contacts, newer.contacts];
  const olderConnections = oc.map((c) => c.connection);
  const placed = state === null ? null : placeDecisions(state.file.decisions, olderConnections, contactKeys(olderConnections)).byConnection;
  const decisionOf = (o: number) => {
    const key = placed?.get(o);
    return (key === undefined ? undefined : state?.file.decisions[key]?.decision) ?? null;
  };
  const decidedOf = ({ key, entry }: { key: string; entry: { name: string; url: string | null } }) => ({ key, name: entry.name, url: entry.url });
  return {
    schemaVersion: NETWORK_SCHEMA_VERSION,
    kind: 'diff',
    generatedAt: stamp(generatedAt),
    older: describeInput(older, oc.length, today),
    newer: describeInput(newer, nc.length, today),
    classifier: { name: newer.classifier.id, ruleSet: newer.classifier.ruleSet, plugin: newer.classifier.plugin },
    judgedOn: today,
    summary: {
      added: diff.added.length,
      removed: diff.removed.length,
      inBoth: diff.pairs.length,
      relabelled: diff.changed.length,
      matchedByName: diff.pairs.filter(([, , by]) => by.startsWith('name')).length,
      pending: state === null ? null : state.check.pending.length,
    },
    added: diff.added.map((n) => shown(nc[n]!)),
    removed: diff.removed.map((o) => ({ ...shown(oc[o]!), decision: decisionOf(o) })),
    relabelled: diff.changed.map(({ older: o, newer: n, lost }) => ({
      ...personOf(nc[n]!.connection),
      before: judgedOf(oc[o]!.verdict),
      after: judgedOf(nc[n]!.verdict),
      lost: lost.map(({ id, say }) => ({ id, detail: say(speech) })),
    })),
    decisions:
      state === null
        ? null
        : {
            path: state.path,
            marked: state.check.marked,
            done: state.check.done.length,
            pending: state.check.pending.map((p) => ({ key: p.key, ...shown(nc[p.index]!), matchedBy: p.by })),
            unclear: state.check.unclear.map((u) => ({ ...decidedOf(u), detail: u.say(speech) })),
            keptButGone: state.check.keptButGone.map(decidedOf),
            unchecked: state.check.unchecked.map(decidedOf),
          },
  };
}
