import type { ExportFile, FileReport } from '../types.js';
import { utf8ByteStrings } from '../decode.js';
import { InputError } from '../../errors.js';
import { CsvScanner } from '../scan.js';
import { findMessageColumns, type MessageColumns } from './columns.js';
import { noiseReason, type RowView } from './noise.js';
import { MessageAggregator, type MessageRow, type OpenConversation } from './aggregate.js';
import { messageDate } from './message-date.js';
import { RowParticipants, type Named } from './participants.js';
import { bytesOf, textOf, trimBytes } from './bytes.js';
import type { MessagesSummary } from './types.js';

const DECODE_BYTES = 64 * 1024;

export interface ReadProgress {
  (bytesRead: number, totalBytes: number): void;
}

/**
 * Streams messages.csv once, keeping per-conversation aggregates only: the file can be
 * hundreds of megabytes for people with years of history. It is read as byte strings (bytes.ts):
 * a row's fields are decoded only when their values are kept.
 */
export async function readMessages(
  file: ExportFile,
  onProgress?: ReadProgress,
): Promise<{ summary: MessagesSummary; report: FileReport }> {
  const aggregator = new MessageAggregator();
  let columns: MessageColumns | null = null;
  let folder: RowFolder | undefined;
  let headerLine = 0;
  const scanner = new CsvScanner(
    (fields, line) => {
      if (columns === null) {
        columns = findMessageColumns(fields.map((f) => textOf(f).trim()));
        headerLine = line;
        if (columns === null) {
          throw new InputError(file.name, 'this is not a LinkedIn messages export (no FROM and DATE columns in the first line)', 'Check that this is messages.csv from your LinkedIn export', line);
        }
        // The columns not read (ATTACHMENTS, IS CONVERSATION DRAFT) are skipped over, not sliced out.
        const used = new Set<number>(Object.values(columns));
        scanner.keep = (i) => used.has(i);
        return;
      }
      folder ??= new RowFolder(aggregator, columns);
      folder.add(fields);
    },
    { fileName: file.name, delimiter: ',' },
  );
  let bytes = 0;
  for await (const text of utf8ByteStrings(progressive(file, (n) => onProgress?.((bytes += n), file.size)), file.name)) {
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

/**
 * Folds each row into the aggregates. The row's view for noiseReason() and the row handed to the
 * aggregator are two objects filled anew for every row: a million rows made two million objects.
 */
class RowFolder {
  private readonly people = new RowParticipants();
  private readonly view: RowView;
  private readonly row: MessageRow = { title: '', sender: { key: '', name: '' }, recipients: [], date: 0, content: '' };

  constructor(
    private readonly aggregator: MessageAggregator,
    private readonly c: MessageColumns,
  ) {
    this.view = { from: '', senderUrl: '', hasSenderUrlColumn: c.senderUrl >= 0, conversationId: '', subject: '', content: '', folder: '', draft: '' };
  }

  add(fields: string[]): void {
    const { aggregator, c, view } = this;
    view.from = cell(fields, c.from);
    view.senderUrl = cell(fields, c.senderUrl);
    view.conversationId = cell(fields, c.conversationId);
    view.subject = cell(fields, c.subject);
    view.content = cell(fields, c.content);
    view.folder = cell(fields, c.folder);
    view.draft = cell(fields, c.draft);
    const reason = noiseReason(view);
    if (reason !== null) return aggregator.skip(reason);
    const date = messageDate(cell(fields, c.date));
    if (date === null) return aggregator.skip('unreadable date');

    const { from, senderUrl, conversationId } = view;
    const to = cell(fields, c.to);
    const recipientUrls = cell(fields, c.recipientUrls);
    let conversation: OpenConversation;
    let named: Named;
    if (conversationId !== '') {
      conversation = aggregator.open(conversationId);
      named = this.people.resolve(conversation, from, senderUrl, to, recipientUrls);
    } else {
      // Before 2021 there was no conversation id: each counterpart is one conversation.
      named = this.people.resolve(null, from, senderUrl, to, recipientUrls);
      const outgoing = cell(fields, c.direction).toUpperCase() === 'OUTGOING';
      conversation = aggregator.open(bytesOf(`with:${outgoing ? (named.recipients[0]?.key ?? '') : named.sender.key}`));
    }
    const row = this.row;
    row.title = cell(fields, c.title);
    row.sender = named.sender;
    row.recipients = named.recipients;
    row.date = date;
    row.content = view.content;
    aggregator.add(conversation, row);
  }
}

const cell = (fields: string[], i: number): string => (i < 0 ? '' : trimBytes(fields[i] ?? ''));
