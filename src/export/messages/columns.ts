import { columnIndex } from '../csv.js';

/** The messages.csv columns netprune reads, across its 7- to 13-column eras; -1 when absent. */
export interface MessageColumns {
  conversationId: number;
  title: number;
  from: number;
  senderUrl: number;
  to: number;
  recipientUrls: number;
  date: number;
  subject: number;
  content: number;
  folder: number;
  direction: number;
  draft: number;
}

export function findMessageColumns(header: string[]): MessageColumns | null {
  const columns: MessageColumns = {
    conversationId: columnIndex(header, 'CONVERSATION ID'),
    title: columnIndex(header, 'CONVERSATION TITLE'),
    from: columnIndex(header, 'FROM'),
    senderUrl: columnIndex(header, 'SENDER PROFILE URL'),
    to: columnIndex(header, 'TO'),
    recipientUrls: columnIndex(header, 'RECIPIENT PROFILE URLS'),
    date: columnIndex(header, 'DATE'),
    subject: columnIndex(header, 'SUBJECT'),
    content: columnIndex(header, 'CONTENT'),
    folder: columnIndex(header, 'FOLDER'),
    direction: columnIndex(header, 'DIRECTION'),
    draft: columnIndex(header, 'IS MESSAGE DRAFT'),
  };
  return columns.from >= 0 && columns.date >= 0 ? columns : null;
}
