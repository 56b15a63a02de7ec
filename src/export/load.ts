import { openExport } from './locate.js';
import { readTableFile, readTableInto, type TableResult } from './files/table-file.js';
import { invitationsSpec } from './files/invitations.js';
import { InvitationTable } from './files/invitation-table.js';
import { isTableKind, type RecordOf, type TableKind, tableSpec } from './files/table-specs.js';
import { readMessages } from './messages/read-messages.js';
import type { MessageScan } from './messages/scan-messages.js';
import type { MessagesSummary } from './messages/types.js';
import { runtime } from '../launch/runtime.js';
import { findOwner } from './owner.js';
import { exportDateOf, newestRecord } from './export-date.js';
import { FILE_KINDS, type ExportFile, type ExportSource, type FileKind, type FileReport, type LinkedInExport } from './types.js';

export interface LoadOptions {
  /** `--me`: the owner's profile URL, when the export does not make it clear. */
  me?: string;
  /** Called as messages.csv is read, with bytes read and total. Spelt out, so that the published types need none of the scanner's. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/** Reads a LinkedIn export (zip, folder or lone Connections.csv) into typed records. */
export async function loadExport(path: string, options: LoadOptions = {}): Promise<LinkedInExport> {
  return readSource(await openExport(path), options);
}

async function readSource(source: ExportSource, options: LoadOptions = {}): Promise<LinkedInExport> {
  const reports: FileReport[] = [];
  const find = (kind: FileKind) => source.files.find((f) => f.kind === kind);
  const messagesFile = find('messages');
  const elsewhere = tablesElsewhere(source, messagesFile !== undefined);
  const read = async <K extends TableKind>(kind: K): Promise<RecordOf<K>[]> => {
    const file = find(kind);
    if (file === undefined) return [];
    // Read elsewhere with the same spec, chosen by the same kind: the same records.
    const readThere = elsewhere?.(file) as Promise<TableResult<RecordOf<K>[]>> | undefined;
    const { records, report } = await (readThere ?? readTableFile(file, tableSpec(kind)));
    reports.push(report);
    return records;
  };
  // Invitations.csv in columns: it is the one table that grows with the months kept, not with the connections.
  const readInvitations = async () => {
    const file = find('invitations');
    if (file === undefined) return new InvitationTable();
    const { records, report } = await readTableInto(file, invitationsSpec, new InvitationTable());
    reports.push(report);
    return records;
  };

  // messages.csv first: its scan, elsewhere or here between the reads of the tables, starts at once.
  // Its outcome waits until Connections.csv is read, so that a broken Connections.csv is still the error reported.
  const pendingMessages = messagesFile === undefined ? null : readMessages(messagesFile, options.onProgress, messageScan(source));
  pendingMessages?.catch(() => undefined);
  const connections = await read('connections');
  const profile = (await read('profile'))[0] ?? null;
  let messages: MessagesSummary | null = null;
  if (pendingMessages !== null) {
    const { summary, report } = await pendingMessages;
    reports.push(report);
    messages = summary;
  }

  const dated = {
    connections,
    messages,
    invitations: await readInvitations(),
    endorsementsReceived: await read('endorsementsReceived'),
    endorsementsGiven: await read('endorsementsGiven'),
    recommendationsReceived: await read('recommendationsReceived'),
    recommendationsGiven: await read('recommendationsGiven'),
  };
  const connectionsFile = find('connections');
  return {
    source: { path: source.path, type: source.type },
    exportDate: exportDateOf({
      names: [source.path, connectionsFile?.name ?? ''],
      fileDate: connectionsFile?.modified,
      newest: newestRecord(dated),
    }),
    files: reports,
    missing: FILE_KINDS.filter((kind) => find(kind) === undefined),
    ignored: ignoredOf(source),
    owner: findOwner(profile, messages, options.me),
    profile,
    ...dated,
    addressBook: await read('contacts'),
    positions: await read('positions'),
    skills: await read('skills'),
    education: await read('education'),
  };
}

/**
 * The tables another thread reads while this one folds messages.csv or reads Connections.csv, when the runtime
 * has such a thread (launch/runtime.ts); undefined: all are read here. Connections.csv is what this thread
 * needs first, so it is read here unless messages.csv keeps this thread busy meanwhile. A small export is read
 * here whole: starting a thread would take longer than reading it.
 */
function tablesElsewhere(source: ExportSource, withMessages: boolean) {
  const readTables = runtime().readTables;
  if (readTables === undefined) return undefined;
  const files = source.files.filter(
    (file): file is ExportFile & { kind: TableKind } =>
      isTableKind(file.kind) && (withMessages || file.kind !== 'connections') && file.size <= ELSEWHERE_MAX_BYTES,
  );
  return files.reduce((bytes, file) => bytes + file.size, 0) < ELSEWHERE_MIN_BYTES ? undefined : readTables(source.path, files);
}

/** Tables handed to another thread when they come to this much together: about what reading takes as long as starting it. */
const ELSEWHERE_MIN_BYTES = 1024 * 1024;
/** Larger tables are not real export files (a full Connections.csv is ~4 MB): read here, without a serialized copy of them. */
const ELSEWHERE_MAX_BYTES = 32 * 1024 * 1024;

/** Where messages.csv is scanned: where the runtime says (launch/runtime.ts), or here. */
function messageScan(source: ExportSource): MessageScan | undefined {
  const scan = runtime().scanMessages;
  return scan === undefined ? undefined : (file) => scan(source.path, file);
}

const ignoredOf = (source: ExportSource) => ('ignored' in source ? source.ignored : []);
