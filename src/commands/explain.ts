import { analyse, type Contact } from '../analyse.js';
import { profileKey } from '../export/url.js';
import { InputError, UsageError } from '../errors.js';
import { renderExplanation, renderMatches } from '../report/explain.js';
import { createColour } from '../util/colour.js';
import type { Io } from '../util/io.js';
import type { EXPLAIN, OptionsOf } from '../command-options.js';
import { foldName } from '../evidence/names.js';
import { emit } from '../report/emit/index.js';
import { jsonText } from '../report/emit/json.js';
import { buildReport } from '../report/build.js';
import { reportSchema } from '../report/schema.js';
import { pluginSettings } from './plugin-settings.js';
import type { Translator } from '../i18n/translator.js';

/** `pick`: which of several matches, numbered from 1 as the list of matches shows them. */
export type ExplainOptions = OptionsOf<typeof EXPLAIN>;

/** One contact: the label, each reason and the raw evidence behind it. */
export async function explain(path: string, who: string, options: ExplainOptions, io: Io, t: Translator): Promise<number> {
  const pick = options.pick === undefined ? null : Number(options.pick);
  if (pick !== null && !(Number.isInteger(pick) && pick >= 1)) {
    throw new UsageError({ key: 'usage.pick', values: { value: String(options.pick) } });
  }
  const { pick: _, out: __, json: ___, ...analyseAs } = options;
  const analysis = await analyse(path, { ...analyseAs, ...pluginSettings(options, io), today: io.today, cwd: io.cwd, translator: t });
  const matches = find(analysis.contacts, who);
  const colour = createColour(io.env, options.out === undefined && io.stdoutIsTTY);
  const read = { export: analysis };
  if (matches.length === 0) {
    throw new InputError(
      analysis.source.path,
      { key: 'problem.noMatch', values: { who } },
      { key: 'advice.tryOtherName', values: { example: 'Eva Petit, Contoso' } },
    );
  }
  if (options.json) {
    // The audit report, its contacts narrowed to the matches (or the one picked): one schema for both commands.
    const report = buildReport(analysis, io.now);
    const shown = pick === null ? matches : matches.slice(pick - 1, pick);
    await emit(
      io,
      options.out,
      jsonText(reportSchema, { ...report, contacts: shown.map((contact) => report.contacts[analysis.contacts.indexOf(contact)]!) }),
      read,
    );
    return 0;
  }
  if (matches.length > 1 && pick === null) {
    await emit(
      io,
      options.out,
      renderMatches(
        matches.map(({ connection, verdict }) => ({ contact: connection, verdict })),
        who,
        colour,
        t,
      ),
      read,
    );
    return 0;
  }
  const chosen = matches[(pick ?? 1) - 1];
  if (chosen === undefined) {
    throw new InputError(
      analysis.source.path,
      { key: 'problem.pickTooHigh', values: { pick: String(pick), count: matches.length, who } },
      { key: 'advice.pickNumber', values: { count: matches.length } },
    );
  }
  await emit(io, options.out, renderExplanation(chosen.connection, chosen.verdict, chosen.evidence, analysis.classifier.id, colour, t), read);
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
  const byName = ({ connection: c }: Contact, name: string) => foldName(`${c.firstName} ${c.lastName}`).includes(name);
  const named = contacts.filter((contact) => byName(contact, foldName(who)));
  if (named.length > 0) return named;
  const parts = /^(.+?)(?:,| at | \()(.+?)\)?$/.exec(who.trim());
  if (parts === null) return [];
  const [name, company] = [foldName(parts[1] ?? ''), foldName(parts[2] ?? '')];
  return name === '' || company === '' ? [] : contacts.filter((contact) => byName(contact, name) && foldName(contact.connection.company).includes(company));
}
