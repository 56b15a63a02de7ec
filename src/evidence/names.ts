import { words } from './text.js';

/**
 * The comparison key of a person's full name, or '' when nothing usable is left.
 *
 * Rule: everything from the first comma on is dropped, because LinkedIn users put credentials
 * there (`Park, PhD`, `Nguyen, MBA, PMP`); then the name is folded (case, accents), emoji and
 * punctuation become spaces, and spaces are collapsed. So `Kim  Park, PhD` → `kim park`,
 * `José García 💻` → `jose garcia`, `Jean-Luc` → `jean luc`.
 * Credentials written without a comma (`Kim Park PhD`) are kept: they cannot be told from a name.
 */
export function nameKey(fullName: string): string {
  const comma = fullName.indexOf(',');
  const beforeCredentials = comma === -1 ? fullName : fullName.slice(0, comma);
  return words(beforeCredentials).join(' ');
}

/** `nameKey` of a first and last name given apart, as Connections.csv and most files give them. */
export function personNameKey(firstName: string, lastName: string): string {
  return nameKey(`${firstName.trim()} ${lastName.trim()}`);
}
