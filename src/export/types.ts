import type { Notice } from '../i18n/notice.js';
import type { InvitationList } from './files/invitation-table.js';
import type { Connection, Endorsement, Recommendation, AddressBookEntry, Position, Profile, Education } from './records.js';
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
  /**
   * `YYYY-MM-DD` the archive records for a zip entry. Absent for files on disk: copying a folder or
   * checking it out resets their dates, which would make an old export look new.
   */
  modified?: string | null;
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
  ignored: { name: string; reason: Notice }[];
}

/** What reading one file gave: rows kept, rows skipped and why, warnings. */
export interface FileReport {
  kind: FileKind;
  name: string;
  rows: number;
  /** reason → count; e.g. { "hidden member": 3, "unreadable row": 1 } */
  skipped: Record<string, number>;
  warnings: Notice[];
}

/** When the export was made, as far as it tells. */
export interface ExportDate {
  /** `YYYY-MM-DD`; null when nothing in the export is dated. */
  date: string | null;
  /**
   * `name`: the date LinkedIn puts in the archive's name (`…LinkedInDataExport_11-20-2026`);
   * `file-dates`: the zip entries' dates; `newest-record`: the newest dated row, so the export
   * was made that day or later.
   */
  from: 'name' | 'file-dates' | 'newest-record' | null;
}

export interface Owner {
  firstName: string;
  lastName: string;
  /** Normalised profile key (see normalizeProfileUrl), when known. */
  key: string | null;
  source: 'flag' | 'profile+messages' | 'profile' | 'messages' | 'unknown';
}

/** Everything read from one export. Pure data, never changed once read. */
export interface LinkedInExport {
  readonly source: { readonly path: string; readonly type: ExportSource['type'] };
  /** When the export was made: its age says what it cannot know (see report/export-age.ts). */
  readonly exportDate: ExportDate;
  readonly files: readonly FileReport[];
  readonly missing: readonly FileKind[];
  /** Files found but not read, and why (coach messages, a second copy of a file, unsafe zip entries). */
  readonly ignored: readonly { name: string; reason: Notice }[];
  readonly owner: Owner;
  readonly profile: Profile | null;
  readonly connections: readonly Connection[];
  readonly messages: MessagesSummary | null;
  /** Counted, indexed and walked; each invitation made when read (files/invitation-table.ts). */
  readonly invitations: InvitationList;
  readonly endorsementsReceived: readonly Endorsement[];
  readonly endorsementsGiven: readonly Endorsement[];
  readonly recommendationsReceived: readonly Recommendation[];
  readonly recommendationsGiven: readonly Recommendation[];
  readonly addressBook: readonly AddressBookEntry[];
  readonly positions: readonly Position[];
  readonly skills: readonly string[];
  readonly education: readonly Education[];
}

/** What the read found about the input, less its records: enough to describe it in any report. */
export type ReadFacts = Pick<LinkedInExport, 'source' | 'exportDate' | 'files' | 'missing' | 'ignored' | 'owner'>;
