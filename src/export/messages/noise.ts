import { textOf } from './bytes.js';

/**
 * Rows of messages.csv that look like conversations but are not relationships
 * (docs/linkedin-export.md §4.2 and §8). Returns why a row is set aside, or null to keep it.
 */

/** A row's fields as byte strings (bytes.ts), trimmed. */
export interface RowView {
  from: string;
  senderUrl: string;
  hasSenderUrlColumn: boolean;
  conversationId: string;
  subject: string;
  /** Doubled quotes may be left doubled: the tests on it look for marks without quotes. */
  content: string;
  folder: string;
  draft: string;
}

const SPONSORED = /spinmail-quill-editor|%FIRSTNAME%|%LASTNAME%|%COMPANYNAME%/;
// LinkedIn's own senders, localised: "… from LinkedIn", "… från LinkedIn", "… de LinkedIn".
const LINKEDIN_SYSTEM = /^(linkedin\b.*|.*\b(from|från|de|von|di|da|van)\s+linkedin)$/i;

/**
 * LINKEDIN_SYSTEM can only match a name that starts or ends with "linkedin" (in ASCII letters of either
 * case, as /i without /u reads them). Testing that first spares the regex's backtracking on every row.
 */
function touchesLinkedIn(from: string): boolean {
  return from.length >= WORD.length && (hasWordAt(from, 0) || hasWordAt(from, from.length - WORD.length));
}

const WORD = 'linkedin';

function hasWordAt(s: string, at: number): boolean {
  for (let i = 0; i < WORD.length; i++) {
    if ((s.charCodeAt(at + i) | 0x20) !== WORD.charCodeAt(i)) return false;
  }
  return true;
}

export function noiseReason(row: RowView): string | null {
  // The lengths first: changing the case makes a string, a million times for nothing.
  if (row.draft.length === 3 && row.draft.toLowerCase() === 'yes') return 'draft';
  if (row.folder.length === 4 && row.folder.toUpperCase() === 'SPAM') return 'spam folder';
  if (row.from === 'LinkedIn Member') return 'LinkedIn Member (hidden account)';
  if (SPONSORED.test(row.content)) return 'sponsored message';
  if (touchesLinkedIn(row.from) && LINKEDIN_SYSTEM.test(textOf(row.from))) return 'LinkedIn system message';
  if (row.hasSenderUrlColumn && row.senderUrl === '') {
    // Since 2021 every person has a sender URL; rows without one are InMail or drafts.
    if (row.conversationId === '' && row.folder === '') return 'draft';
    return row.subject !== '' ? 'sponsored message' : 'sender without profile';
  }
  return null;
}
