// `npm test`: the plugin's table of cases, run by node:test (vitest's describe and it work the same way).
import { describe, it } from 'node:test';
import { testClassifier, type ClassifierCase } from 'netprune';
import recentContact from './recent-contact.js';

const cases: ClassifierCase[] = [
  { name: 'a message last year', evidence: { messages: { received: 1, last: '2025-01-10T09:00:00Z' } }, label: 'known', rule: 'recent' },
  {
    name: 'a message five years ago',
    evidence: { messages: { sent: 1, last: '2020-05-01T09:00:00Z' } },
    label: 'weak-tie',
    detail: 'The last message was 5 years ago',
  },
  { name: 'no message', label: 'stranger', rule: 'no-message' },
];

testClassifier(recentContact, cases, { describe, it });
