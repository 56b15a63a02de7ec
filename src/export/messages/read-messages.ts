import type { ExportFile, FileReport } from '../types.js';
import { InputError } from '../../errors.js';
import { findMessageColumns, type MessageColumns } from './columns.js';
import { noiseReason, type RowView } from './noise.js';
import { MAX_CONVERSATIONS, MessageAggregator, TooManyConversations, type MessageRow } from './aggregate.js';
import { textMessageDate } from './message-date.js';
import { RowParticipants, type Named } from './participants.js';
import { scanMessages, type MessageScan } from './scan-messages.js';
import { RecordView } from './record-view.js';
import { RowKinds } from './row-kinds.js';
import { bytesOf, textOf } from './bytes.js';
import { MisfitRows, WRONG_FIELD_COUNT } from '../files/misfit-rows.js';
import { MessageDateOrder } from './date-order.js';
import type { MessagesSummary } from './types.js';

export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

/** When rows are looked up by their kind (row-kinds.ts), and how many pages of kinds are kept: tests make both small. */
export interface KindOptions {
  /** Rows that came back to an earlier conversation before kinds are looked up; KINDS_AFTER_RETURNS by default. */
  after?: number;
  maxPages?: number;
  pageBytes?: number;
}

/**
 * Streams messages.csv once, keeping per-conversation aggregates only: the file can be
 * hundreds of megabytes for people with years of history. Its records are found in the bytes
 * (record-scanner.ts), and a row's fields are decoded only when their values are kept (bytes.ts).
 */
export async function readMessages(
  file: ExportFile,
  onProgress?: ReadProgress,
  scan: MessageScan = scanMessages,
  maxConversations = MAX_CONVERSATIONS,
  kinds: KindOptions = {},
): Promise<{ summary: MessagesSummary; report: FileReport }> {
  const aggregator = new MessageAggregator(maxConversations);
  const view = new RecordView();
  try {
    return await foldMessages(file, aggregator, view, onProgress, scan, kinds);
  } catch (error) {
    if (!(error instanceof TooManyConversations)) throw error;
    throw new InputError(file.name, { key: 'problem.tooManyConversations', values: { count: error.max } }, { key: 'advice.notExportFileAgain' }, view.line);
  }
}

async function foldMessages(
  file: ExportFile,
  aggregator: MessageAggregator,
  view: RecordView,
  onProgress: ReadProgress | undefined,
  scan: MessageScan,
  kinds: KindOptions,
): Promise<{ summary: MessagesSummary; report: FileReport }> {
  let folder: RowFolder | undefined;
  let misfits: MisfitRows | undefined;
  let width = 0;
  let headerLine = 0;
  const dates = new MessageDateOrder();
  for await (const batch of scan(file)) {
    view.batch(batch);
    if (folder !== undefined) dates.look(batch, folder.dateColumn, 0);
    while (view.next()) {
      if (folder === undefined) {
        headerLine = view.line;
        folder = new RowFolder(aggregator, headerColumns(view, file.name), kinds, dates);
        width = view.fields;
        misfits = new MisfitRows(file.name, width);
        dates.look(batch, folder.dateColumn, headerLine);
      } else if (view.fields === width) {
        folder.add(view);
      } else {
        // A line of NUL bytes lands here too, as a row of one field. NULs are not looked for in rows that fit: that would cost a pass over every byte.
        misfits?.add(WRONG_FIELD_COUNT, view.line, () => Array.from({ length: view.fields }, (_, i) => view.text(i)));
        aggregator.skip(WRONG_FIELD_COUNT);
      }
    }
    onProgress?.(batch.bytesRead, file.size);
  }
  const summary = aggregator.summary();
  const report: FileReport = { kind: 'messages', name: file.name, rows: summary.rows, skipped: summary.skipped, warnings: [] };
  if (headerLine === 0) report.warnings.push({ key: 'readers.messagesEmpty', values: { file: file.name } });
  report.warnings.push(...(misfits?.warnings(SKIPPED_MESSAGES_MEAN) ?? []));
  const dateWarning = dates.warning(file.name);
  if (dateWarning !== null) report.warnings.push(dateWarning);
  return { summary, report };
}

/**
 * A real export writes each conversation's rows together, and there the kinds of row would only cost
 * their hashing and memory: they are looked up once rows have come back to an earlier conversation
 * this many times, which rows in random order do from their first thousand or so.
 */
const KINDS_AFTER_RETURNS = 1000;

const SKIPPED_MESSAGES_MEAN = { key: 'readers.mean.messages' } as const;

function headerColumns(view: RecordView, fileName: string): MessageColumns {
  const header: string[] = [];
  for (let i = 0; i < view.fields; i++) header.push(textOf(view.text(i)).trim());
  const columns = findMessageColumns(header);
  if (columns === null) {
    throw new InputError(fileName, { key: 'problem.notMessages' }, { key: 'advice.checkMessagesCsv' }, view.line);
  }
  return columns;
}

