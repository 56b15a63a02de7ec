import type { Connection } from '../export/records.js';
import type { Decision } from '../plugin-api.js';
import { DecisionStore } from '../decisions/index.js';
import type { OwnerSeen } from '../decisions/owner.js';
import { InputError } from '../errors.js';
import { contactKeys } from '../review/contact-key.js';

/**
 * The decisions file's answers, as a plugin's `context.decisions` holds them in every command: keyed by
 * `decisionKey(contact)` for the connections of this export (older name-only keys found their person as
 * review finds them). Read only: nothing is written. Another account's file is left out, and said so.
 */
export async function earlierDecisions(
  file: string,
  exportPath: string,
  connections: readonly Connection[],
  owner: OwnerSeen,
): Promise<{ decisions: Map<string, Decision>; warning: string | null }> {
  const store = await DecisionStore.open(file, exportPath);
  try {
    store.claim(owner);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return { decisions: new Map(), warning: `${file}: holds another account's decisions; the plugin was given none` };
  }
  store.adopt(connections, contactKeys(connections));
  return { decisions: store.decisions(), warning: null };
}

/**
 * The key of a contact in `context.decisions` and in the decisions file: the profile key (`in/<slug>`),
 * or for an export without URLs `name:<folded name>|<folded company>|<connected on>`. Rows identical in
 * all of these are told apart by their position, then e-mail, then order in Connections.csv (`#sales rep`, `#2`), which one contact alone cannot say.
 */
export const decisionKey = (contact: Connection): string => contactKeys([contact])[0]!;
