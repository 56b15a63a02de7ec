import { jsonPieces } from './emit/json.js';
import { contactJson } from './contact-json.js';
import { listReportJson } from './json-pieces.js';
import type { LazyReport } from './build.js';
import { contactSchema, reportSchema } from './schema.js';

/**
 * `audit --json` without the report as one string: 30,000 contacts make ~32 MB of JSON, which
 * JSON.stringify, escapeJsonControls and the write each held once more (385 MB peak for a
 * connections-only export, against 193 MB for text). Byte for byte
 * `escapeJsonControls(JSON.stringify(reportSchema.parse(report), null, 2)) + '\n'`; each contact is checked
 * just before its own piece (by contactJson(), which does what contactSchema.parse() does at a tenth of
 * its cost), and one that fails (a bug in netprune, as plugin verdicts are checked when they are made)
 * ends the text with the error reportSchema.parse() would throw.
 */
export const reportJson = (report: LazyReport): Generator<string> => jsonPieces(listReportJson(report, 'contacts', envelopeSchema, contactSchema, contactJson));

const envelopeSchema = reportSchema.omit({ contacts: true });
