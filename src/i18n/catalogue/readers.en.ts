/** The export readers' warnings, their reasons for ignoring a file, and the progress line, in English; spread into en.ts. */
export const enReaders = {
  'progress.messages': 'Reading messages.csv {percent} ({done} of {total} MB)',
} as const;
