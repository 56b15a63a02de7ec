import { type ErrorText, InputError, NetpruneError } from '../errors.js';

/**
 * An error as plain data, to cross from one thread to another: a known error keeps what it says, so that
 * the thread that throws it again says it in the run's language, as the thread that met it would have.
 * Anything else keeps its stack, for the internal error's report.
 */
export interface ErrorData {
  message: string;
  /** null: not a known error. */
  exitCode: number | null;
  said?: Said;
}

type Said = { input: Pick<InputError, 'file' | 'line' | 'problem' | 'advice'> } | { notice: ErrorText };

export function errorData(error: unknown): ErrorData {
  if (!(error instanceof NetpruneError)) return { message: (error as Error)?.stack ?? String(error), exitCode: null };
  const said: Said =
    error instanceof InputError ? { input: { file: error.file, line: error.line, problem: error.problem, advice: error.advice } } : { notice: error.said };
  return { message: error.message, exitCode: error.exitCode, said };
}

/** The error `errorData()` described, to throw on this thread. */
export function errorFrom(data: ErrorData): Error {
  if (data.exitCode === null) return new Error(data.message);
  const said = data.said;
  if (said !== undefined && 'input' in said) return new InputError(said.input.file, said.input.problem, said.input.advice, said.input.line);
  return new NetpruneError(said?.notice ?? data.message, data.exitCode);
}
