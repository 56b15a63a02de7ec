import * as z from 'zod';
import { count, describeInput, inputSchema, isoDateTime, NETWORK_SCHEMA_VERSION, stamp } from '../network/report-base.js';
import type { OutsidersAnalysis } from '../analyse.js';
import { profileUrl } from '../export/url.js';
import type { Outsider } from '../network/outsiders.js';
import type { Weighed } from '../network/weigh.js';
import type { Translator } from '../i18n/translator.js';
import { searchUrl } from './emit/links.js';

/** What the export says of someone who is not a connection: counts and dates, no message text. */
export const outsiderSchema = z.object({
  id: z.string().describe('profile key (in/<slug>), or name:<folded name> when no file gives their URL'),
  url: z.string().nullable().describe('their profile URL, when a file gives it'),
  searchUrl: z.string().describe('a LinkedIn people search for their name'),
  messages: z.object({
    sent: count,
    received: count,
    conversations: count,
    twoWayConversations: count,
    groupConversations: count,
    first: isoDateTime.nullable(),
    last: isoDateTime.nullable(),
  }),
  addressBook: z.object({ withEmail: z.boolean(), withWorkEmail: z.boolean(), companies: z.string(), title: z.string() }).nullable(),
  recommendations: z.object({ given: count, received: count }),
  endorsements: z.object({ given: count, received: count }),
  companies: z.array(z.object({ name: z.string(), file: z.string() })),
  strength: count.describe('sum of the signals\u2019 points; 0: nothing shows you know them'),
  signals: z.array(
    z.object({
      id: z.enum([
        'recommendation-received',
        'recommendation-given',
        'two-way',
        'endorsement-received',
        'endorsement-given',
        'address-book',
        'shared-employer',
        'group',
      ]),
      points: count,
      detail: z.string(),
    }),
  ),
  notes: z
    .array(z.object({ id: z.enum(['you-wrote', 'they-wrote', 'never-together', 'group', 'invitation', 'address-book']), detail: z.string() }))
    .describe('facts that show no acquaintance alone: unanswered messages, pending invitations, a phone-only address-book entry'),
});
export type OutsiderReport = z.infer<typeof outsiderSchema>;

const tier = z.enum(['strong', 'good', 'some']);

export const suggestReportSchema = z.object({
  schemaVersion: z.literal(NETWORK_SCHEMA_VERSION),
  kind: z.literal('suggest'),
  generatedAt: isoDateTime,
  input: inputSchema,
  summary: z.object({
    suggestions: count,
    byTier: z.object({ strong: count, good: count, some: count }),
    leftOut: z.object({
      notProfessional: count.describe('known only from address-book entries with a phone number or a personal e-mail'),
      singleName: count,
      ambiguous: count,
    }),
  }),
  suggestions: z.array(
    z.object({ rank: count, name: z.string(), firstName: z.string(), lastName: z.string(), tier, lastSeen: isoDateTime.nullable(), person: outsiderSchema }),
  ),
});
export type SuggestReport = z.infer<typeof suggestReportSchema>;

/** `speech` says the signals' and notes' `detail`: ENGLISH_FOR_JSON for the JSON, the text's translator for the text. */
export function reportOutsider(o: Outsider, weighed: Weighed, speech: Translator): OutsiderReport {
  const m = o.messages;
  return {
    id: o.id,
    url: o.key === null ? null : profileUrl(o.key),
    searchUrl: searchUrl(o.name),
    messages: {
      sent: m.sent,
      received: m.received,
      conversations: m.conversations,
      twoWayConversations: m.twoWayConversations,
      groupConversations: m.groups.length,
      first: m.first,
      last: m.last,
    },
    addressBook: o.addressBook,
    recommendations: { given: o.recommendations.given, received: o.recommendations.received },
    endorsements: o.endorsements,
    companies: o.companies,
    strength: weighed.strength,
    signals: weighed.signals.map(({ say, ...signal }) => ({ ...signal, detail: say(speech) })),
    notes: weighed.notes.map(({ say, ...note }) => ({ ...note, detail: say(speech) })),
  };
}

type SuggestionItem = SuggestReport['suggestions'][number];
type LazySuggestReport = Omit<SuggestReport, 'suggestions'> & { suggestions: { length: number; at(index: number): SuggestionItem } };

/** The whole report, every suggestion in it: for the text report. `--json` writes them one at a time (lazySuggestReport). */
export function buildSuggestReport(analysis: OutsidersAnalysis, generatedAt: Date, speech: Translator): SuggestReport {
  const { suggestions, ...envelope } = lazySuggestReport(analysis, generatedAt, speech);
  return { ...envelope, suggestions: Array.from({ length: suggestions.length }, (_, i) => suggestions.at(i)) };
}

/** The report with its suggestions made one at a time, as listReportJson() reaches them (issue 15). */
export function lazySuggestReport(analysis: OutsidersAnalysis, generatedAt: Date, speech: Translator): LazySuggestReport {
  const found = analysis.suggestions;
  const item = (i: number): SuggestionItem => {
    const s = found.list.at(i);
    return {
      rank: i + 1,
      name: s.outsider.name,
      firstName: s.outsider.firstName,
      lastName: s.outsider.lastName,
      tier: s.tier,
      lastSeen: s.weighed.lastSeen,
      person: reportOutsider(s.outsider, s.weighed, speech),
    };
  };
  return {
    schemaVersion: NETWORK_SCHEMA_VERSION,
    kind: 'suggest',
    generatedAt: stamp(generatedAt),
    input: describeInput(analysis, analysis.connections, analysis.today),
    summary: { suggestions: found.list.length, byTier: found.byTier, leftOut: found.leftOut },
    suggestions: { length: found.list.length, at: item },
  };
}
