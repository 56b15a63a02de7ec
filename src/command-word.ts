/**
 * Where the word naming the command stands in `argv`, past the global options that may come before
 * it (`netprune --lang fr audit …`). A leaf module: cli.ts reads it to choose the thread and
 * program.ts to declare only that command, before either loads anything else.
 */
export function commandIndex(argv: readonly string[]): number {
  let i = 0;
  while (argv[i] === '--lang' || argv[i]?.startsWith('--lang=')) i += argv[i] === '--lang' ? 2 : 1;
  return i;
}

/**
 * Whether commander will print a command's help rather than run it: `-h` or `--help` before a `--`
 * that ends the options. cli.ts then answers on the main thread: help reads no export, and a worker
 * would load the whole program a second time (and wrap the help at 80 columns, not the terminal's).
 * A value that happens to be spelt `--help` only sends a real run to the main thread, where every
 * command works.
 */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some((word) => word === '--help' || word === '-h');
}
