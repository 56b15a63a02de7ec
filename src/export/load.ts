import { openExport } from './locate.js';
import { readTableFile, type TableSpec } from './files/table-file.js';
import { connectionsSpec } from './files/connections.js';
import { invitationsSpec } from './files/invitations.js';
import { endorsementsGivenSpec, endorsementsReceivedSpec } from './files/endorsements.js';
import { recommendationsGivenSpec, recommendationsReceivedSpec } from './files/recommendations.js';
import { contactsSpec } from './files/contacts.js';
import { educationSpec, positionsSpec, profileSpec, skillsSpec } from './files/owner-files.js';
import { readMessages, type ReadProgress } from './messages/read-messages.js';
import { findOwner } from './owner.js';
import { FILE_KINDS, type ExportFile, type ExportSource, type FileKind, type FileReport, type LinkedInExport } from './types.js';

export interface LoadOptions {
  /** `--me`: the owner's profile URL, when the export does not make it clear. */
  me?: string;
  /** Called as messages.csv is read, with bytes read and total. */
  onProgress?: ReadProgress;
}

/** Reads a LinkedIn export (zip, folder or lone Connections.csv) into typed records. */
export async function loadExport(path: string, options: LoadOptions = {}): Promise<LinkedInExport> {
  const source = await openExport(path);
  const reports: FileReport[] = [];
  const find = (kind: FileKind) => source.files.find((f) => f.kind === kind);
  const read = async <T>(kind: FileKind, spec: TableSpec<string, T>): Promise<T[]> => {
    const file = find(kind);
    if (file === undefined) return [];
    const { records, report } = await readTableFile(file, spec);
    reports.push(report);
    return records;
  };

  const connections = await read('connections', connectionsSpec);
  const profile = (await read('profile', profileSpec))[0] ?? null;
  const messagesFile = find('messages');
  const messages = messagesFile === undefined ? null : await readMessagesInto(messagesFile, reports, options.onProgress);

  return {
    source: { path: source.path, type: source.type },
    files: reports,
    missing: FILE_KINDS.filter((kind) => find(kind) === undefined),
    ignored: ignoredOf(source),
    owner: findOwner(profile, messages, options.me),
    profile,
    connections,
    messages,
    invitations: await read('invitations', invitationsSpec),
    endorsementsReceived: await read('endorsementsReceived', endorsementsReceivedSpec),
    endorsementsGiven: await read('endorsementsGiven', endorsementsGivenSpec),
    recommendationsReceived: await read('recommendationsReceived', recommendationsReceivedSpec),
    recommendationsGiven: await read('recommendationsGiven', recommendationsGivenSpec),
    addressBook: await read('contacts', contactsSpec),
    positions: await read('positions', positionsSpec),
    skills: await read('skills', skillsSpec),
    education: await read('education', educationSpec),
  };
}

async function readMessagesInto(file: ExportFile, reports: FileReport[], onProgress?: ReadProgress) {
  const { summary, report } = await readMessages(file, onProgress);
  reports.push(report);
  return summary;
}

const ignoredOf = (source: ExportSource) => ('ignored' in source ? source.ignored : []);
