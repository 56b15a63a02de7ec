/** A field removed rather than set, in the odd values below. */
export const DELETE = Symbol('delete');

/**
 * Values a hand-written check must treat as zod does, one field at a time: missing, empty, wrong
 * types, edge numbers, near-miss dates, and the words of the project's enums. Used by the tests that
 * hold contactJson() and the table checks to their schemas.
 */
export const ODD_VALUES: readonly unknown[] = [
  DELETE,
  undefined,
  null,
  '',
  'x',
  '2024-01-02',
  '2024-01-02T03:04:05Z',
  '2024-01-02T03:04:05.000Z',
  '2024-1-2',
  0,
  -0,
  1,
  0.5,
  -1,
  2.5,
  2 ** 60,
  Number.NaN,
  Infinity,
  true,
  false,
  [],
  ['a@example.com'],
  ['a@example.com', 3],
  {},
  'known',
  'friend',
  'email',
  'incoming',
  'outgoing',
  'INCOMING',
];
