import type { Message, Translator } from './translator.js';

/**
 * A warning or note to show in whatever language the output is in. A plain string is English not
 * yet in the catalogue (the export readers' file warnings: docs/i18n.md lists them); it is shown as it is.
 */
export type Notice = Message | string;

export const sayNotice = (notice: Notice, t: Translator): string => (typeof notice === 'string' ? notice : t.message(notice));
