import type { AnalyseOptions } from '../analyse.js';
import type { Io } from '../util/io.js';

/** What analyse() takes from the Io of every command: the day to judge from, where paths start, where messages.csv is scanned and the garbage collection between stages. */
export function analyseOptionsFrom(io: Io): Pick<AnalyseOptions, 'today' | 'cwd' | 'scanMessages' | 'collectGarbage'> {
  return { today: io.today, cwd: io.cwd, scanMessages: io.scanMessages, collectGarbage: io.collectGarbage };
}
