/**
 * A netprune classifier plugin in TypeScript: known if you exchanged a 1:1 message in the last
 * `YEARS` years, a weak tie if longer ago, else a stranger. Build with `tsc`, then run
 * `netprune audit export.zip --classifier ./dist/recent-contact.js`.
 */
import { defineClassifier, PLUGIN_API_VERSION, signalsOf, type Verdict } from 'netprune';

const YEARS = 2;

export default defineClassifier({
  apiVersion: PLUGIN_API_VERSION,
  id: 'recent-contact',
  description: `Known if you exchanged a 1:1 message in the last ${YEARS} years; a weak tie if longer ago; else a stranger.`,
  classify(contact, evidence, context): Verdict {
    // yearsSinceLastMessage as the rule sets compute it: whole years from the last 1:1 message to context.today.
    const { yearsSinceLastMessage: years, messages } = signalsOf(contact, evidence, context);
    if (years === null) return { label: 'stranger', reasons: [{ rule: 'no-message', detail: 'No 1:1 message, ever' }] };
    if (years < YEARS) return { label: 'known', reasons: [{ rule: 'recent', detail: `${messages} message(s), the last ${years} year(s) ago` }] };
    return { label: 'weak-tie', reasons: [{ rule: 'old', detail: `The last message was ${years} years ago` }] };
  },
});
