import { analyse, type Contact } from '../analyse.js';
import { profileKey } from '../export/url.js';
import { InputError, UsageError } from '../errors.js';
import { renderExplanation, renderMatches } from '../report/explain.js';
import { createColour } from '../util/colour.js';
import type { Io } from '../util/io.js';

export interface ExplainOptions {
  rules?: string;
  classifier?: string;
  me?: string;
  /** Which of several matches, numbered from 1 as the list of matches shows them. */
  pick?: string;
}

/** One contact: the label, each reason and the raw evidence behind it. */
export async function explain(path: string, who: string, options: ExplainOptions, io: Io): Promise<number> {
  const pick = options.pick === undefined ? null : Number(options.pick);
  if (pick !== null && !(Number.isInteger(pick) && pick >= 1)) {
    throw new UsageError(`--pick takes the number of a match, as \`netprune explain\` lists them (1, 2, …); got "${options.pick}"`);
  }
  const { pick: _, ...analyseAs } = options;
  const analysis = await analyse(path, { ...analyseAs, today: io.today, cwd: io.cwd });
  const matches = find(analysis.contacts, who);
  const colour = createColour(io.env, io.stdoutIsTTY);
  if (matches.length === 0) {
    throw new InputError(
      analysis.source.path,
      `no connection matches "${who}"`,
      'Try part of the name, the name and the company ("Eva Petit, Contoso"), or the profile URL',
    );
  }
  if (matches.length > 1 && pick === null) {
    io.stdout.write(
      renderMatches(
        matches.map(({ connection, verdict }) => ({ contact: connection, verdict })),
        who,
        colour,
      ),
    );
    return 0;
  }
  const chosen = matches[(pick ?? 1) - 1];
  if (chosen === undefined) {
    const count = matches.length === 1 ? 'only 1 connection matches' : `only ${matches.length} connections match`;
    throw new InputError(analysis.source.path, `--pick ${pick}: ${count} "${who}"`, `Give a number from 1 to ${matches.length}`);
  }
  io.stdout.write(renderExplanation(chosen.connection, chosen.verdict, chosen.evidence, analysis.classifier.id, colour));
  return 0;
}

/**
 * The connections `who` names, in file order (the numbers `--pick` takes): by profile URL, else by part
 * of the name, else by the name and part of the company: `Eva Petit, Contoso`, `Eva Petit at Contoso`
 * or `Eva Petit (Contoso)`, for namesakes in an export without URLs.
 */
function find(contacts: readonly Contact[], who: string): Contact[] {
  const key = profileKey(who);
  if (key !== null) return contacts.filter(({ connection: c }) => c.key === key);
  const byName = ({ connection: c }: Contact, name: string) => fold(`${c.firstName} ${c.lastName}`).includes(name);
  const named = contacts.filter((contact) => byName(contact, fold(who)));
  if (named.length > 0) return named;
  const parts = /^(.+?)(?:,| at | \()(.+?)\)?$/.exec(who.trim());
  if (parts === null) return [];
  const [name, company] = [fold(parts[1] ?? ''), fold(parts[2] ?? '')];
  return name === '' || company === '' ? [] : contacts.filter((contact) => byName(contact, name) && fold(contact.connection.company).includes(company));
}

/** Lower case, no accents, single spaces: "Hélène  Martin" finds "helene martin". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
