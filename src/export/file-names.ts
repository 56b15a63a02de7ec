import type { Notice } from '../i18n/notice.js';
import { FILE_KINDS, type FileKind } from './types.js';

/**
 * Lower-cased basename → kind. Files are matched by basename at any depth, because users
 * re-zip the unpacked folder. `rank` orders alternatives for one kind (0 wins): the legacy
 * UTF-16 `Endorsement Received Info.csv` is used only when the underscore file is absent.
 */
const KNOWN_FILES: Readonly<Record<string, { kind: FileKind; rank: number }>> = {
  'connections.csv': { kind: 'connections', rank: 0 },
  'messages.csv': { kind: 'messages', rank: 0 },
  'invitations.csv': { kind: 'invitations', rank: 0 },
  'endorsement_received_info.csv': { kind: 'endorsementsReceived', rank: 0 },
  'endorsement received info.csv': { kind: 'endorsementsReceived', rank: 1 },
  'endorsement_given_info.csv': { kind: 'endorsementsGiven', rank: 0 },
  'recommendations_received.csv': { kind: 'recommendationsReceived', rank: 0 },
  'recommendations_given.csv': { kind: 'recommendationsGiven', rank: 0 },
  'contacts.csv': { kind: 'contacts', rank: 0 },
  'imported contacts.csv': { kind: 'contacts', rank: 1 },
  'positions.csv': { kind: 'positions', rank: 0 },
  'profile.csv': { kind: 'profile', rank: 0 },
  'skills.csv': { kind: 'skills', rank: 0 },
  'education.csv': { kind: 'education', rank: 0 },
};

/** How each kind is named in today's exports, for messages to the user. */
export const FILE_NAME: Readonly<Record<FileKind, string>> = {
  connections: 'Connections.csv',
  messages: 'messages.csv',
  invitations: 'Invitations.csv',
  endorsementsReceived: 'Endorsement_Received_Info.csv',
  endorsementsGiven: 'Endorsement_Given_Info.csv',
  recommendationsReceived: 'Recommendations_Received.csv',
  recommendationsGiven: 'Recommendations_Given.csv',
  contacts: 'Contacts.csv',
  positions: 'Positions.csv',
  profile: 'Profile.csv',
  skills: 'Skills.csv',
  education: 'Education.csv',
};

const COACH = { key: 'readers.ignored.coach' } as const;

/** Files that look like conversations but are not, listed in `ignored` so the user sees why. */
const NOISE_FILES: Readonly<Record<string, Notice>> = {
  'coach_messages.csv': COACH,
  'learning_coach_messages.csv': COACH,
  'learning_role_play_messages.csv': COACH,
  'guide_messages.csv': COACH,
};

/** A browser's duplicate-download suffix, `Connections (1).csv`; such a copy loses to the plain name. */
const COPY_SUFFIX = /^(.*) \(\d+\)(\.[^.]*)$/;
const COPY_RANK = 10;

export function basename(rel: string): string {
  return rel.slice(rel.lastIndexOf('/') + 1);
}

/** The kind a file name maps to, with its rank, or undefined for files netprune does not read. */
export function kindOf(rel: string): { kind: FileKind; rank: number } | undefined {
  const base = basename(rel).toLowerCase();
  const known = KNOWN_FILES[base];
  if (known) return known;
  const copy = COPY_SUFFIX.exec(base);
  const original = copy ? KNOWN_FILES[`${copy[1]}${copy[2]}`] : undefined;
  return original && { kind: original.kind, rank: original.rank + COPY_RANK };
}

export function noiseReason(rel: string): Notice | undefined {
  return NOISE_FILES[basename(rel).toLowerCase()];
}

/** A file found in the source: `rel` is its `/`-separated path inside it, `name` what the user sees. */
export interface Candidate {
  rel: string;
  name: string;
}

export interface Selection<T extends Candidate> {
  chosen: { kind: FileKind; candidate: T }[];
  ignored: { name: string; reason: Notice }[];
  /**
   * Files of the same name and kind as a chosen one (in another folder, or a browser's ` (1)` copy):
   * the caller compares their bytes, since an identical copy is harmless and a different one is a second export.
   */
  copies: { kind: FileKind; chosen: T; copy: T }[];
}

const depth = (rel: string) => rel.split('/').length;

/**
 * One file per kind: the best rank, then the shallowest, then the alphabetically first path.
 * An older format of the same data goes to `ignored`; a file of the same name goes to `copies`,
 * so that two exports in one folder are never silently merged.
 */
export function selectFiles<T extends Candidate>(candidates: readonly T[]): Selection<T> {
  const byKind = new Map<FileKind, { rank: number; candidate: T }[]>();
  const ignored: Selection<T>['ignored'] = [];
  for (const candidate of candidates) {
    const noise = noiseReason(candidate.rel);
    if (noise) ignored.push({ name: candidate.name, reason: noise });
    const known = kindOf(candidate.rel);
    if (!known) continue;
    const list = byKind.get(known.kind) ?? [];
    list.push({ rank: known.rank, candidate });
    byKind.set(known.kind, list);
  }
  const chosen: Selection<T>['chosen'] = [];
  const copies: Selection<T>['copies'] = [];
  for (const kind of FILE_KINDS) {
    const list = byKind.get(kind);
    if (!list) continue;
    list.sort(
      (a, b) =>
        (a.rank % COPY_RANK) - (b.rank % COPY_RANK) ||
        a.rank - b.rank ||
        depth(a.candidate.rel) - depth(b.candidate.rel) ||
        (a.candidate.rel < b.candidate.rel ? -1 : a.candidate.rel > b.candidate.rel ? 1 : 0),
    );
    const [winner, ...losers] = list;
    if (!winner) continue;
    chosen.push({ kind, candidate: winner.candidate });
    for (const loser of losers) {
      if (loser.rank % COPY_RANK === winner.rank % COPY_RANK) copies.push({ kind, chosen: winner.candidate, copy: loser.candidate });
      else ignored.push({ name: loser.candidate.name, reason: { key: 'readers.ignored.olderFormat', values: { file: winner.candidate.name } } });
    }
  }
  return { chosen, ignored, copies };
}
