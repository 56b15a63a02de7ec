import { ENGLISH_FOR_JSON, type Message, type Translator } from '../i18n/translator.js';

/**
 * The reply to a bare invitation from someone unknown, in the translator's language: thank them and
 * ask what brings them, the practice the article quotes. Filled like a user's --template.
 */
export const builtInReply = (t: Translator): ReplyTemplate => parseTemplate(t.template('reply.builtIn'));

/** What a template may say, and what each placeholder becomes. */
const PLACEHOLDERS = {
  firstName: 'their first name',
  lastName: 'their last name',
  fullName: 'their full name',
  myFirstName: 'your first name (from Profile.csv)',
} as const;
type Placeholder = keyof typeof PLACEHOLDERS;
export type ReplyValues = Record<Placeholder, string>;

type Part = { text: string } | { placeholder: Placeholder };

/** A template checked once, filled many times. */
export interface ReplyTemplate {
  parts: readonly Part[];
}

/** Why a template cannot be used, and where; the caller names the file. */
export class TemplateError extends Error {
  constructor(
    /** What is wrong, said in the run's language by the InputError the caller makes of it. */
    readonly said: Message,
    readonly line: number,
  ) {
    super(ENGLISH_FOR_JSON.message(said));
  }
}

const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);
const known = () =>
  Object.keys(PLACEHOLDERS)
    .map((p) => `{${p}}`)
    .join(', ');

/**
 * Parses `Hi {firstName}, …`. `{{` and `}}` write a literal brace. An unknown or empty
 * placeholder, or a brace left open, is a TemplateError naming the line, so a typo never reaches
 * a stranger as `Hi {firstname}`.
 */
export function parseTemplate(text: string): ReplyTemplate {
  const body = text.replace(/^\uFEFF/, '').replace(/\s+$/, '');
  if (body.trim() === '') throw new TemplateError({ key: 'problem.templateEmpty' }, 1);
  const parts: Part[] = [];
  let literal = '';
  const lineAt = (index: number) => body.slice(0, index).split('\n').length;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if ((char === '{' || char === '}') && body[i + 1] === char) {
      literal += char;
      i++;
    } else if (char === '{') {
      const end = body.indexOf('}', i);
      const newline = body.indexOf('\n', i);
      if (end === -1 || (newline !== -1 && newline < end)) throw new TemplateError({ key: 'problem.templateUnclosed', values: { brace: '{' } }, lineAt(i));
      const name = body.slice(i + 1, end).trim();
      if (!isPlaceholder(name)) throw new TemplateError(unknownPlaceholder(name), lineAt(i));
      if (literal !== '') parts.push({ text: literal });
      literal = '';
      parts.push({ placeholder: name });
      i = end;
    } else if (char === '}') {
      throw new TemplateError({ key: 'problem.templateUnopened', values: { brace: '}' } }, lineAt(i));
    } else literal += char;
  }
  if (literal !== '') parts.push({ text: literal });
  return { parts };
}

function unknownPlaceholder(name: string): Message {
  if (name === '') return { key: 'problem.templateEmptyPlaceholder', values: { placeholder: '{}', known: known() } };
  const near = Object.keys(PLACEHOLDERS).find((p) => p.toLowerCase() === name.toLowerCase().replace(/[\s_-]/g, ''));
  return near === undefined
    ? { key: 'problem.templateUnknown', values: { placeholder: `{${name}}`, known: known() } }
    : { key: 'problem.templateUnknownNear', values: { placeholder: `{${name}}`, near: `{${near}}`, known: known() } };
}

/**
 * The reply with every placeholder filled. An empty value takes the space before it along,
 * so `Hi {firstName},` becomes `Hi,` for someone the export names by a single word.
 */
export function fillTemplate(template: ReplyTemplate, values: ReplyValues): string {
  let out = '';
  for (const part of template.parts) {
    if ('text' in part) out += part.text;
    else {
      const value = values[part.placeholder].trim();
      out = value === '' ? out.replace(/ $/, '') : out + value;
    }
  }
  return out;
}
