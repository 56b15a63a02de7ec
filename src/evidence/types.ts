/**
 * What netprune knows about one connection, gathered from every file of the export.
 * This is the contract that rule sets and classifier plugins read: add fields, never
 * change the meaning of one. Dates are ISO strings (UTC); counts are whole numbers.
 */
export interface Evidence {
  messages: {
    /** 1:1 messages the owner sent to this person. */
    sent: number;
    /** 1:1 messages this person sent to the owner. */
    received: number;
    /** Both wrote in the same 1:1 conversation (one unanswered note each, in separate threads, is not). */
    twoWay: boolean;
    /** Number of 1:1 conversations with this person. */
    conversations: number;
    /** Group conversations (a title or several recipients) that both belong to, counted apart. */
    groupConversations: number;
    /** Messages this person wrote in those group conversations. */
    groupMessages: number;
    /** First and last 1:1 message, either direction. */
    first: string | null;
    last: string | null;
    /** The latest 1:1 message, for the review card. */
    lastMessage: { date: string; from: 'owner' | 'contact'; snippet: string } | null;
  };
  /** The invitation in Invitations.csv (recent months only), if any. */
  invitation: {
    direction: 'incoming' | 'outgoing';
    sentAt: string | null;
    withNote: boolean;
    note: string;
  } | null;
  endorsements: { given: number; received: number; skillsGiven: string[]; skillsReceived: string[] };
  recommendations: { given: number; received: number };
  /** The owner's employer (from Positions.csv) that this person works or worked at, as the owner wrote it. */
  sharedEmployer: string | null;
  /** Found in the owner's address book, and how. */
  addressBook: 'email' | 'name' | null;
  /** The export shows this person's e-mail address (they allowed it). */
  emailVisible: boolean;
  /** Whole years since `Connected On`; null when the date is unknown. */
  yearsConnected: number | null;
  /** How close their position is to the owner's headline, positions and skills: 0 (nothing shared) to 1. */
  closeness: number;
  /** The words that made them close, for the reason text. */
  closenessTerms: string[];
  /** A school from the owner's Education.csv appears in their company or position. */
  school: string | null;
  /**
   * How each file was joined to this person; a name match is said so. Keys are file kinds
   * (`messages`, `invitations`, `endorsementsReceived`, `endorsementsGiven`, `recommendationsReceived`,
   * `recommendationsGiven`, `contacts`); a file absent here joined nothing. When several records of
   * one file joined this person in different ways, the surest way is kept (url > email > name and a second
   * field > name). A second field is the company, the position, or a date that rules the namesakes out.
   */
  matchedBy: Record<string, 'url' | 'name' | 'name+company' | 'name+position' | 'name+date' | 'email'>;
  /**
   * Records that may be this person's or a namesake's: several connections have the name, the file gives
   * no URL, and nothing else in the record (company, position, date) tells them apart. They are counted
   * for nobody, so none of the fields above holds them; null when there are none.
   */
  sameName: SameName | null;
}

/** What `Evidence.sameName` holds: counts, as the fields of `Evidence` count them. */
export interface SameName {
  /** Connections with this name, this one included. */
  namesakes: number;
  /** 1:1 messages, both directions, and the 1:1 conversations that hold them. */
  messages: number;
  conversations: number;
  groupConversations: number;
  invitations: number;
  /** Endorsements and recommendations, both directions. */
  endorsements: number;
  recommendations: number;
  /** Entries of Contacts.csv, the owner's address book. */
  addressBook: number;
  /**
   * This person's evidence as it would be were those records theirs. A classifier's `stranger` stands only
   * if this evidence is judged a stranger too: nobody is called a stranger for want of evidence that may be theirs.
   * Made anew each time it is read (its `sameName` is null): a copy to judge, not kept with the evidence.
   */
  ifTheirs: Evidence;
}
