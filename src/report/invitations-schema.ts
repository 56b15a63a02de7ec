import * as z from 'zod';
import type { Analysis } from '../analyse.js';
import { profileUrl } from '../export/url.js';
import type { ListedInvitation, ListedInvitations } from '../network/invitations.js';
import { classifierSchema, count, describeInput, inputSchema, isoDateTime, NETWORK_SCHEMA_VERSION, stamp } from '../network/report-base.js';
import { reportContact } from './build.js';
import { parseItem } from './json-pieces.js';
import { contactSchema } from './schema.js';
import { outsiderSchema, reportOutsider } from './suggest-schema.js';
import { ENGLISH_FOR_JSON, type Translator } from '../i18n/translator.js';

/** Said wherever invitations are listed: the file is not a history. */
const COVERAGE_NOTE = 'Invitations.csv only keeps recent months (about the last 9 to 10): older invitations are not in the export.';

export const invitationsReportSchema = z.object({
  schemaVersion: z.literal(NETWORK_SCHEMA_VERSION),
  kind: z.literal('invitations'),
  generatedAt: isoDateTime,
  input: inputSchema,
  classifier: classifierSchema,
  coverage: z.object({ first: isoDateTime.nullable(), last: isoDateTime.nullable(), note: z.string() }),
  reply: z.object({
    language: z.enum(['en', 'fr']).nullable().describe('null when a template file is used'),
    template: z.string().describe('"built-in", or the template file'),
  }),
  summary: z.object({ incoming: count, outgoing: count, withNote: count, connected: count, replies: count, withheld: count }),
  invitations: z.array(
    z.object({
      direction: z.enum(['incoming', 'outgoing']),
      sentAt: isoDateTime.nullable(),
      name: z.string().describe('the other side, as Invitations.csv names them'),
      url: z.string().nullable(),
      withNote: z.boolean(),
      note: z.string(),
      connected: z.enum(['yes', 'no', 'unclear']).describe('unclear: the name fits several connections'),
      contact: contactSchema.nullable().describe('as in `audit --json`, when they are a connection'),
      outsider: outsiderSchema.nullable().describe('what the other files say, when they are not'),
      known: z.boolean(),
      reply: z.string().nullable().describe('for an incoming invitation without a note from someone unknown, sent in the last three months'),
      replyWithheld: z.enum(['older than three months', 'no date']).nullable().describe('why such an invitation gets no reply'),
    }),
  ),
});
export type InvitationsReport = z.infer<typeof invitationsReportSchema>;
export const invitationsEnvelopeSchema = invitationsReportSchema.omit({ invitations: true });
export const invitationItemSchema = invitationsReportSchema.shape.invitations.element;

export interface ReplySettings {
  language: 'en' | 'fr' | null;
  template: string;
  /** The reply for one invitation, already terminal-safe. */
  write(listed: ListedInvitation): string;
}

type InvitationItem = InvitationsReport['invitations'][number];

/**
 * The report with its invitations made one at a time, as listReportJson() and the text reach them:
 * built up front, 700,000 of them held about 2.5 KB each until the last was written (1.9 GB, issue 15).
 * `speech` says the outsiders' `detail` (weigh.ts): ENGLISH_FOR_JSON for the JSON, the text's translator for the text.
 */
export function lazyInvitationsReport(
  analysis: Analysis,
  listed: ListedInvitations,
  reply: ReplySettings,
  generatedAt: Date,
  speech: Translator = ENGLISH_FOR_JSON,
) {
  const invitations = { length: listed.length, at: (i: number) => invitationItem(analysis, listed.at(i), reply, speech) };
  return { ...invitationsEnvelope(analysis, listed, reply, generatedAt), invitations };
}

/** The same report, its envelope checked against the schema now and each invitation as it is made, for the text. */
export function checkedInvitationsReport(report: ReturnType<typeof lazyInvitationsReport>) {
  const { invitations, ...rest } = report;
  const envelope = invitationsEnvelopeSchema.parse(rest);
  const at = (i: number): InvitationItem => parseItem(invitationItemSchema, invitations.at(i), ['invitations', i]) as InvitationItem;
  return { ...envelope, invitations: { length: invitations.length, at } };
}

function invitationItem(analysis: Analysis, l: ListedInvitation, reply: ReplySettings, speech: Translator): InvitationItem {
  const judged = l.connection === null ? undefined : analysis.contacts[l.connection];
  const contact = judged === undefined ? null : reportContact(judged);
  const otherKey = l.invitation.otherKey;
  return {
    direction: l.invitation.direction,
    sentAt: l.invitation.sentAt,
    name: l.name,
    url: contact?.url ?? (otherKey === null ? null : profileUrl(otherKey)),
    withNote: hasNote(l),
    note: l.invitation.message.trim(),
    connected: l.connected,
    contact,
    outsider: l.outsider === null || l.weighed === null ? null : reportOutsider(l.outsider, l.weighed, speech),
    known: l.known,
    reply: l.wantsReply ? reply.write(l) : null,
    replyWithheld: l.replyWithheld,
  };
}

const hasNote = (l: ListedInvitation) => l.invitation.message.trim() !== '';

/** Everything but the invitations; the summary counts them as their items would. */
function invitationsEnvelope(analysis: Analysis, listed: ListedInvitations, reply: ReplySettings, generatedAt: Date): Omit<InvitationsReport, 'invitations'> {
  // One pass, each invitation made once: the first and last dates in code-unit order, as sort() put them.
  let first: string | null = null;
  let last: string | null = null;
  const summary = { incoming: 0, outgoing: 0, withNote: 0, connected: 0, replies: 0, withheld: 0 };
  for (let i = 0; i < listed.length; i++) {
    const l = listed.at(i);
    const date = l.invitation.sentAt;
    if (date !== null && (first === null || date < first)) first = date;
    if (date !== null && (last === null || date > last)) last = date;
    summary[l.invitation.direction]++;
    if (hasNote(l)) summary.withNote++;
    if (l.connected === 'yes') summary.connected++;
    if (l.wantsReply) summary.replies++;
    if (l.replyWithheld !== null) summary.withheld++;
  }
  return {
    schemaVersion: NETWORK_SCHEMA_VERSION,
    kind: 'invitations',
    generatedAt: stamp(generatedAt),
    input: describeInput(analysis, analysis.contacts.length, analysis.today),
    classifier: { name: analysis.classifier.id, ruleSet: analysis.classifier.ruleSet, plugin: analysis.classifier.plugin },
    coverage: { first, last, note: COVERAGE_NOTE },
    reply: { language: reply.language, template: reply.template },
    summary,
  };
}
