/** Review items for the review tests: a stranger named `first last` at `company`. Every name is invented. */
import type { Label, Reason } from '../../src/plugin-api.js';
import type { Connection } from '../../src/export/records.js';
import type { ReviewItem } from '../../src/review/queue.js';
import type { DecisionEntry } from '../../src/decisions/index.js';
import { makeConnection, makeEvidence, type EvidenceOverrides } from '../helpers/factories.js';

let line = 10;

export interface ItemOverrides extends Partial<Connection> {
  label?: Label;
  reasons?: Reason[];
  evidence?: EvidenceOverrides;
}

export function makeItem(first: string, last: string, overrides: ItemOverrides = {}): ReviewItem {
  const { label = 'stranger', reasons = [{ rule: 'no-trace', detail: 'No message, invitation or endorsement' }], evidence, ...connection } = overrides;
  const slug = `${first}-${last}`.toLowerCase();
  const c = makeConnection({
    firstName: first,
    lastName: last,
    key: `in/${slug}`,
    url: `https://www.linkedin.com/in/${slug}`,
    line: ++line,
    ...connection,
  });
  return { key: c.key ?? `name:${first} ${last}`.toLowerCase(), connection: c, verdict: { label, reasons }, evidence: makeEvidence(evidence) };
}

/** The decisions file in memory: what the loop writes, as a test can read it. */
export class MemorySink {
  readonly entries = new Map<string, DecisionEntry>();
  writes = 0;
  get(key: string): DecisionEntry | undefined {
    return this.entries.get(key);
  }
  async apply(changes: ReadonlyArray<readonly [string, DecisionEntry | undefined]>): Promise<void> {
    this.writes++;
    for (const [key, entry] of changes) {
      if (entry === undefined) this.entries.delete(key);
      else this.entries.set(key, entry);
    }
  }
  decisions(): Record<string, string> {
    return Object.fromEntries([...this.entries].map(([key, entry]) => [key, entry.decision]));
  }
}

export const entry = (decision: DecisionEntry['decision'], name = 'Someone'): DecisionEntry => ({
  decision,
  name,
  url: null,
  company: '',
  position: '',
  connectedOn: null,
  decidedAt: '2025-01-01T00:00:00.000Z',
});
