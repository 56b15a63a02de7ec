import { InputError } from '../../errors.js';
import { WRONG_FIELD_COUNT } from '../files/misfit-rows.js';
import type { MessageRow, MessageAggregator } from './aggregate.js';
import { bytesOf, textOf } from './bytes.js';
import { findMessageColumns, type MessageColumns } from './columns.js';
import { messageDate } from './message-date.js';
import { noiseReason, type RowView } from './noise.js';
import { type Named, RowParticipants } from './participants.js';
import type { RecordBatch } from './record-scanner.js';
import { RecordView } from './record-view.js';

/** Where the rows that do not fit the header go: MisfitRows, or a log of them kept for another thread (split-fold.ts). */
export interface MisfitSink {
  add(reason: string, line: number, fields: () => string[]): void;
}

/** The header's columns and number of fields, as the first record of the file gives them. */
export interface MessageHeader {
  columns: MessageColumns;
  width: number;
  line: number;
}

/** The header at the current record of `view`; refused, naming its line, when it is not messages.csv's. */
export function headerOf(view: RecordView, fileName: string): MessageHeader {
  const header: string[] = [];
  for (let i = 0; i < view.fields; i++) header.push(textOf(view.text(i)).trim());
  const columns = findMessageColumns(header);
  if (columns === null) {
    throw new InputError(fileName, { key: 'problem.notMessages' }, { key: 'advice.checkMessagesCsv' }, view.line);
  }
  return { columns, width: view.fields, line: view.line };
}

/**
 * Folds batches of records into an aggregator: the header first (unless given, for a part of the
 * file after it), then each row that fits it, and the rows that do not to a MisfitSink.
 */
export class RecordFolder<Sink extends MisfitSink = MisfitSink> {
  readonly view = new RecordView();
  /** The line each new conversation was first met on, when asked for: a part folded elsewhere names the one past the cap. */
  readonly firstLines: number[] | null;
  private header: MessageHeader | undefined;
  private rows: RowFolder | undefined;
  private sink: Sink | undefined;

  constructor(
    private readonly fileName: string,
    readonly aggregator: MessageAggregator,
    private readonly misfitsFor: (header: MessageHeader) => Sink,
    options: { header?: MessageHeader; firstLines?: boolean } = {},
  ) {
    if (options.header !== undefined) this.start(options.header);
    this.firstLines = options.firstLines ? [] : null;
  }

  /** The header, once read; and where the rows that do not fit it went. */
  get read(): { header: MessageHeader; misfits: Sink } | undefined {
    return this.header === undefined ? undefined : { header: this.header, misfits: this.sink! };
  }

  fold(batch: RecordBatch): void {
    const { view, aggregator, firstLines } = this;
    view.batch(batch);
    while (view.next()) {
      const rows = this.rows;
      if (rows === undefined) this.start(headerOf(view, this.fileName));
      else if (view.fields === this.header!.width) {
        if (firstLines === null) rows.add(view);
        else {
          const before = aggregator.size;
          rows.add(view);
          if (aggregator.size > before) firstLines.push(view.line);
        }
      } else {
        // A line of NUL bytes lands here too, as a row of one field. NULs are not looked for in rows that fit: that would cost a pass over every byte.
        this.sink!.add(WRONG_FIELD_COUNT, view.line, () => Array.from({ length: view.fields }, (_, i) => view.text(i)));
        aggregator.skip(WRONG_FIELD_COUNT);
      }
    }
  }

  private start(header: MessageHeader): void {
    this.header = header;
    this.rows = new RowFolder(this.aggregator, header.columns);
    this.sink = this.misfitsFor(header);
  }
}

/**
 * Folds each row into the aggregates. The row for noiseReason() and the row for the aggregator are
 * two objects filled anew for every row: a million rows made two million objects.
 */
export class RowFolder {
  private readonly people = new RowParticipants();
  private readonly view: RowView;
  private readonly message: MessageRow = { title: '', sender: { key: '', name: '' }, recipients: [], date: 0, content: '', contentEscaped: false };

  constructor(
    private readonly aggregator: MessageAggregator,
    private readonly c: MessageColumns,
  ) {
    this.view = { from: '', senderUrl: '', hasSenderUrlColumn: c.senderUrl >= 0, conversationId: '', subject: '', content: '', folder: '', draft: '' };
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
    // 2021's `2024-11-20 09:15:02 UTC` is read where it lies; other shapes go through messageDate().
    const stamp = row.utcStamp(c.date);
    const date = stamp >= 0 ? stamp : messageDate(row.cell(c.date));
    if (date === null) return aggregator.skip('unreadable date');

    const { from, senderUrl, conversationId } = view;
    const to = row.cell(c.to);
    const recipientUrls = row.cell(c.recipientUrls);
    let conversation: number;
    let named: Named;
    if (conversationId !== '') {
      conversation = aggregator.open(conversationId);
      named = this.people.resolve(conversation, from, senderUrl, to, recipientUrls);
    } else {
      // Before 2021 there was no conversation id: each counterpart is one conversation.
      named = this.people.resolve(-1, from, senderUrl, to, recipientUrls);
      const outgoing = row.cell(c.direction).toUpperCase() === 'OUTGOING';
      conversation = aggregator.open(bytesOf(`with:${outgoing ? (named.recipients[0]?.key ?? '') : named.sender.key}`));
    }
    const message = this.message;
    // The title counts only until the conversation has one.
    message.title = aggregator.untitled(conversation) ? row.cell(c.title) : '';
    message.sender = named.sender;
    message.recipients = named.recipients;
    message.date = date;
    message.content = view.content;
    message.contentEscaped = row.escaped(c.content);
    aggregator.add(conversation, message);
  }
}
