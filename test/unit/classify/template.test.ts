import { describe, expect, it } from 'vitest';
import { checkTemplate, compileTemplate, placeholderValue, placeholderValues } from '../../../src/classify/template.js';
import { toSignals } from '../../../src/classify/signals.js';
import { ENGLISH_FOR_JSON } from '../../../src/i18n/translator.js';
import type { Evidence } from '../../../src/plugin-api.js';
import { makeConnection, makeContext, makeEvidence } from '../../helpers/factories.js';

const fill = (template: string, evidence: Evidence = makeEvidence(), contact = makeConnection()): string => {
  expect(checkTemplate(template)).toEqual([]);
  const signals = toSignals(evidence, makeContext());
  return compileTemplate(template)((key) => placeholderValue(key, contact, evidence, signals), signals);
};

describe('reason templates', () => {
  it('fills signals and evidence placeholders', () => {
    const evidence = makeEvidence({
      messages: { sent: 5, received: 7, first: '2019-01-04T08:00:00Z', last: '2025-03-02T09:30:00Z' },
      sharedEmployer: 'Contoso',
    });
    expect(fill('{messages} messages both ways since {firstMessage}, last on {lastMessage}; both at {employer}', evidence)).toBe(
      '12 messages both ways since 2019-01-04, last on 2025-03-02; both at Contoso',
    );
  });

  it('picks singular or plural from a number signal', () => {
    const template = '{messagesSent} {messagesSent:message|messages}';
    expect(fill(template, makeEvidence({ messages: { sent: 1 } }))).toBe('1 message');
    expect(fill(template, makeEvidence({ messages: { sent: 0 } }))).toBe('0 messages');
    expect(fill(template, makeEvidence({ messages: { sent: 4 } }))).toBe('4 messages');
  });

  it('writes booleans as yes/no, unknown values as "unknown", empty lists as "none"', () => {
    const evidence = makeEvidence({ yearsConnected: null, emailVisible: true });
    expect(fill('{emailVisible}/{twoWay} {yearsConnected} {lastMessage} {skillsGiven}', evidence)).toBe('yes/no unknown unknown none');
  });

  it('cites the contact and the invitation', () => {
    const evidence = makeEvidence({ invitation: { direction: 'outgoing', note: '  Met at\nDevoxx  ', sentAt: '2025-02-01T10:00:00Z' } });
    expect(fill('{name} ({position} at {company}), connected {connectedOn}: {invitationFrom} wrote "{note}" on {invitationDate}', evidence)).toBe(
      'Jane Doe (Product Designer at Fabrikam), connected 2022-04-18: you wrote "Met at Devoxx" on 2025-02-01',
    );
  });

  it('asks only for the placeholders the template uses, once each time they appear', () => {
    const asked: string[] = [];
    const text = compileTemplate('{name}: {messages} {messages:message|messages}, {name} again')(
      (key) => {
        asked.push(key);
        return `<${key}>`;
      },
      toSignals(makeEvidence(), makeContext()),
    );
    expect(text).toBe('<name>: <messages> messages, <name> again');
    expect(asked).toEqual(['name', 'messages', 'name']);
  });

  it('gives every placeholder the text placeholderValues lists for it, and "unknown" for anything else', () => {
    const evidence = makeEvidence({
      messages: { sent: 2, received: 1, first: '2019-01-04T08:00:00Z', last: '2025-03-02T09:30:00Z' },
      invitation: { direction: 'incoming', note: 'Hello', sentAt: '2025-02-01T10:00:00Z' },
      yearsConnected: null,
    });
    const contact = makeConnection();
    const signals = toSignals(evidence, makeContext());
    const all = placeholderValues(contact, evidence, signals);
    expect(Object.keys(all).length).toBeGreaterThan(40);
    for (const [key, text] of Object.entries(all)) expect(placeholderValue(key, contact, evidence, signals)).toBe(text);
    expect(placeholderValue('constructor', contact, evidence, signals)).toBe('unknown');
  });

  it.each([
    ['{lastMesage}', ['unknown placeholder {lastMesage} (did you mean {lastMessage}?)']],
    ['{wat}', ['unknown placeholder {wat}']],
    ['{employer:a|b}', ['{employer:…|…} needs a number signal; employer is not one']],
    ['{twoWay:a|b}', ['{twoWay:…|…} needs a number signal; twoWay is not one']],
    ['{messages:a}', ['malformed placeholder {messages:a}: {messages:one|other} takes exactly two words separated by one |, got 1']],
    ['{messages:a|b|c}', ['malformed placeholder {messages:a|b|c}: {messages:one|other} takes exactly two words separated by one |, got 3']],
    ['{}', ['malformed placeholder {}: use {name} or {name:one|other}, with a name made of letters']],
    ['{ messages }', ['malformed placeholder { messages }: use {name} or {name:one|other}, with a name made of letters']],
    ['Last on {lastMessage', ['unmatched { at character 9: write {{ for a literal brace']],
    ['a } b', ['unmatched } at character 3: write }} for a literal brace']],
    ['{a{messages}', ['unmatched { at character 1: write {{ for a literal brace']],
  ])('rejects %s', (template, problems) => {
    expect(checkTemplate(template).map((problem) => ENGLISH_FOR_JSON.message(problem))).toEqual(problems);
  });

  it('writes {{ and }} as literal braces, beside placeholders', () => {
    expect(fill('{{x}} {messages} {{{messages}}}', makeEvidence({ messages: { sent: 2 } }))).toBe('{x} 2 {2}');
  });

  it('never fills what check rejects: a choice of three words is an error, not "b|c"', () => {
    expect(() => compileTemplate('{messages:a|b|c}')).toThrow(/takes exactly two words/);
  });
});
