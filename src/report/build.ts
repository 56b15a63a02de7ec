import type { Analysis, Contact } from '../analyse.js';
import type { Evidence } from '../evidence/types.js';
import type { Connection } from '../export/records.js';
import { profileUrl } from '../export/url.js';
import { exportDateReport } from './export-age.js';
import { SCHEMA_VERSION, type Report, type ReportContact } from './schema.js';
import { writeContactJson } from './contact-json.js';
import type { JsonBytes } from './emit/json-bytes.js';
import { isoStamp } from '../util/iso-date.js';
import { countLabels } from '../util/labels.js';
import { sayNotice } from '../i18n/notice.js';
import { ENGLISH_FOR_JSON } from '../i18n/translator.js';

/** Analysis → the versioned report (pure). Contacts keep the export's order, which is stable. */
export function buildReport(analysis: Analysis, generatedAt: Date): Report {
  return { ...envelopeOf(analysis, generatedAt), contacts: analysis.contacts.map(reportContact) };
}

/** The report with its contacts made as they are reached, for `audit --json` (json-stream.ts). */
export type LazyReport = Omit<Report, 'contacts'> & {
  readonly contacts: {
    readonly length: number;
    at(index: number): ReportContact | undefined;
    /** Writes the contact's JSON from the analysis without making it (contact-json.ts); false when it does not fit the schema. */
    writeJson?(out: JsonBytes, index: number): boolean;
  };
};

/**
 * buildReport() whose contacts are made one at a time as the JSON reaches them, and let go once written:
 * made up front, 30,000 of them (56 MB allocated) outlived every young-generation collection until the
 * last byte, and the collector copied each twice on the way (docs/performance.md). The JSON writes them
 * from the analysis (`writeJson`) and makes one only for zod, when it does not fit.
 */
export function buildLazyReport(analysis: Analysis, generatedAt: Date): LazyReport {
  const { contacts } = analysis;
  return {
    ...envelopeOf(analysis, generatedAt),
    contacts: {
      length: contacts.length,
      at: (index) => reportContact(contacts[index] as Contact),
      writeJson: (out, index) => {
        const { connection, verdict, evidence } = contacts[index] as Contact;
        return writeContactJson(out, connection, verdict, evidence);
      },
    },
  };
}

function envelopeOf(analysis: Analysis, generatedAt: Date): Omit<Report, 'contacts'> {
  const byLabel = countLabels(analysis.contacts.map((c) => c.verdict.label));
  return {
    schemaVersion: SCHEMA_VERSION,
    generatedAt: isoStamp(generatedAt),
    input: {
      path: analysis.source.path,
      type: analysis.source.type,
      exportDate: exportDateReport(analysis.exportDate, analysis.today),
      files: analysis.files.map((f) => ({
        name: f.name,
        kind: f.kind,
        rows: f.rows,
        skipped: f.skipped,
        warnings: f.warnings.map((w) => sayNotice(w, ENGLISH_FOR_JSON)),
      })),
      missing: [...analysis.missing],
      owner: {
        firstName: analysis.owner.firstName,
        lastName: analysis.owner.lastName,
        url: analysis.owner.key?.startsWith('in/') ? profileUrl(analysis.owner.key) : null,
        source: analysis.owner.source,
      },
    },
    classifier: {
      name: analysis.classifier.id,
      ruleSet: analysis.classifier.ruleSet,
      plugin: analysis.classifier.plugin,
    },
    summary: { total: analysis.contacts.length, byLabel },
    // In English whatever the language of the text output: a pipeline reading the JSON must not break when the locale changes.
    warnings: analysis.warnings.map((w) => sayNotice(w, ENGLISH_FOR_JSON)),
    invitations: analysis.invitationWindow,
  };
}

/** Who a connection is, as every report names a person. */
export const personOf = (c: Connection) => ({
  url: c.url,
  firstName: c.firstName,
  lastName: c.lastName,
  company: c.company,
  position: c.position,
  connectedOn: c.connectedOn,
});

/** One contact as the report publishes it. */
export function reportContact({ connection: c, evidence, verdict }: Contact): ReportContact {
  // personOf()'s fields written out: spread, they made an object more per contact, copied at once.
  const entry: ReportContact = {
    url: c.url,
    firstName: c.firstName,
    lastName: c.lastName,
    company: c.company,
    position: c.position,
    connectedOn: c.connectedOn,
    label: verdict.label,
    reasons: verdict.reasons,
    evidence: reportEvidence(evidence),
  };
  if (verdict.score !== undefined) entry.score = verdict.score;
  return entry;
}

/** The evidence as the report publishes it: counts and dates, no message text. */
function reportEvidence(e: Evidence): ReportContact['evidence'] {
  return {
    messages: {
      sent: e.messages.sent,
      received: e.messages.received,
      twoWay: e.messages.twoWay,
      conversations: e.messages.conversations,
      groupConversations: e.messages.groupConversations,
      groupMessages: e.messages.groupMessages,
      first: e.messages.first,
      last: e.messages.last,
    },
    invitation: e.invitation && { direction: e.invitation.direction, sentAt: e.invitation.sentAt, withNote: e.invitation.withNote },
    endorsements: { given: e.endorsements.given, received: e.endorsements.received },
    recommendations: e.recommendations,
    sharedEmployer: e.sharedEmployer,
    addressBook: e.addressBook,
    emailVisible: e.emailVisible,
    yearsConnected: e.yearsConnected,
    closeness: e.closeness,
  };
}
