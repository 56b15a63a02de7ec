import type { Message, Translator } from './translator.js';

/**
 * A warning or note to show in whatever language the output is in: a sentence, or sentences said one
 * after the other (a reader's warning about rows: what, where, what it changes, what to do). A plain
 * string is English not yet in the catalogue (docs/i18n.md lists what is left); it is shown as it is.
 */
export type Notice = Message | readonly Message[] | string;

export const sayNotice = (notice: Notice, t: Translator): string =>
  typeof notice === 'string' ? notice : isSentences(notice) ? notice.map((m) => t.message(m)).join(' ') : t.message(notice);

const isSentences = (notice: Message | readonly Message[]): notice is readonly Message[] => Array.isArray(notice);
