import { testRuleSet } from './rule-tester.js';

testRuleSet('open-networker', [
  // known: the coffee test's known rules
  {
    name: 'a conversation both ways',
    evidence: { messages: { sent: 3, received: 2 } },
    label: 'known',
    rule: 'two-way',
    detail: '5 messages both ways (3 sent, 2 received), last on 2025-03-02',
  },
  { name: 'you recommended them', evidence: { recommendations: { given: 1 } }, label: 'known', rule: 'recommendation-given' },
  { name: 'they recommended you', evidence: { recommendations: { received: 1 } }, label: 'known', rule: 'recommendation-received' },
  { name: 'in the address book', evidence: { addressBook: 'email' }, label: 'known', rule: 'address-book' },
  {
    name: 'a colleague you talked with is known, not just a colleague',
    evidence: { sharedEmployer: 'Contoso', messages: { sent: 1, received: 1 } },
    label: 'known',
    rule: 'two-way',
  },

  // weak-tie: the coffee test's weak-tie signals
  { name: 'they wrote, you never answered', evidence: { messages: { received: 2 } }, label: 'weak-tie', rule: 'they-wrote' },
  { name: 'you wrote, they never answered', evidence: { messages: { sent: 2 } }, label: 'weak-tie', rule: 'you-wrote' },
  { name: 'both wrote, never in the same conversation', evidence: { messages: { sent: 1, received: 1, twoWay: false } }, label: 'weak-tie', rule: 'one-way' },
  {
    name: 'you endorsed them',
    evidence: { endorsements: { given: 1, skillsGiven: ['SQL'] } },
    label: 'weak-tie',
    rule: 'endorsement-given',
    detail: 'You endorsed them for SQL',
  },
  { name: 'they endorsed you', evidence: { endorsements: { received: 1, skillsReceived: ['SQL'] } }, label: 'weak-tie', rule: 'endorsement-received' },
  { name: 'an invitation with a note', evidence: { invitation: { note: 'We met at the meetup' } }, label: 'weak-tie', rule: 'invitation-note' },

  // weak-tie: colleagues (even from another field), classmates, close expertise
  {
    name: 'a colleague from another field',
    evidence: { sharedEmployer: 'Contoso', closeness: 0 },
    contact: { position: 'Accountant' },
    label: 'weak-tie',
    rule: 'colleague',
    detail: 'Colleague: you both worked at Contoso',
  },
  {
    name: 'a colleague met in a group chat',
    evidence: { sharedEmployer: 'Contoso', messages: { groupConversations: 2 } },
    label: 'weak-tie',
    rule: 'colleague',
  },
  {
    name: 'a classmate',
    evidence: { school: 'INSA Lyon' },
    label: 'weak-tie',
    rule: 'classmate',
    detail: 'Classmate: INSA Lyon, one of your schools, appears in their company or position',
  },
  {
    name: 'close expertise at the threshold',
    evidence: { closeness: 0.5, closenessTerms: ['backend'] },
    contact: { position: 'Backend Developer' },
    label: 'weak-tie',
    rule: 'close-expertise',
    detail: 'Close to your expertise: their position (Backend Developer) shares backend with your work (closeness 0.50)',
  },
  { name: 'the same job', evidence: { closeness: 1, closenessTerms: ['backend', 'engineer'] }, label: 'weak-tie', rule: 'close-expertise' },
  {
    name: 'a one-way message wins over a shared employer for the reason',
    evidence: { sharedEmployer: 'Contoso', messages: { received: 1 } },
    label: 'weak-tie',
    rule: 'they-wrote',
  },

  // stranger
  { name: 'closeness below the threshold', evidence: { closeness: 0.33, closenessTerms: ['engineer'] }, label: 'stranger', rule: 'no-trace' },
  {
    name: 'only met in group conversations',
    evidence: { messages: { groupConversations: 1 } },
    label: 'stranger',
    rule: 'group-only',
    detail: 'Only met in group conversations (1)',
  },
  { name: 'an invitation without a note', evidence: { invitation: {} }, label: 'stranger', rule: 'invitation-without-note' },
  {
    name: 'no trace at all',
    label: 'stranger',
    rule: 'no-trace',
    detail: 'No message, recommendation, endorsement, shared employer or school, nor a position close to yours',
  },
]);
