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
  /** The scanner's batch size (RecordScannerOptions.batchBytes): tests split between any two records with 1. */
  batchBytes?: number;
  /** A progress item every so many batches folded here. */
  progressEvery?: number;
}

/**
 * messages.csv's records, scanned on this thread: the batches before `from` as they are, then the
 * rest folded here and handed over as one FoldedPart, last (also before an error that ends the scan,
 * so that a conversation past the cap met before it is still the one refused). A file whose first
 * record is not messages.csv's header is not split: the other thread says what is wrong with it.
 */
export async function* splitScan(file: ExportFile, options: SplitOptions): AsyncGenerator<ScanItem> {
  const scanner = new RecordScanner({ fileName: file.name, batchBytes: options.batchBytes });
  const progressEvery = options.progressEvery ?? 16;
  let header: MessageHeader | null | undefined;
  let rest: RecordFolder | null = null;
  let log: MisfitLog | null = null;
  let overflowLine = 0;
  let bytesRead = 0;
  let folded = 0;
  const part = (): Elsewhere => ({ kind: 'folded', part: partOf(rest!, log!, overflowLine), bytesRead });
  try {
    for await (const bytes of utf8Chunks(file.stream(), file.name)) {
      for (const batch of scanner.push(bytes)) {
        bytesRead = batch.bytesRead;
        // The first batch, which holds the header, always goes to the other thread.
        const first = header === undefined;
        if (first) header = headerIn(batch, file.name);
        if (rest === null && (first || header === null || batch.bytesRead < options.from)) {
          yield batch;
          continue;
        }
        if (rest === null) {
          log = new MisfitLog();
          const sink = log;
          rest = new RecordFolder(file.name, new MessageAggregator(options.maxConversations ?? MAX_CONVERSATIONS), () => sink, {
            header: header!,
            firstLines: true,
          });
        }
        try {
          rest.fold(batch);
        } catch (error) {
          if (!(error instanceof TooManyConversations)) throw error;
          overflowLine = rest.view.line;
          yield part();
          return;
        }
        if (++folded % progressEvery === 0) yield { kind: 'progress', bytesRead };
      }
    }
    // The end of the file: the last records, as above.
    for (const batch of scanner.end()) {
      bytesRead = batch.bytesRead;
      if (header === undefined) header = headerIn(batch, file.name);
      if (rest === null) yield batch;
      else {
        try {
          rest.fold(batch);
        } catch (error) {
          if (!(error instanceof TooManyConversations)) throw error;
          overflowLine = rest.view.line;
          break;
        }
      }
    }
  } catch (error) {
    if (rest !== null) yield part();
    throw error;
  }
  if (rest !== null) yield part();
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

function partOf(rest: RecordFolder, log: MisfitLog, overflowLine: number): FoldedPart {
  return { aggregate: rest.aggregator.part(), firstLines: Int32Array.from(rest.firstLines!), overflowLine, misfits: [...log.byReason] };
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
