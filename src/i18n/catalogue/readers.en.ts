/** The export readers' warnings, their reasons for ignoring a file, and the progress line, in English; spread into en.ts. */
export const enReaders = {
  'progress.messages': 'Reading messages.csv {percent} ({done} of {total} MB)',

  'readers.damagedUtf16': '{file} is damaged: some of its {encoding} characters are unreadable and show as {replacement}.',
  'readers.windows1252': '{file} is not valid UTF-8; read it as Windows-1252 (a spreadsheet probably re-saved it). Check accented names.',
  'readers.messagesEmpty': '{file} is empty: no messages were read',
  'readers.unreadableRows': {
    one: '{where}: {count} row could not be read and was skipped (this line)',
    other: '{where}: {count} rows could not be read and were skipped (first on this line)',
  },
  /** A warning about rows that do not fit the header is said in four sentences: what, where, what it changes, what to do. */
  'readers.misfit.fields': {
    one: "{where}: {count} row does not have the header's {fields} fields (another delimiter, or a stray quote?), skipped:",
    other: "{where}: {count} rows do not have the header's {fields} fields (another delimiter, or a stray quote?), skipped:",
  },
  'readers.misfit.nul': {
    one: '{where}: {count} row holds NUL bytes (the file is damaged), skipped:',
    other: '{where}: {count} rows hold NUL bytes (the file is damaged), skipped:',
  },
  'readers.misfit.lines': { one: 'line {lines}.', other: 'lines {lines}.' },
  'readers.misfit.linesMore': { one: 'lines {lines} and {count} more.', other: 'lines {lines} and {count} more.' },
  'readers.misfit.fix': 'Fix those lines, or export the file again from LinkedIn.',
  'readers.dateOrder.assumed':
    "{file}: dates in column '{column}' such as {either} could be day/month or month/day, and none in the file settles it; read month first, as LinkedIn writes them. If a spreadsheet wrote them day first, check the dates netprune shows.",
  'readers.dateOrder.mixed':
    "{file}: column '{column}' mixes day-first dates ({dayFirst}) and month-first ones ({monthFirst}), so those that could be either may be misread. Check the dates netprune shows.",
  'readers.dateOrder.late':
    "{where}: column '{column}' is day first ({dayFirst}), but the dates that could be either before that showed, from {either} on this line, were read month first. Check them, or write the dates as 2024-03-05.",
  'readers.unreadableDates': {
    one: "{where}: {count} date in column '{column}' could not be read; its row is kept, without a date:",
    other: "{where}: {count} dates in column '{column}' could not be read; their rows are kept, without a date:",
  },
  'readers.unreadableDates.fix': 'Write those dates as LinkedIn does (05 Mar 2024), or export the file again from LinkedIn.',
  'readers.mean.connections': 'Those connections are left out of the report, and of any prune list.',
  'readers.mean.positions': 'Those positions are not used to find former colleagues.',
  'readers.mean.profile': 'Your own name is then looked for in messages.csv.',
  'readers.mean.skills': 'Those skills are not used.',
  'readers.mean.education': 'Those schools are not used to find former classmates.',
  'readers.mean.invitations': 'Those invitations are not counted as evidence.',
  'readers.mean.endorsements': 'Those endorsements are not counted as evidence.',
  'readers.mean.recommendations': 'Those recommendations are not counted as evidence.',
  'readers.mean.contacts': 'Those address-book entries are not used as evidence.',
  'readers.mean.messages': 'Those messages are not counted: the people in them may look less known than they are.',

  'readers.ignored.coach': 'LinkedIn coach/guide messages, not conversations with people',
  'readers.ignored.olderFormat': 'older format of the same data; {file} was used',
  'readers.ignored.identicalCopy': 'an identical copy of {file}, which was used',
  'readers.ignored.besideLoneCsv': 'beside the Connections.csv given, not read',
  'readers.ignored.unsafePath': 'unsafe path in the archive (absolute or containing ..)',
} as const;
