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
