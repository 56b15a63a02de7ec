/** What messages.csv says about one person who is not a connection. Dates are ISO, UTC. */
export interface OutsiderMessages {
  /** 1:1 messages the owner sent them, and they sent the owner. */
  sent: number;
  received: number;
  /** 1:1 conversations, and 1:1 conversations where both wrote. */
  conversations: number;
  twoWayConversations: number;
  first: string | null;
  last: string | null;
  /** Group conversations with the owner: the title, and who wrote there. */
  groups: { title: string; theyWrote: number; ownerWrote: boolean }[];
}

const emptyMessages = (): OutsiderMessages => ({ sent: 0, received: 0, conversations: 0, twoWayConversations: 0, first: null, last: null, groups: [] });

/** Someone the export mentions who is not among the connections. Text is as the export wrote it. */
export interface Outsider {
  /** Their profile key (`in/<slug>`) when a file gives it, else `name:<nameKey>`. */
  id: string;
  key: string | null;
  name: string;
  firstName: string;
  lastName: string;
  messages: OutsiderMessages;
  /**
   * Their entry in Contacts.csv (the owner's address book). A phone's contacts fill it with family
   * and tradespeople: only a work e-mail or a company makes it professional evidence.
   */
  addressBook: { withEmail: boolean; withWorkEmail: boolean; companies: string; title: string } | null;
  recommendations: { given: number; received: number; last: string | null };
  /** Endorsements either way: only connections can endorse, so they were one once. */
  endorsements: { given: number; received: number };
  /** Companies another file gives for them, as written there, and which file. */
  companies: { name: string; file: 'Contacts.csv' | 'Recommendations_Received.csv' | 'Recommendations_Given.csv' }[];
  /** Indexes into `exp.invitations`. */
  invitations: number[];
}

/** "Kim Park, PhD" → Kim / Park: the first word is the first name. Only for people no file splits for us. */
export function splitName(full: string): { firstName: string; lastName: string } {
  const [first = '', ...rest] = full.replace(/,.*/s, '').trim().split(/\s+/);
  return { firstName: first, lastName: rest.join(' ') };
}

/** A new outsider with nothing known of them yet. */
export const newOutsider = (id: string, key: string | null, name: string): Outsider => ({
  id,
  key,
  name,
  ...splitName(name),
  messages: emptyMessages(),
  addressBook: null,
  recommendations: { given: 0, received: 0, last: null },
  endorsements: { given: 0, received: 0 },
  companies: [],
  invitations: [],
});
