import { testRuleSet } from './rule-tester.js';

const recruiter = { position: 'Talent Acquisition Partner', company: 'Hexa Talents' };

testRuleSet('no-recruiters', [
  // recruiters: strangers unless known, whatever else the export shows
  {
    name: 'a recruiter who endorsed you',
    contact: recruiter,
    evidence: { endorsements: { received: 2, skillsReceived: ['Go'] } },
    label: 'stranger',
    rule: 'recruiter',
    detail: 'A recruiter (Talent Acquisition Partner at Hexa Talents) you never talked with',
  },
  { name: 'a French title, accents and case aside', contact: { position: 'CHARGEE DE RECRUTEMENT' }, label: 'stranger', rule: 'recruiter' },
  {
    name: 'a recruiter who wrote you',
    contact: { position: 'Senior Recruiter' },
    evidence: { messages: { received: 3 } },
    label: 'stranger',
    rule: 'recruiter',
  },
  { name: 'a recruiter you talked with is known', contact: recruiter, evidence: { messages: { sent: 2, received: 2 } }, label: 'known', rule: 'two-way' },
  {
    name: 'a recruiter who recommended you',
    contact: recruiter,
    evidence: { recommendations: { received: 1 } },
    label: 'known',
    rule: 'recommendation-received',
  },
  // whole words only
  {
    name: '"Recruitment Consultant" is not "recruiter"',
    contact: { position: 'Recruitment Consultant' },
    evidence: { endorsements: { given: 1 } },
    label: 'weak-tie',
    rule: 'endorsement-given',
  },

  // the rest is the coffee test
  { name: 'you recommended them', evidence: { recommendations: { given: 1 } }, label: 'known', rule: 'recommendation-given' },
  { name: 'in the address book', evidence: { addressBook: 'email' }, label: 'known', rule: 'address-book' },
  { name: 'they wrote', evidence: { messages: { received: 1 } }, label: 'weak-tie', rule: 'they-wrote' },
  { name: 'you wrote', evidence: { messages: { sent: 1 } }, label: 'weak-tie', rule: 'you-wrote' },
  {
    name: 'both wrote, never in the same conversation',
    evidence: { messages: { sent: 1, received: 1, twoWay: false, conversations: 2 } },
    label: 'weak-tie',
    rule: 'one-way',
  },
  { name: 'they endorsed you', evidence: { endorsements: { received: 1 } }, label: 'weak-tie', rule: 'endorsement-received' },
  { name: 'an invitation with a note', evidence: { invitation: { note: 'Hello from the meetup' } }, label: 'weak-tie', rule: 'invitation-note' },
  { name: 'a shared employer', evidence: { sharedEmployer: 'Contoso' }, label: 'weak-tie', rule: 'shared-employer' },
  { name: 'only group conversations', evidence: { messages: { groupConversations: 2 } }, label: 'stranger', rule: 'group-only' },
  { name: 'a bare invitation', evidence: { invitation: {} }, label: 'stranger', rule: 'invitation-without-note' },
  { name: 'no trace', label: 'stranger', rule: 'no-trace' },
]);
