import type { Recommendation } from '../export/records.js';
import { companyKeys } from './employer.js';
import { noteMatch, tally, type MatchCounts } from './match-audit.js';
import { resolve, type PeopleIndex } from './people-index.js';
import type { Unattributed } from './same-name.js';
import type { Evidence } from './types.js';

/**
 * Joins Recommendations_Received.csv or Recommendations_Given.csv. These files carry no URL,
 * so the join is by name. Its date first rules out anyone connected after it (only a connection
 * is recommended), then its Company and its Job Title settle a name several connections share.
 */
export function joinRecommendations(
  recommendations: readonly Recommendation[],
  direction: 'given' | 'received',
  people: PeopleIndex,
  evidence: Evidence[],
  counts: MatchCounts,
  unattributed: Unattributed,
): void {
  const file = direction === 'given' ? 'recommendationsGiven' : 'recommendationsReceived';
  for (const recommendation of recommendations) {
    const resolution = resolve(people, {
      name: `${recommendation.firstName.trim()} ${recommendation.lastName.trim()}`,
      companies: companyKeys(recommendation.company),
      position: recommendation.jobTitle,
      date: recommendation.date === null ? null : { connectedBy: recommendation.date },
    });
    tally(counts, resolution);
    if (resolution.kind === 'ambiguous') unattributed.add(resolution.candidates, { recommendations: 1 }, (e) => e.recommendations[direction]++);
    if (resolution.kind !== 'match') continue;
    const target = evidence[resolution.index];
    if (target === undefined) continue;
    noteMatch(target, file, resolution.by);
    target.recommendations[direction]++;
  }
}
