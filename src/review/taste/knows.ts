import type { TasteContact } from './types.js';

/**
 * Real evidence of knowing someone, by kind: a conversation both ways, a recommendation either
 * way, a place in the address book. A friend on the removal list is netprune's worst mistake, so
 * these contacts need more certainty to be removed in a batch (rank.ts), and a kind the person has
 * never removed anyone with holds the model back (familiar.ts).
 */
export type Knowing = 'two-way' | 'recommendation' | 'address-book';

export function knowingOf({ evidence }: TasteContact): Knowing[] {
  const kinds: Knowing[] = [];
  if (evidence.messages.twoWay) kinds.push('two-way');
  if (evidence.recommendations.given > 0 || evidence.recommendations.received > 0) kinds.push('recommendation');
  if (evidence.addressBook !== null) kinds.push('address-book');
  return kinds;
}

const knowsThem = (contact: TasteContact): boolean => knowingOf(contact).length > 0;

/**
 * Someone a remove must not be proposed for lightly: real evidence of knowing them, or a label of
 * known from the rule set or plugin (which may know more than the evidence above, or name another
 * ground). The person reads the label; a "known" on the removal list is the worst failure.
 */
export const demonstrablyKnown = (contact: TasteContact): boolean => contact.verdict.label === 'known' || knowsThem(contact);
