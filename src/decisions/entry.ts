import type { Connection } from '../export/records.js';
import type { Decision } from '../plugin-api.js';
import type { DecisionEntry, DecisionSource } from './format.js';

/** The entry saved for one answer about one connection: who it is about, as the export shows them, and how it was made. */
export const decisionEntry = (connection: Connection, decision: Decision, source: DecisionSource, at: Date): DecisionEntry => ({
  decision,
  name: `${connection.firstName} ${connection.lastName}`.trim(),
  url: connection.url,
  company: connection.company,
  position: connection.position,
  connectedOn: connection.connectedOn,
  decidedAt: at.toISOString(),
  source,
});
