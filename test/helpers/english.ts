/** A reader's warning or reason as the JSON report says it: English. Readers keep them as Messages, said in the run's language. */
import { type Notice, sayNotice } from '../../src/i18n/notice.js';
import { ENGLISH_FOR_JSON } from '../../src/i18n/translator.js';

export const english = (notice: Notice | undefined): string => (notice === undefined ? '' : sayNotice(notice, ENGLISH_FOR_JSON));
