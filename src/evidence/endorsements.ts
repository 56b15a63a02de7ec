import type { Endorsement } from '../export/records.js';
import { noteMatch, tally, type MatchCounts } from './match-audit.js';
import { resolve, type PeopleIndex } from './people-index.js';
import type { Unattributed } from './same-name.js';
import type { Evidence } from './types.js';

function addEndorsement(target: Evidence, endorsement: Endorsement, direction: 'given' | 'received'): void {
  const e = target.endorsements;
  const skills = direction === 'given' ? e.skillsGiven : e.skillsReceived;
  if (direction === 'given') e.given++;
  else e.received++;
  const skill = endorsement.skill.trim();
  if (skill !== '' && !skills.includes(skill)) skills.push(skill);
}

/**
 * Joins Endorsement_Received_Info.csv or Endorsement_Given_Info.csv: by the other person's
 * profile key, else by name (2022 files have no URL column), never to anyone connected after its
 * date: only a connection endorses or is endorsed. Counts rows; skills are listed once each, in file order.
 */
export function joinEndorsements(
  endorsements: readonly Endorsement[],
  direction: 'given' | 'received',
  people: PeopleIndex,
  evidence: Evidence[],
  counts: MatchCounts,
  unattributed: Unattributed,
): void {
  const file = direction === 'given' ? 'endorsementsGiven' : 'endorsementsReceived';
  for (const endorsement of endorsements) {
    const resolution = resolve(people, {
      key: endorsement.key,
      name: `${endorsement.firstName.trim()} ${endorsement.lastName.trim()}`,
      date: endorsement.date === null ? null : { connectedBy: endorsement.date },
    });
    tally(counts, resolution);
    if (resolution.kind === 'ambiguous') {
      unattributed.add(resolution.candidates, { endorsements: 1 }, (e) => addEndorsement(e, endorsement, direction));
    }
    if (resolution.kind !== 'match') continue;
    const target = evidence[resolution.index];
    if (target === undefined) continue;
    noteMatch(target, file, resolution.by);
    addEndorsement(target, endorsement, direction);
  }
}
