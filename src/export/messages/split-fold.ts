import type { ExportFile } from '../types.js';
import { utf8Chunks } from '../decode.js';
import { type AggregatedPart, MAX_CONVERSATIONS, MessageAggregator, TooManyConversations } from './aggregate.js';
import { RecordScanner, type RecordBatch } from './record-scanner.js';
import { RecordView } from './record-view.js';
import { headerOf, type MessageHeader, type MisfitSink, RecordFolder } from './row-folder.js';

/**
 * messages.csv folded on two threads (docs/performance.md, "Folding messages.csv on both threads").
 * The thread that scans the file hands the records before a byte offset to the thread that reads
 * the export, as batches, and folds the records after it itself, into an aggregator of its own. The
 * split falls between two records: only a scan from the start of the file knows where a record
 * starts, since a quoted field may hold line breaks. The other thread then absorbs that part
 * (MessageAggregator.absorb), which gives what folding every row on one thread gives, byte for byte.
 */

/** What a scan hands over besides batches: how far it has read, and the part it folded itself. */
export type Elsewhere = { kind: 'progress'; bytesRead: number } | { kind: 'folded'; part: FoldedPart; bytesRead: number };
export type ScanItem = RecordBatch | Elsewhere;

/** The rows from the split to the end (or to the first conversation past the cap), folded. */
export interface FoldedPart {
  aggregate: AggregatedPart;
  /** The line each of the part's conversations was first met on. */
  firstLines: Int32Array;
  /** The line of a row whose conversation this part could not take (past the cap), 0 if none: its rows after it were not folded. */
  overflowLine: number;
  /** The rows that do not fit the header, per reason in the order met: how many, and the first lines of the first few. */
  misfits: [string, { count: number; spans: { first: number; breaks: number }[] }][];
}

/** Lines named per reason: MisfitRows names five, and the part's first five are all it can need. */
const SPANS_KEPT = 5;

/** A MisfitSink that keeps what MisfitRows would, to be replayed into it on the other thread. */
class MisfitLog implements MisfitSink {
  readonly byReason = new Map<string, { count: number; spans: { first: number; breaks: number }[] }>();

  add(reason: string, line: number, fields: () => string[]): void {
    let entry = this.byReason.get(reason);
    if (entry === undefined) this.byReason.set(reason, (entry = { count: 0, spans: [] }));
    entry.count++;
    if (entry.spans.length < SPANS_KEPT)
      entry.spans.push({ first: line, breaks: fields().reduce((n, field) => n + (field.match(/\r\n|\r|\n/g)?.length ?? 0), 0) });
  }
}

export interface SplitOptions {
  /** Records in batches made once this many bytes of the file are read are folded here. */
  from: number;
  maxConversations?: number;
  /** A part is handed over once it holds this many conversations, and the next one begun: what this thread holds stays bounded. */
  partConversations?: number;
  /** The scanner's batch size (RecordScannerOptions.batchBytes): tests split between any two records with 1. */
  batchBytes?: number;
  /** A progress item every so many batches folded here. */
  progressEvery?: number;
}

/**
 * Conversations in one part: far more than the heavy bench export's 24,500 (one part), and a bound on
 * what a file of a million distinct conversations costs this thread (about 20 MB a part).
 */
const PART_CONVERSATIONS = 100_000;

/**
 * messages.csv's records, scanned on this thread: the batches before `from` as they are, then the
 * rest folded here and handed over as FoldedParts, in order (the last one also before an error that
 * ends the scan, so that a conversation past the cap met before it is still the one refused). A
 * file whose first record is not messages.csv's header is not split: the other thread says what is
 * wrong with it.
 */
export async function* splitScan(file: ExportFile, options: SplitOptions): AsyncGenerator<ScanItem> {
  const scanner = new RecordScanner({ fileName: file.name, batchBytes: options.batchBytes });
  const split = new Splitter(file.name, options);
  try {
    for await (const bytes of utf8Chunks(file.stream(), file.name)) {
      for (const batch of scanner.push(bytes)) {
        yield* split.take(batch);
        if (split.overflowLine > 0) return;
      }
    }
    // The end of the file: the last records, as above.
    for (const batch of scanner.end()) {
      yield* split.take(batch);
      if (split.overflowLine > 0) return;
    }
  } catch (error) {
    const last = split.finish();
    if (last !== null) yield last;
    throw error;
  }
  const last = split.finish();
  if (last !== null) yield last;
}

