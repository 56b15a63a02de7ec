import { analyse } from '../analyse.js';
import { analyseOptionsFrom } from './from-io.js';
import { profileKey } from '../export/url.js';
import { InputError } from '../errors.js';
import { renderExplanation, renderMatches } from '../report/explain.js';
import { createColour } from '../util/colour.js';
import type { Io } from '../util/io.js';

export interface ExplainOptions {
  rules?: string;
  classifier?: string;
  me?: string;
}

/** One contact: the label, each reason and the raw evidence behind it. */
export async function explain(path: string, who: string, options: ExplainOptions, io: Io): Promise<number> {
  const analysis = await analyse(path, { ...options, ...analyseOptionsFrom(io), keepConversations: false });
  const connections = analysis.export.connections;
  const key = profileKey(who);
  const wanted = fold(who);
  const matches = connections
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => (key !== null ? c.key === key : fold(`${c.firstName} ${c.lastName}`).includes(wanted)));
  const colour = createColour(io.env, io.stdoutIsTTY);
  if (matches.length === 0) {
    throw new InputError(analysis.export.source.path, `no connection matches "${who}"`, 'Try part of the name, or the profile URL');
  }
  if (matches.length > 1) {
    io.stdout.write(
      renderMatches(
        matches.map(({ c, i }) => ({ contact: c, verdict: analysis.verdicts[i]! })),
        who,
        colour,
      ),
    );
    return 0;
  }
  const { c, i } = matches[0]!;
  io.stdout.write(renderExplanation(c, analysis.verdicts[i]!, analysis.evidence[i]!, analysis.classifier.instance.id, colour));
  return 0;
}

/** Lower case, no accents, single spaces: "Hélène  Martin" finds "helene martin". */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
