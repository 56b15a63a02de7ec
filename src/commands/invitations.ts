import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyse } from '../analyse.js';
import { InputError } from '../errors.js';
import type { ListedInvitation } from '../network/invitations.js';
import { firstNameToGreet, greetingName } from '../i18n/names.js';
import type { Translator } from '../i18n/translator.js';
import type { Notice } from '../i18n/notice.js';
import { builtInReply, fillTemplate, parseTemplate, TemplateError, type ReplyTemplate } from '../network/reply.js';
import {
  checkedInvitationsReport,
  invitationItemSchema,
  invitationsEnvelopeSchema,
  lazyInvitationsReport,
  type ReplySettings,
} from '../report/invitations-schema.js';
import { renderInvitations } from '../report/invitations-text.js';
import { listReportJson } from '../report/json-pieces.js';
import { createColour } from '../util/colour.js';
import { createProgress } from '../util/progress.js';
import type { Io } from '../util/io.js';
import { safeText } from '../util/terminal-text.js';
import type { INVITATIONS, OptionsOf } from '../command-options.js';
import { emit } from '../report/emit/index.js';
import { jsonPieces } from '../report/emit/json.js';
import { pluginSettings } from './plugin-settings.js';

export type InvitationsOptions = OptionsOf<typeof INVITATIONS>;

/** Invitations.csv, each side joined to what netprune knows, with a reply to paste for bare invitations from strangers. */
export async function invitations(path: string, options: InvitationsOptions, io: Io, t: Translator): Promise<number> {
  // Read before the export, so a typo in the template stops us at once.
  const template = options.template !== undefined ? await loadTemplate(options.template, io.cwd) : builtInReply(t);

  const progress = createProgress(io.stderr, io.stderrIsTTY, t);
  const analysis = await analyse(path, {
    ...options,
    ...pluginSettings(options, io),
    today: io.today,
    cwd: io.cwd,
    include: 'invitations',
    onProgress: progress.update,
    translator: t,
  }).finally(progress.done);
  if (analysis.invitations === null) {
    throw new InputError(analysis.source.path, { key: 'problem.noInvitations' }, { key: 'advice.fullExport' });
  }
  // Names as a greeting writes them ("IMULO" → "Imulo"), in a built-in reply or the user's own.
  const ownerFirstName = greetingName(safeText(analysis.invitations.ownerFirstName).trim());
  const reply: ReplySettings = {
    language: options.template === undefined ? t.language : null,
    template: options.template ?? 'built-in',
    write: (listed: ListedInvitation) =>
      fillTemplate(template, {
        firstName: greetingName(safeText(firstNameToGreet(listed.firstName, listed.lastName))),
        lastName: greetingName(safeText(listed.lastName)),
        fullName: greetingName(safeText(listed.name)),
        myFirstName: ownerFirstName,
      }),
  };
  const { listed } = analysis.invitations;
  // In pieces, each invitation made and checked as it is written: 700,000 of them made one string past V8's limit.
  const text = options.json
    ? jsonPieces(listReportJson(lazyInvitationsReport(analysis, listed, reply, io.now), 'invitations', invitationsEnvelopeSchema, invitationItemSchema))
    : renderInvitations(
        checkedInvitationsReport(lazyInvitationsReport(analysis, listed, reply, io.now, t)),
        t,
        createColour(io.env, options.out === undefined && io.stdoutIsTTY),
      );
  await emit(io, options.out, text, { export: analysis });
  return 0;
}

async function loadTemplate(file: string, cwd: string): Promise<ReplyTemplate> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem: Notice = code === 'ENOENT' ? { key: 'problem.notFound' } : { key: 'problem.cannotBeRead', values: { code: code ?? 'error' } };
    throw new InputError(file, problem, { key: 'advice.templateFile', values: { example: 'Hi {firstName}, what brings you here?' } }, undefined, {
      cause: error,
    });
  }
  try {
    return parseTemplate(text);
  } catch (error) {
    if (error instanceof TemplateError) throw new InputError(file, error.said, { key: 'advice.fixTemplate' }, error.line);
    throw error;
  }
}