/** Which batches go as they are, and the part being folded here. */
class Splitter {
  /** undefined until the first batch; null when it does not start with messages.csv's header. */
  private header: MessageHeader | null | undefined;
  private rest: { folder: RecordFolder; log: MisfitLog } | null = null;
  overflowLine = 0;
  private bytesRead = 0;
  private folded = 0;

  constructor(
    private readonly fileName: string,
    private readonly options: SplitOptions,
  ) {}

  take(batch: RecordBatch): ScanItem[] {
    this.bytesRead = batch.bytesRead;
    // The first batch, which holds the header, always goes to the other thread.
    const first = this.header === undefined;
    if (first) this.header = headerIn(batch, this.fileName);
    if (this.rest === null && (first || this.header === null || batch.bytesRead < this.options.from)) return [batch];
    this.rest ??= this.begin(this.header!);
    try {
      this.rest.folder.fold(batch);
    } catch (error) {
      if (!(error instanceof TooManyConversations)) throw error;
      this.overflowLine = this.rest.folder.view.line;
      return [this.finish()!];
    }
    if (this.rest.folder.aggregator.size >= (this.options.partConversations ?? PART_CONVERSATIONS)) return [this.finish()!];
    return ++this.folded % (this.options.progressEvery ?? 16) === 0 ? [{ kind: 'progress', bytesRead: this.bytesRead }] : [];
  }

  /** The part folded so far, handed over; null if none. */
  finish(): Elsewhere | null {
    if (this.rest === null) return null;
    const { folder, log } = this.rest;
    this.rest = null;
    const part = {
      aggregate: folder.aggregator.part(),
      firstLines: Int32Array.from(folder.firstLines!),
      overflowLine: this.overflowLine,
      misfits: [...log.byReason],
    };
    return { kind: 'folded', part, bytesRead: this.bytesRead };
  }

  private begin(header: MessageHeader): { folder: RecordFolder; log: MisfitLog } {
    const log = new MisfitLog();
    const aggregator = new MessageAggregator(this.options.maxConversations ?? MAX_CONVERSATIONS);
    return { folder: new RecordFolder(this.fileName, aggregator, () => log, { header, firstLines: true }), log };
  }
}

/** The header in the first record of the first batch, or null when it is none: that file is not split. Read before the batch is handed over. */
function headerIn(batch: RecordBatch, fileName: string): MessageHeader | null {
  const view = new RecordView();
  view.batch(batch);
  if (!view.next()) return null;
  try {
    return headerOf(view, fileName);
  } catch {
    return null;
  }
}

/** The buffers of a part, to transfer rather than copy it to the other thread. */
export function transferablesOf(part: FoldedPart): ArrayBuffer[] {
  const a = part.aggregate;
  return [a.ids.bytes, a.ids.starts, a.lastSenders, a.lastDates, a.maxRecipients, a.heads, a.counts, a.firsts, a.lasts, a.nexts, part.firstLines].map(
    (array) => array.buffer as ArrayBuffer,
  );
}

/**
 * Takes a part folded elsewhere into `folder`'s aggregator and misfits, after the rows it folded:
 * the same aggregates, skipped rows and warnings as folding the part's rows here.
 */
export function absorbPart(folder: RecordFolder, part: FoldedPart): void {
  const { aggregator } = folder;
  aggregator.absorb(part.aggregate, (i) => part.firstLines[i]!);
  const misfits = folder.read?.misfits;
  for (const [reason, { count, spans }] of part.misfits) {
    // MisfitRows counts every row and names the first few: past the spans kept, it names none.
    for (let k = 0; k < count; k++) {
      const span = spans[k];
      misfits?.add(reason, span?.first ?? 0, () => (span === undefined ? [] : ['\n'.repeat(span.breaks)]));
    }
  }
  if (part.overflowLine > 0) throw new TooManyConversations(aggregator.maxConversations, part.overflowLine);
}
