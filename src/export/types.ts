import type { Connection, Invitation, Endorsement, Recommendation, AddressBookEntry, Position, Profile, Education } from './records.js';
import type { MessagesSummary } from './messages/types.js';

/** The files netprune reads. Anything else in the export is ignored. */
export const FILE_KINDS = [
  'connections',
  'messages',
  'invitations',
  'endorsementsReceived',
  'endorsementsGiven',
  'recommendationsReceived',
  'recommendationsGiven',
  'contacts',
  'positions',
  'profile',
  'skills',
  'education',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** One file found in the export: in a zip, a folder, or given alone. */
export interface ExportFile {
  kind: FileKind;
  /** What the user sees in messages: `export.zip:Connections.csv` or the file path. */
  name: string;
  /** Uncompressed size in bytes. */
  size: number;
  /** The whole file. For small files only. */
  read(): Promise<Uint8Array>;
  /** The file in chunks, for large files (messages.csv). A chunk may be reused once the next one is asked for. */
  stream(): AsyncIterable<Uint8Array>;
}

export interface ExportSource {
  path: string;
  type: 'zip' | 'folder' | 'file';
  files: ExportFile[];
  /** Files seen but not used: unsafe zip entries, coach messages, duplicates of a kind. */
  ignored: { name: string; reason: string }[];
}

/** What reading one file gave: rows kept, rows skipped and why, warnings. */
export interface FileReport {
  kind: FileKind;
  name: string;
  rows: number;
  /** reason → count; e.g. { "hidden member": 3, "unreadable row": 1 } */
  skipped: Record<string, number>;
  warnings: string[];
}

export interface Owner {
  firstName: string;
  lastName: string;
  /** Normalised profile key (see normalizeProfileUrl), when known. */
  key: string | null;
  source: 'flag' | 'profile+messages' | 'profile' | 'messages' | 'unknown';
}

/** Everything read from one export. Pure data. */
export interface LinkedInExport {
  source: { path: string; type: ExportSource['type'] };
  files: FileReport[];
  missing: FileKind[];
  /** Files found but not read, and why (coach messages, a second copy of a file, unsafe zip entries). */
  ignored: { name: string; reason: string }[];
  owner: Owner;
  profile: Profile | null;
  connections: Connection[];
  messages: MessagesSummary | null;
  invitations: Invitation[];
  endorsementsReceived: Endorsement[];
  endorsementsGiven: Endorsement[];
  recommendationsReceived: Recommendation[];
  recommendationsGiven: Recommendation[];
  addressBook: AddressBookEntry[];
  positions: Position[];
  skills: string[];
  education: Education[];
}