/**
 * Folds each row into the aggregates. The row for noiseReason() and the row for the aggregator are
 * two objects filled anew for every row: a million rows made two million objects.
 */
class RowFolder {
  private readonly people = new RowParticipants();
  private readonly kinds: RowKinds;
  /** Rows that came back to a conversation after another's: from `kindsAfter` on, rows are looked up by their kind. */
  private returns = 0;
  private readonly kindsAfter: number;
  private readonly view: RowView;
  private readonly message: MessageRow = { title: '', sender: { key: '', name: '' }, recipients: [], date: 0, content: '', contentEscaped: false };

  constructor(
    private readonly aggregator: MessageAggregator,
    private readonly c: MessageColumns,
    kinds: KindOptions,
    private readonly dates: MessageDateOrder,
  ) {
    this.view = { from: '', senderUrl: '', hasSenderUrlColumn: c.senderUrl >= 0, conversationId: '', subject: '', content: '', folder: '', draft: '' };
    this.kinds = new RowKinds([c.conversationId, c.from, c.senderUrl, c.to, c.recipientUrls], kinds.maxPages, kinds.pageBytes);
    this.kindsAfter = kinds.after ?? KINDS_AFTER_RETURNS;
  }

  add(row: RecordView): void {
    const { aggregator, c, view } = this;
    view.from = row.cell(c.from);
    view.senderUrl = row.cell(c.senderUrl);
    view.conversationId = row.cell(c.conversationId);
    view.subject = row.cell(c.subject);
    // CONTENT as written: noiseReason() looks for marks without quotes, and only the last message's quotes are ever undone.
    view.content = row.rawCell(c.content);
    view.folder = row.cell(c.folder);
    view.draft = row.cell(c.draft);
    const reason = noiseReason(view);
    if (reason !== null) return aggregator.skip(reason);
    // 2021's `2024-11-20 09:15:02 UTC` is read where it lies; other shapes go through otherDate().
    const stamp = row.utcStamp(c.date);
    const date = stamp >= 0 ? stamp : this.otherDate(row.cell(c.date), row.line);
    if (date === null) return aggregator.skip('unreadable date');

    const { from, senderUrl, conversationId } = view;
    const message = this.message;
    message.date = date;
    message.content = view.content;
    message.contentEscaped = row.escaped(c.content);
    // A row of the previous row's conversation is resolved as it comes, against that conversation's rows (participants.ts):
    // cheaper than hashing the row, and that is how a real export's rows come. Any other row is looked up by its kind.
    const recent = conversationId === '' ? -1 : aggregator.recentWith(conversationId);
    const byKind = conversationId !== '' && recent < 0 && this.returns >= this.kindsAfter;
    if (byKind && this.addOfKnownKind(row)) return;
    const to = row.cell(c.to);
    const recipientUrls = row.cell(c.recipientUrls);
    let conversation: number;
    let named: Named;
    if (conversationId !== '') {
      conversation = recent;
      if (conversation < 0) {
        const known = aggregator.size;
        conversation = aggregator.open(conversationId);
        if (conversation < known) this.returns++;
      }
      named = this.people.resolve(conversation, from, senderUrl, to, recipientUrls);
    } else {
      // Before 2021 there was no conversation id: each counterpart is one conversation.
      named = this.people.resolve(-1, from, senderUrl, to, recipientUrls);
      const outgoing = row.cell(c.direction).toUpperCase() === 'OUTGOING';
      conversation = aggregator.open(bytesOf(`with:${outgoing ? (named.recipients[0]?.key ?? '') : named.sender.key}`));
    }
    message.title = this.title(row, conversation);
    message.sender = named.sender;
    message.recipients = named.recipients;
    const sender = aggregator.add(conversation, message);
    if (byKind) this.kinds.add(row, conversation, sender);
  }

  get dateColumn(): number {
    return this.c.date;
  }

  /** A DATE of another shape than LinkedIn's since 2021, in the order the file's dates showed (date-order.ts). */
  private otherDate(bytes: string, line: number): number | null {
    // Decoded once, for the order's evidence and for the date itself.
    const text = textOf(bytes);
    this.dates.see(text, line);
    return textMessageDate(text, this.dates.order);
  }

  /** Adds a row of a kind met before (row-kinds.ts), its message already in `message`; false if its kind is new. */
  private addOfKnownKind(row: RecordView): boolean {
    const kind = this.kinds.find(row);
    if (kind < 0) return false;
    const conversation = this.kinds.conversation(kind);
    this.aggregator.enter(conversation);
    this.message.title = this.title(row, conversation);
    this.aggregator.addFrom(conversation, this.kinds.sender(kind), this.message);
    return true;
  }

  /** The row's title, which counts only until its conversation has one. */
  private title(row: RecordView, conversation: number): string {
    return this.aggregator.untitled(conversation) ? row.cell(this.c.title) : '';
  }
}

const _LINKEDIN_MEMBER = 'LinkedIn Member';
