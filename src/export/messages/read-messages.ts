import type { ExportFile, FileReport } from '../types.js';
import { decodeChunks } from '../decode.js';
import { InputError } from '../../errors.js';
import { CsvScanner } from './scan.js';
import { findMessageColumns, type MessageColumns } from './columns.js';
import { noiseReason } from './noise.js';
import { MessageAggregator } from './aggregate.js';
import { messageDate } from './message-date.js';
import { RowParticipants } from './participants.js';
import type { MessagesSummary } from './types.js';

const DECODE_BYTES = 64 * 1024;

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
  const people = new RowParticipants();
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
        // The columns not read (ATTACHMENTS, IS CONVERSATION DRAFT) are skipped over, not sliced out.
        const used = new Set<number>(Object.values(columns));
        scanner.keep = (i) => used.has(i);
        return;
      }
      addRow(aggregator, people, columns, fields);
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
    // Decoded a piece at a time: text over 128 KB is allocated outside V8's young generation, and a
    // source that reads in larger chunks (fewer trips through the event loop) would otherwise pay for it in GC.
    for (let at = 0; at < chunk.byteLength; at += DECODE_BYTES) yield chunk.subarray(at, at + DECODE_BYTES);
  }
}

function addRow(aggregator: MessageAggregator, people: RowParticipants, c: MessageColumns, fields: string[]): void {
  const from = cell(fields, c.from);
  const senderUrl = cell(fields, c.senderUrl);
  const conversationId = cell(fields, c.conversationId);
  const content = cell(fields, c.content);
  const reason = noiseReason({
    from,
    senderUrl,
    hasSenderUrlColumn: c.senderUrl >= 0,
    conversationId,
    subject: cell(fields, c.subject),
    content,
    folder: cell(fields, c.folder),
    draft: cell(fields, c.draft),
  });
  if (reason !== null) return aggregator.skip(reason);
  const date = messageDate(cell(fields, c.date));
  if (date === null) return aggregator.skip('unreadable date');

  const title = cell(fields, c.title);
  const to = cell(fields, c.to);
  const recipientUrls = cell(fields, c.recipientUrls);
  if (conversationId !== '') {
    const conversation = aggregator.open(conversationId);
    const { sender, recipients } = people.resolve(conversation, from, senderUrl, to, recipientUrls);
    return aggregator.add(conversation, { title, sender, recipients, date, content });
  }
  // Before 2021 there was no conversation id: each counterpart is one conversation.
  const { sender, recipients } = people.resolve(null, from, senderUrl, to, recipientUrls);
  const outgoing = cell(fields, c.direction).toUpperCase() === 'OUTGOING';
  const conversation = aggregator.open(`with:${outgoing ? (recipients[0]?.key ?? '') : sender.key}`);
  aggregator.add(conversation, { title, sender, recipients, date, content });
}

const cell = (fields: string[], i: number): string => (i < 0 ? '' : (fields[i] ?? '').trim());
