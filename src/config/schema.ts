import * as z from 'zod';
import { issueText } from '../classify/issues.js';
import { LANGUAGES } from '../i18n/language.js';

const seconds = z.number().positive();

/**
 * `netprune.config.json`: what would otherwise be repeated on every command. A flag on the command line
 * wins over the file. Paths in it are relative to the file's folder.
 */
export const configSchema = z
  .strictObject({
    $schema: z.string().optional(),
    $comment: z.string().optional().meta({ description: 'A note for readers of the file; ignored' }),
    rules: z.string().min(1).optional().meta({ description: 'As --rules: a built-in rule set ("strict") or a rule file, relative to this file' }),
    classifier: z.string().min(1).optional().meta({ description: 'As --classifier: a plugin module, relative to this file' }),
    me: z.string().min(1).optional().meta({ description: 'As --me: your own profile URL' }),
    lang: z
      .enum(LANGUAGES)
      .optional()
      .meta({ description: 'As --lang: the language netprune writes in; --lang wins over it, and it wins over LC_ALL, LC_MESSAGES and LANG' }),
    parameters: z
      .record(z.string(), z.number())
      .optional()
      .meta({ description: 'Values for the parameters of the rule set named by "rules" (see its "parameters"), by name' }),
    pluginTimeout: seconds.optional().meta({ description: 'As --plugin-timeout: seconds a plugin may take on one contact' }),
    pluginTotalTimeout: seconds.optional().meta({ description: 'As --plugin-total-timeout: seconds a plugin may take in all' }),
  })
  .superRefine((config, ctx) => {
    if (config.rules !== undefined && config.classifier !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['classifier'], message: issueText({ key: 'issue.rulesOrClassifier' }) });
    }
    if (config.parameters !== undefined && config.rules === undefined) {
      ctx.addIssue({ code: 'custom', path: ['parameters'], message: issueText({ key: 'issue.parametersNeedRules' }) });
    }
  })
  .meta({ title: 'netprune config file' });
export type Config = z.infer<typeof configSchema>;
