import { jsonPieces } from './emit/json.js';
import { JsonBytes } from './emit/json-bytes.js';
import { writeContactJson } from './contact-json.js';
import { itemJson, listHead, parseItem } from './json-pieces.js';
import type { LazyReport } from './build.js';
import { contactSchema, reportSchema, type ReportContact } from './schema.js';

/**
 * `audit --json` without the report as one string: 30,000 contacts make ~36 MB of JSON, which
 * JSON.stringify, escapeJsonControls and the write each held once more (385 MB peak for a
 * connections-only export, against 193 MB for text). Byte for byte
 * `escapeJsonControls(JSON.stringify(reportSchema.parse(report), null, 2)) + '\n'`: the envelope is checked
 * and stringified first; each contact is checked and written as UTF-8 bytes by writeContactJson(), which
 * does what contactSchema.parse() and JSON.stringify() do without either. One it refuses goes through zod
 * as the other reports' items do: a bug in netprune (plugin verdicts are checked when they are made) ends
 * the text with the error reportSchema.parse() would throw.
 */
export const reportJson = (report: LazyReport): Generator<string | Uint8Array> => jsonPieces(contactsJson(report));

function* contactsJson(report: LazyReport): Generator<string | Uint8Array> {
  const { contacts, ...rest } = report;
  const head = listHead(rest, 'contacts', envelopeSchema);
  if (contacts.length === 0) {
    yield head.empty;
    return;
  }
  yield head.open;
  const out = new JsonBytes();
  for (let i = 0; i < contacts.length; i++) {
    if (i > 0) out.raw(COMMA);
    const mark = out.mark();
    if (!(contacts.writeJson?.(out, i) ?? writeReportContact(out, contacts.at(i)))) {
      out.rewind(mark);
      out.text(itemJson('contacts', parseItem(contactSchema, contacts.at(i), ['contacts', i])));
    }
    if (out.full) yield out.take();
  }
  if (out.length > 0) yield out.take();
  yield head.close;
}

const writeReportContact = (out: JsonBytes, c: ReportContact | undefined): boolean => c !== undefined && writeContactJson(out, c, c, c.evidence);

const envelopeSchema = reportSchema.omit({ contacts: true });
const COMMA = Buffer.from(',\n');
