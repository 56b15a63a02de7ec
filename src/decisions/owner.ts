import { NAME_KEY_PREFIX } from '../evidence/owner.js';
import type { Owner } from '../export/types.js';

/**
 * Whose decisions a file holds. An export without profile URLs knows its owner only by name
 * (`name:zoé owner`, export/owner.ts); a later export of the same account knows them by profile
 * (`in/<slug>`). Two keys of one kind must be equal; across kinds, the file's name must be the
 * export owner's name, and a profile key can only be checked against another profile key.
 */
export type OwnerSeen = Pick<Owner, 'key' | 'firstName' | 'lastName'>;

const NAME = NAME_KEY_PREFIX;

export function sameAccount(fileOwner: string | null, owner: OwnerSeen): boolean {
  const key = owner.key;
  if (fileOwner === null || key === null || fileOwner === key) return true;
  const [fileByName, exportByName] = [fileOwner.startsWith(NAME), key.startsWith(NAME)];
  if (fileByName === exportByName) return false;
  if (exportByName) return true;
  const name = `${owner.firstName} ${owner.lastName}`.trim().toLowerCase();
  return name === '' || fileOwner === `${NAME}${name}`;
}

/** The owner key to keep in the file: a profile key once one is known, as it tells two namesakes apart. */
export const ownerToKeep = (fileOwner: string | null, key: string | null): string | null =>
  fileOwner === null || (key !== null && fileOwner.startsWith(NAME) && !key.startsWith(NAME)) ? (key ?? fileOwner) : fileOwner;
