import { ENGLISH_FOR_JSON, type Translator } from '../i18n/translator.js';
import type { Writable } from './io.js';

const LARGE = 8 * 1024 * 1024;
const STEP_MS = 200;

/**
 * A one-line progress indicator for reading messages.csv, redrawn in place on stderr, in `t`'s language.
 * Only for a terminal: in a pipe or a CI log it would be noise.
 */
export function createProgress(stderr: Writable, isTTY: boolean, t: Translator = ENGLISH_FOR_JSON, now: () => number = Date.now) {
  let last = 0;
  let shown = false;
  return {
    update(done: number, total: number): void {
      if (!isTTY || total < LARGE) return;
      const at = now();
      if (at - last < STEP_MS && done < total) return;
      last = at;
      shown = true;
      const percent = t.percent(Math.min(100, Math.floor((done / total) * 100)) / 100);
      stderr.write(`\r${t('progress.messages', { percent, done: Math.round(done / 1048576), total: Math.round(total / 1048576) })}`);
    },
    done(): void {
      if (shown) stderr.write('\r\u001b[2K');
    },
  };
}
