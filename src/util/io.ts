/**
 * What a command may touch of the outside world, handed down by src/cli.ts so that
 * commands never reach for `process` and tests can pass their own.
 */
export interface Io {
  stdout: Writable;
  stderr: Writable;
  env: Record<string, string | undefined>;
  cwd: string;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** The terminal the prompts of `review` read keys from and draw on. */
  terminal?: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream };
  /** What `-` reads, as in `netprune decide --keep -`; absent where there is none to read. */
  stdin?: NodeJS.ReadableStream;
  /** The day to classify as of, `YYYY-MM-DD`. */
  today: string;
  /** When the report was made; from SOURCE_DATE_EPOCH when set. */
  now: Date;
}

export interface Writable {
  write(text: string): unknown;
}
