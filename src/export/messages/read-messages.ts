import type { ExportFile, FileReport } from '../types.js';
import { InputError } from '../../errors.js';
import { MAX_CONVERSATIONS, MessageAggregator, TooManyConversations } from './aggregate.js';
import { scanMessages, type MessageScan } from './scan-messages.js';
import { MisfitRows } from '../files/misfit-rows.js';
import { RecordFolder } from './row-folder.js';
import { absorbPart } from './split-fold.js';
import type { MessagesSummary } from './types.js';

export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

/**
 * Streams messages.csv once, keeping per-conversation aggregates only: the file can be
 * hundreds of megabytes for people with years of history. Its records are found in the bytes
 * (record-scanner.ts), and a row's fields are decoded only when their values are kept (bytes.ts).
 * The scan may hand over the end of the file already folded (split-fold.ts): it is absorbed last.
 */
export async function readMessages(
  file: ExportFile,
  onProgress?: ReadProgress,
  scan: MessageScan = scanMessages,
  maxConversations = MAX_CONVERSATIONS,
): Promise<{ summary: MessagesSummary; report: FileReport }> {
  const aggregator = new MessageAggregator(maxConversations);
  const folder = new RecordFolder(file.name, aggregator, (header) => new MisfitRows(file.name, header.width));
  try {
    return await foldMessages(file, folder, onProgress, scan);
  } catch (error) {
    if (!(error instanceof TooManyConversations)) throw error;
    const line = error.line ?? folder.view.line;
    throw new InputError(file.name, { key: 'problem.tooManyConversations', values: { count: error.max } }, { key: 'advice.notExportFileAgain' }, line);
  }
}

async function foldMessages(
  file: ExportFile,
  folder: RecordFolder<MisfitRows>,
  onProgress: ReadProgress | undefined,
  scan: MessageScan,
): Promise<{ summary: MessagesSummary; report: FileReport }> {
  for await (const item of scan(file)) {
    if (!('kind' in item)) folder.fold(item);
    else if (item.kind === 'folded') absorbPart(folder, item.part);
    onProgress?.(item.bytesRead, file.size);
  }
  const summary = folder.aggregator.summary();
  const report: FileReport = { kind: 'messages', name: file.name, rows: summary.rows, skipped: summary.skipped, warnings: [] };
  const read = folder.read;
  if (read === undefined) report.warnings.push({ key: 'readers.messagesEmpty', values: { file: file.name } });
  else report.warnings.push(...read.misfits.warnings(SKIPPED_MESSAGES_MEAN));
  return { summary, report };
}

const SKIPPED_MESSAGES_MEAN = { key: 'readers.mean.messages' } as const;
