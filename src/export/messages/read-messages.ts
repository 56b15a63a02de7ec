import type { ExportFile, FileReport } from '../types.js';
import { decodeChunks } from '../decode.js';
import { parseDateTime } from '../dates.js';
import { profileKey } from '../url.js';
import { InputError } from '../../errors.js';
import { CsvScanner } from './scan.js';
import { findMessageColumns, type MessageColumns } from './columns.js';
import { noiseReason } from './noise.js';
import { MessageAggregator } from './aggregate.js';
import type { MessagesSummary, Participant } from './types.js';

export interface ReadProgress {
  (bytesRead: number, totalBytes: number): void;
}

/**
 * Streams messages.csv once, keeping per-conversation aggregates only: the file can be
 * hundreds of megabytes for people with years of history.
 */
export async function readMessages(
  file: ExportFile,
  onProgress?: ReadProgress,
): Promise<{ summary: MessagesSummary; report: FileReport }> {
  const aggregator = new MessageAggregator();
  let columns: MessageColumns | null = null;
  let headerLine = 0;
  const scanner = new CsvScanner(
    (fields, line) => {
      if (columns === null) {
        columns = findMessageColumns(fields.map((f) => f.trim()));
        headerLine = line;
        if (columns === null) {
          throw new InputError(file.name, 'this is not a LinkedIn messages export (no FROM and DATE columns in the first line)', 'Check that this is messages.csv from your LinkedIn export', line);
        }
        return;
      }
      addRow(aggregator, columns, fields);
    },
    { fileName: file.name, delimiter: ',' },
  );
  let bytes = 0;
  for await (const text of decodeChunks(progressive(file, (n) => onProgress?.((bytes += n), file.size)), file.name)) {
    scanner.push(text);
  }
  scanner.end();
  const summary = aggregator.summary();
  const report: FileReport = { kind: 'messages', name: file.name, rows: summary.rows, skipped: summary.skipped, warnings: [] };
  if (headerLine === 0) report.warnings.push(`${file.name} is empty: no messages were read`);
  return { summary, report };
}

async function* progressive(file: ExportFile, onChunk: (bytes: number) => void): AsyncIterable<Uint8Array> {
  for await (const chunk of file.stream()) {
    onChunk(chunk.byteLength);
    yield chunk;
  }
}

function addRow(aggregator: MessageAggregator, c: MessageColumns, fields: string[]): void {
  const get = (i: number) => (i < 0 ? '' : (fields[i] ?? '').trim());
  const from = get(c.from);
  const senderUrl = get(c.senderUrl);
  const conversationId = get(c.conversationId);
  const content = get(c.content);
  const reason = noiseReason({
    from,
    senderUrl,
    hasSenderUrlColumn: c.senderUrl >= 0,
    conversationId,
    subject: get(c.subject),
    content,
    folder: get(c.folder),
    draft: get(c.draft),
  });
  if (reason !== null) return aggregator.skip(reason);
  const date = parseDateTime(get(c.date));
  if (date === null) return aggregator.skip('unreadable date');

  const sender = person(from, senderUrl);
  const to = get(c.to);
  const recipients = recipientsOf(to, get(c.recipientUrls));
  // Before 2021 there was no conversation id: each counterpart is one conversation.
  let id = conversationId;
  if (id === '') {
    const outgoing = get(c.direction).toUpperCase() === 'OUTGOING';
    id = `with:${outgoing ? (recipients[0]?.key ?? '') : sender.key}`;
  }
  aggregator.add({ conversationId: id, title: get(c.title), sender, recipients, date, content });
}

function person(name: string, url: string): Participant {
  const key = profileKey(url);
  return { key: key ?? `name:${name.toLowerCase()}`, name };
}

/**
 * RECIPIENT PROFILE URLS is the reliable list (comma-joined, sometimes `;`). TO joins display
 * names with a bare comma, and names contain commas (`Kim Park, PhD`), so TO is used whole,
 * and only when there is no URL list.
 */
function recipientsOf(to: string, urls: string): Participant[] {
  if (urls !== '') {
    const names = to.split(',');
    const list = urls.split(/[,;]/).map((u) => u.trim()).filter((u) => u !== '');
    return list
      .map((u, i) => person(list.length === names.length ? (names[i] ?? '').trim() : '', u))
      .filter((p) => p.key !== 'name:');
  }
  return to === '' ? [] : [person(to, '')];
}
