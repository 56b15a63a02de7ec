import { type Notice, sayNotice } from './i18n/notice.js';
import { ENGLISH_FOR_JSON, type Translator } from './i18n/translator.js';
import { safeText } from './util/terminal-text.js';

/**
 * Several problems found at once (every schema problem of a rule file): one line each, in `message`
 * (English, for logs and tests) as in what errorLine() prints.
 */
interface Problems {
  readonly problems: readonly Notice[];
}

/** What an error says: a sentence (or sentences), or several problems. */
export type ErrorText = Notice | Problems;

const isProblems = (text: ErrorText): text is Problems => typeof text === 'object' && 'problems' in text;

const sayErrorText = (text: ErrorText, t: Translator): string =>
  isProblems(text) ? text.problems.map((problem) => sayNotice(problem, t)).join('\n') : sayNotice(text, t);

/** Exit codes, defined once: the README's table and `netprune --help` give the same. */
export const EXIT = { ok: 0, threshold: 1, input: 2, internal: 70, interrupted: 130 } as const;

/**
 * The closed set of errors netprune knows how to report. Library code throws them;
 * only src/cli.ts turns them into a one-line message and an exit code.
 */
export class NetpruneError extends Error {
  readonly exitCode: number;
  /** Lines printed under the message, only when asked for (`--debug`): a plugin's stack. */
  readonly details: string | undefined;
  /**
   * What errorLine() says, in the run's language: an error is often made deep in a reader, where no
   * translator is at hand, so it keeps its sentence as a Message. `message` is its English, for logs and tests.
   */
  readonly said: ErrorText;
  constructor(message: ErrorText, exitCode: number = EXIT.input, options?: { cause?: unknown; details?: string | undefined }) {
    super(sayErrorText(message, ENGLISH_FOR_JSON), options);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.details = options?.details;
    this.said = message;
  }
}

/** Bad input: names the file (and line), what is wrong and what to do. Exit code 2. */
export class InputError extends NetpruneError {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: Notice;
  readonly advice: Notice;
  constructor(file: string, problem: Notice, advice: Notice, line?: number, options?: { cause?: unknown }) {
    super(inputErrorText(ENGLISH_FOR_JSON, file, line, problem, advice), 2, options);
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.advice = advice;
  }
}

const inputErrorText = (t: Translator, file: string, line: number | undefined, problem: Notice, advice: Notice) =>
  t('error.input', { where: line === undefined ? file : `${file}:${line}`, problem: sayNotice(problem, t), advice: sayNotice(advice, t) });

/** Wrong flags or arguments. Exit code 2. */
export class UsageError extends NetpruneError {}

/** A rule-set file or a classifier plugin that cannot be used. Exit code 2. */
export class ClassifierError extends NetpruneError {}

/** The person pressed Ctrl-C. Exit code 130. */
export class UserAbortError extends NetpruneError {
  constructor(message: Notice = { key: 'error.interrupted' }) {
    super(message, EXIT.interrupted);
  }
}

export const isKnownError = (error: unknown): error is NetpruneError => error instanceof NetpruneError;

/**
 * The line netprune prints for a known error (one per problem), in the run's language. Messages quote file names,
 * entry names and values from the export, which strangers wrote: they reach the terminal only through safeText.
 */
export const errorLine = (error: NetpruneError, t: Translator = ENGLISH_FOR_JSON): string => {
  // Several problems (a rule file's): one line each, each naming its file and place, as knip and ESLint print them.
  const lines =
    error instanceof InputError
      ? [inputErrorText(t, error.file, error.line, error.problem, error.advice)]
      : isProblems(error.said)
        ? error.said.problems.map((problem) => sayNotice(problem, t))
        : [sayNotice(error.said, t)];
  const details = error.details === undefined ? '' : `${error.details.split('\n').map(safeText).join('\n')}\n`;
  return `${lines.map((line) => `netprune: ${safeText(line)}\n`).join('')}${details}`;
};
