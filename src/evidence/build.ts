import type { LinkedInExport } from '../export/types.js';
import { joinAddressBook } from './address-book.js';
import { blankEvidence } from './blank.js';
import { closeness, ownerTerms, type Closeness } from './closeness.js';
import { indexEmployers } from './employer.js';
import { joinEndorsements } from './endorsements.js';
import { joinInvitations } from './invitations.js';
import { emptyAudit, type MatchAudit } from './match-audit.js';
import { joinMessages } from './messages.js';
import { indexPeople } from './people-index.js';
import { joinRecommendations } from './recommendations.js';
import { Unattributed } from './same-name.js';
import { findSchool, indexSchools } from './school.js';
import type { Evidence } from './types.js';
import { runtime } from '../launch/runtime.js';
import { isIsoDate, wholeYearsBetween } from './years.js';

/** The files that only the evidence reads: once it holds what they said, nothing needs them. */
type JoinedOnly =
  | 'messages'
  | 'invitations'
  | 'endorsementsReceived'
  | 'endorsementsGiven'
  | 'recommendationsReceived'
  | 'recommendationsGiven'
  | 'addressBook';

/** An export less the files that only the evidence reads. */
export type ExportHead = Omit<LinkedInExport, JoinedOnly>;
/** Those files, each taken out by the join that reads it. */
export type Unjoined = { -readonly [K in JoinedOnly]?: LinkedInExport[K] };

/** An export as a head and its files to join, for `buildEvidenceLettingGo`. */
export function splitExport(exp: LinkedInExport): { head: ExportHead; unjoined: Unjoined } {
  const { messages, invitations, endorsementsReceived, endorsementsGiven, recommendationsReceived, recommendationsGiven, addressBook, ...head } = exp;
  return { head, unjoined: { messages, invitations, endorsementsReceived, endorsementsGiven, recommendationsReceived, recommendationsGiven, addressBook } };
}

export interface EvidenceResult {
  /** One per `exp.connections[i]`, same order. */
  evidence: Evidence[];
  /** How each file was joined: matched by url / e-mail / name / name and a second field, ambiguous, unmatched. */
  audit: MatchAudit;
}

/**
 * Gathers the evidence of every connection from every file of the export, and says how each
 * file was joined. Pure: no I/O, no clock (`today` is `YYYY-MM-DD`). The connections are indexed
 * once, then each other file is joined in one pass, so the cost is linear in the export's size.
 */
export function buildEvidenceWithAudit(exp: LinkedInExport, today: string): EvidenceResult {
  return buildEvidenceLettingGo(exp, splitExport(exp).unjoined, today);
}

/**
 * `buildEvidenceWithAudit`, taking each file out of `unjoined` as it joins it: a caller that holds those files
 * only there lets each be collected once the evidence holds what it said, instead of holding the whole export
 * and the whole evidence at once (27 MB of files on the heavy bench export: docs/performance.md).
 */
export function buildEvidenceLettingGo(exp: ExportHead, unjoined: Unjoined, today: string): EvidenceResult {
  if (!isIsoDate(today)) throw new RangeError(`buildEvidence: today must be YYYY-MM-DD, got "${today}"`);
  const people = indexPeople(exp.connections);
  const audit = emptyAudit();
  const employers = indexEmployers(exp.positions);
  const schools = indexSchools(exp.education);
  const owner = ownerTerms(exp);
  const closenessByPosition = new Map<string, Closeness>();

  const evidence = exp.connections.map((connection, i): Evidence => {
    const ev = blankEvidence();
    ev.emailVisible = connection.email !== null && connection.email.trim() !== '';
    ev.yearsConnected = connection.connectedOn === null ? null : wholeYearsBetween(connection.connectedOn, today);
    const companyKey = people.companyKeys[i] ?? '';
    ev.sharedEmployer = companyKey === '' ? null : (employers.get(companyKey) ?? null);
    ev.school = findSchool(schools, connection.company, connection.position);
    let close = closenessByPosition.get(connection.position);
    if (close === undefined) closenessByPosition.set(connection.position, (close = closeness(owner, connection.position)));
    ev.closeness = close.score;
    ev.closenessTerms = [...close.terms];
    return ev;
  });

  const unattributed = new Unattributed();
  // Each file taken in the call that joins it, so that no variable here holds it once it is joined.
  const take = <K extends JoinedOnly>(kind: K): LinkedInExport[K] | undefined => {
    const file = unjoined[kind];
    delete unjoined[kind];
    return file;
  };
  joinMessages(take('messages') ?? null, exp.owner, people, evidence, audit.messages, unattributed);
  joinInvitations(take('invitations') ?? [], people, evidence, audit.invitations, unattributed);
  joinEndorsements(take('endorsementsReceived') ?? [], 'received', people, evidence, audit.endorsementsReceived, unattributed);
  joinEndorsements(take('endorsementsGiven') ?? [], 'given', people, evidence, audit.endorsementsGiven, unattributed);
  joinRecommendations(take('recommendationsReceived') ?? [], 'received', people, evidence, audit.recommendationsReceived, unattributed);
  joinRecommendations(take('recommendationsGiven') ?? [], 'given', people, evidence, audit.recommendationsGiven, unattributed);
  joinAddressBook(take('addressBook') ?? [], people, evidence, audit.contacts, unattributed);
  // The files just let go are garbage V8 would keep until its heap had grown past them: collected before the
  // namesakes' records are attached, the heavy export's heap peaks 10 MB lower (docs/performance.md).
  runtime().collectGarbage();
  unattributed.attach(evidence, people);
  return { evidence, audit };
}

/** The evidence of every connection: one per `exp.connections[i]`, same order. See `buildEvidenceWithAudit`. */
export function buildEvidence(exp: LinkedInExport, today: string): Evidence[] {
  return buildEvidenceWithAudit(exp, today).evidence;
}
