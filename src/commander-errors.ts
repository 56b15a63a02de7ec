import type { Translator } from './i18n/translator.js';
import { safeText } from './util/terminal-text.js';

/**
 * Commander's own errors (an unknown option, a missing argument, a value not among the choices…)
 * said in the run's language. Commander writes them in English only, so each is recognised by its
 * words and said again from the catalogue; one this does not know is shown as commander wrote it.
 * Values come from the command line: they go in through safeText, like every error's data.
 */
export function sayCommanderError(text: string, t: Translator): string {
  const [line = '', suggestionLine] = text.replace(/\n$/, '').split('\n');
  const problem = problemOf(line.replace(/^error: /, ''), t);
  if (problem === null) return text;
  return `${t('error.commander', { problem })}${suggestionLine === undefined ? '' : `\n${suggestion(suggestionLine, t)}`}\n`;
}

type Values = readonly string[];
/** Commander's sentence, and what to say instead. Order matters: the first that matches wins. */
const KNOWN: readonly [RegExp, (v: Values, t: Translator) => string][] = [
  [/^unknown option '(.*)'$/, ([option = ''], t) => t('usage.unknownOption', { option })],
  [/^unknown command '(.*)'$/, ([command = ''], t) => t('usage.unknownCommand', { command })],
  [/^missing required argument '(.*)'$/, ([argument = ''], t) => t('usage.missingArgument', { argument })],
  [/^option '(.*)' argument missing$/, ([option = ''], t) => t('usage.optionArgumentMissing', { option })],
  [
    /^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\.$/,
    ([option = '', value = '', choices = ''], t) => t('usage.invalidChoice', { option, value, choices }),
  ],
  [
    /^command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\.$/,
    ([value = '', argument = '', choices = ''], t) => t('usage.invalidArgumentChoice', { value, argument, choices }),
  ],
  [
    /^(option '.*'|environment variable '.*') cannot be used with (option '.*'|environment variable '.*')$/,
    ([first = '', second = ''], t) => t('usage.conflict', { first: optionOrVariable(first, t), second: optionOrVariable(second, t) }),
  ],
  [/^too many arguments$/, (_, t) => t('usage.tooManyArguments')],
  [
    /^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/,
    ([command = '', expected = '0', received = '0'], t) => t('usage.tooManyArgumentsFor', { command, count: Number(expected), received: Number(received) }),
  ],
];

function problemOf(sentence: string, t: Translator): string | null {
  for (const [pattern, say] of KNOWN) {
    const match = pattern.exec(sentence);
    if (match !== null) return say(match.slice(1).map(safeText), t);
  }
  return null;
}

function optionOrVariable(text: string, t: Translator): string {
  const option = /^option '(.*)'$/.exec(text);
  if (option !== null) return t('usage.option', { option: option[1] ?? '' });
  return t('usage.environment', { variable: /'(.*)'/.exec(text)?.[1] ?? '' });
}

function suggestion(line: string, t: Translator): string {
  const oneOf = /^\(Did you mean one of (.*)\?\)$/.exec(line);
  if (oneOf !== null) return t('usage.didYouMeanOneOf', { suggestions: safeText(oneOf[1] ?? '') });
  const one = /^\(Did you mean (.*)\?\)$/.exec(line);
  return one === null ? line : t('usage.didYouMean', { suggestion: safeText(one[1] ?? '') });
}
