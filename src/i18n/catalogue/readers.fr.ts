import type { enReaders } from './readers.en.js';
import type { Matching } from './types.js';

/** readers.en.ts in French; spread into fr.ts. */
const french = {
  'progress.messages': 'Lecture de messages.csv {percent} ({done} sur {total} Mo)',
} as const;

/** A key missing here, one too many, or other placeholders than English's is a compile error naming the key. */
export const frReaders: typeof french = french satisfies Matching<typeof enReaders, typeof french>;
