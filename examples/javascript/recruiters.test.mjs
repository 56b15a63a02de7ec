// `npm test`: the plugin's table of cases, run by node:test (vitest's describe and it work the same way).
import { describe, it } from 'node:test';
import { testClassifier } from 'netprune';
import recruiters from './recruiters.mjs';

testClassifier(
  recruiters,
  [
    { name: 'a conversation both ways', evidence: { messages: { sent: 2, received: 3 } }, label: 'known', rule: 'two-way', detail: '5 messages both ways' },
    {
      name: 'a recruiter who endorsed you',
      contact: { position: 'Senior Recruiter' },
      evidence: { endorsements: { received: 1 } },
      label: 'stranger',
      rule: 'recruiter',
    },
    {
      name: 'a recruiter you talked with',
      contact: { position: 'Talent Acquisition Partner' },
      evidence: { messages: { sent: 1, received: 1 } },
      label: 'known',
    },
    { name: 'they endorsed you', evidence: { endorsements: { received: 2 } }, label: 'weak-tie', rule: 'endorsed-you' },
    { name: 'one message, unanswered', evidence: { messages: { received: 1 } }, label: 'stranger', rule: 'no-trace' },
  ],
  { describe, it },
);
