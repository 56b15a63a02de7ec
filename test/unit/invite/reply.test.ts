import { describe, expect, it } from 'vitest';
import { builtInReply, fillTemplate, parseTemplate, TemplateError } from '../../../src/network/reply.js';
import { createTranslator } from '../../../src/i18n/translator.js';

const values = { firstName: 'Sam', lastName: 'Lee', fullName: 'Sam Lee', myFirstName: 'Alex' };
const fill = (text: string, overrides: Partial<typeof values> = {}) => fillTemplate(parseTemplate(text), { ...values, ...overrides });

function failure(text: string): TemplateError {
  try {
    parseTemplate(text);
  } catch (error) {
    if (error instanceof TemplateError) return error;
    throw error;
  }
  throw new Error('the template was accepted');
}

describe('reply templates', () => {
  it('fills every placeholder', () => {
    expect(fill('Hi {firstName} {lastName} ({fullName}), {myFirstName} here')).toBe('Hi Sam Lee (Sam Lee), Alex here');
  });

  it('keeps lines, and drops the final newline a text editor adds', () => {
    expect(fill('Hello {firstName},\nwhat brings you here?\n{myFirstName}\n')).toBe('Hello Sam,\nwhat brings you here?\nAlex');
  });

  it('writes {{ and }} as braces', () => {
    expect(fill('{{firstName}} is {firstName} }}')).toBe('{firstName} is Sam }');
  });

  it('an empty value takes its space along: "Hi," rather than "Hi ,"', () => {
    expect(fill('Hi {firstName}, welcome', { firstName: '' })).toBe('Hi, welcome');
  });

  it('the built-in replies ask what brings them, by first name, with French typography in French', () => {
    expect(fillTemplate(builtInReply(createTranslator('en')), values)).toMatch(/^Hi Sam, .*what brings you/);
    expect(fillTemplate(builtInReply(createTranslator('fr')), values)).toBe(
      'Bonjour Sam, merci pour votre invitation\u202F! J’aime connaître les personnes avec qui je suis en relation\u202F: qu’est-ce qui vous amène\u202F?',
    );
  });

  it('the French reply avoids the anglicism "je me connecte"', () => {
    expect(
      builtInReply(createTranslator('fr'))
        .parts.map((p) => ('text' in p ? p.text : ''))
        .join(''),
    ).not.toMatch(/me connecte/);
  });

  it.each([
    ['Hi {firstname}', /unknown placeholder \{firstname\} \(did you mean \{firstName\}\?\); use \{firstName\}, \{lastName\}, \{fullName\}, \{myFirstName\}/, 1],
    ['Hi {first_name}', /did you mean \{firstName\}/, 1],
    ['Hi\n{company}', /unknown placeholder \{company\}; use/, 2],
    ['Hi {}', /empty placeholder/, 1],
    ['Hi {firstName', /"\{" that is never closed/, 1],
    ['Hi {firstName\n}', /never closed/, 1],
    ['Hi firstName}', /"\}" that closes nothing/, 1],
    ['  \n', /is empty/, 1],
  ])('rejects %j', (text, message, line) => {
    const error = failure(text);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
  });
});
