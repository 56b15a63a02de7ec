import { safeText } from './util/terminal-text.js';

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
  constructor(message: string, exitCode: number = EXIT.input, options?: { cause?: unknown; details?: string | undefined }) {
    super(message, options);
    this.name = new.target.name;
    this.exitCode = exitCode;
    this.details = options?.details;
  }
}

/** Bad input: names the file (and line) and says what to do. Exit code 2. */
export class InputError extends NetpruneError {
  readonly file: string;
  readonly line: number | undefined;
  constructor(file: string, problem: string, advice: string, line?: number, options?: { cause?: unknown }) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}. ${advice}`, 2, options);
    this.file = file;
    this.line = line;
  }
}

/** Wrong flags or arguments. Exit code 2. */
export class UsageError extends NetpruneError {}

/** A rule-set file or a classifier plugin that cannot be used. Exit code 2. */
export class ClassifierError extends NetpruneError {}

/** The person pressed Ctrl-C. Exit code 130. */
export class UserAbortError extends NetpruneError {
  constructor(message = 'Interrupted.') {
    super(message, EXIT.interrupted);
  }
}

export const isKnownError = (error: unknown): error is NetpruneError => error instanceof NetpruneError;

/**
 * The one line netprune prints for a known error. Messages quote file names, entry names and values
 * from the export, which strangers wrote: they reach the terminal only through safeText.
 */
export const errorLine = (error: NetpruneError): string =>
  `netprune: ${safeText(error.message)}\n${error.details === undefined ? '' : `${error.details.split('\n').map(safeText).join('\n')}\n`}`;

/** What netprune prints for a bug of its own: the stack, for the report, each line made safe to print. */
export const internalErrorText = (detail: string): string =>
  `netprune: internal error, please report it with the command you ran.\n${detail.split('\n').map(safeText).join('\n')}\n`;
