import { ZodError } from 'zod';
import { escapeJsonControls } from '../util/terminal-text.js';
import { contactSchema, reportSchema, type Report, type ReportContact } from './schema.js';

/**
 * `audit --json` without the report as one string: 30,000 contacts make ~32 MB of JSON, which
 * JSON.stringify, escapeJsonControls and the write each held once more (385 MB peak for a
 * connections-only export, against 193 MB for text).
 */

const envelopeSchema = reportSchema.omit({ contacts: true });
/** Contacts stringified at a time. Pieces stay well under 128 KB, the size past which V8 allocates a string outside the young generation. */
const BATCH = 32;
/** How JSON.stringify(…, null, 2) opens and closes `{ contacts: [...] }`; between them are the contacts, indented as deep as in the report. */
const OPEN = '{\n  "contacts": [\n';
const CLOSE = '\n  ]\n}';

/**
 * The report's JSON text in pieces: `escapeJsonControls(JSON.stringify(reportSchema.parse(report), null, 2)) + '\n'`,
 * byte for byte. The envelope is checked against the report schema before the first piece, and each
 * contact against contactSchema just before its own: a contact that fails (a bug in netprune, as
 * plugin verdicts are checked when they are made) ends the text there with the error that parse() throws.
 */
export function* reportJson(report: Report): Generator<string> {
  const { contacts, ...rest } = report;
  const envelope = envelopeSchema.parse(rest);
  // `contacts` is the schema's last key, so it ends the envelope's text: `"contacts": []\n}`.
  const head = JSON.stringify({ ...envelope, contacts: [] }, null, 2);
  if (contacts.length === 0) {
    yield `${escapeJsonControls(head)}\n`;
    return;
  }
  yield `${escapeJsonControls(head.slice(0, -'[]\n}'.length))}[\n`;
  for (let start = 0; start < contacts.length; start += BATCH) {
    const batch: ReportContact[] = [];
    for (let i = start; i < Math.min(start + BATCH, contacts.length); i++) batch.push(parseContact(contacts[i], i));
    const text = JSON.stringify({ contacts: batch }, null, 2);
    yield (start === 0 ? '' : ',\n') + escapeJsonControls(text.slice(OPEN.length, -CLOSE.length));
  }
  yield `${CLOSE}\n`;
}

/** contactSchema.parse(), with the error's paths as reportSchema.parse() gives them. */
function parseContact(contact: unknown, index: number): ReportContact {
  try {
    return contactSchema.parse(contact);
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    throw new ZodError(error.issues.map((issue) => ({ ...issue, path: ['contacts', index, ...issue.path] })));
  }
}
