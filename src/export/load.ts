import { openExport } from './locate.js';
import { readTableFile, readTableInto, type TableSpec } from './files/table-file.js';
import { connectionsSpec } from './files/connections.js';
import { invitationsSpec } from './files/invitations.js';
import { InvitationTable } from './files/invitation-table.js';
import { endorsementsGivenSpec, endorsementsReceivedSpec } from './files/endorsements.js';
import { recommendationsGivenSpec, recommendationsReceivedSpec } from './files/recommendations.js';
import { contactsSpec } from './files/contacts.js';
import { educationSpec, positionsSpec, profileSpec, skillsSpec } from './files/owner-files.js';
import { readMessages } from './messages/read-messages.js';
import type { MessageScan } from './messages/scan-messages.js';
import type { MessagesSummary } from './messages/types.js';
import { runtime } from '../launch/runtime.js';
import { findOwner } from './owner.js';
import { exportDateOf, newestRecord } from './export-date.js';
import { FILE_KINDS, type ExportSource, type FileKind, type FileReport, type LinkedInExport } from './types.js';

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
  const read = async <T>(kind: FileKind, spec: TableSpec<string, T>): Promise<T[]> => {
    const file = find(kind);
    if (file === undefined) return [];
    const { records, report } = await readTableFile(file, spec);
    reports.push(report);
    return records;
  };
  // Invitations.csv in columns: it is the one table that grows with the months kept, not with the connections.
  const readInvitations = async () => {
    const file = find('invitations');
    if (file === undefined) return new InvitationTable();
    const { records, report } = await readTableInto(file, invitationsSpec, () => new InvitationTable());
    reports.push(report);
    return records;
  };

  // messages.csv first: its scan, elsewhere or here between the reads of the tables, starts at once.
  // Its outcome waits until Connections.csv is read, so that a broken Connections.csv is still the error reported.
  const messagesFile = find('messages');
  const pendingMessages = messagesFile === undefined ? null : readMessages(messagesFile, options.onProgress, messageScan(source));
  pendingMessages?.catch(() => undefined);
  const connections = await read('connections', connectionsSpec);
  const profile = (await read('profile', profileSpec))[0] ?? null;
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
    endorsementsReceived: await read('endorsementsReceived', endorsementsReceivedSpec),
    endorsementsGiven: await read('endorsementsGiven', endorsementsGivenSpec),
    recommendationsReceived: await read('recommendationsReceived', recommendationsReceivedSpec),
    recommendationsGiven: await read('recommendationsGiven', recommendationsGivenSpec),
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
    addressBook: await read('contacts', contactsSpec),
    positions: await read('positions', positionsSpec),
    skills: await read('skills', skillsSpec),
    education: await read('education', educationSpec),
  };
}

/** Where messages.csv is scanned: where the runtime says (launch/runtime.ts), or here. */
function messageScan(source: ExportSource): MessageScan | undefined {
  const scan = runtime().scanMessages;
  return scan === undefined ? undefined : (file) => scan(source.path, file);
}

const ignoredOf = (source: ExportSource) => ('ignored' in source ? source.ignored : []);
