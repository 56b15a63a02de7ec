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
import { isIsoDate, wholeYearsBetween } from './years.js';

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
  joinMessages(exp.messages, exp.owner, people, evidence, audit.messages, unattributed);
  joinInvitations(exp.invitations, people, evidence, audit.invitations, unattributed);
  joinEndorsements(exp.endorsementsReceived, 'received', people, evidence, audit.endorsementsReceived, unattributed);
  joinEndorsements(exp.endorsementsGiven, 'given', people, evidence, audit.endorsementsGiven, unattributed);
  joinRecommendations(exp.recommendationsReceived, 'received', people, evidence, audit.recommendationsReceived, unattributed);
  joinRecommendations(exp.recommendationsGiven, 'given', people, evidence, audit.recommendationsGiven, unattributed);
  joinAddressBook(exp.addressBook, people, evidence, audit.contacts, unattributed);
  unattributed.attach(evidence, people);
  return { evidence, audit };
}

/** The evidence of every connection: one per `exp.connections[i]`, same order. See `buildEvidenceWithAudit`. */
export function buildEvidence(exp: LinkedInExport, today: string): Evidence[] {
  return buildEvidenceWithAudit(exp, today).evidence;
}
