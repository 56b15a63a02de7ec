import { testRuleSet } from './rule-tester.js';

testRuleSet('strict', [
  // known: only a conversation both ways or a recommendation
  {
    name: 'a conversation both ways',
    evidence: { messages: { sent: 1, received: 4 } },
    label: 'known',
    rule: 'two-way',
    detail: '5 messages both ways (1 sent, 4 received), last on 2025-03-02',
  },
  { name: 'you recommended them', evidence: { recommendations: { given: 1 } }, label: 'known', rule: 'recommendation-given' },
  {
    name: 'they recommended you',
    evidence: { recommendations: { received: 3 } },
    label: 'known',
    rule: 'recommendation-received',
    detail: 'They wrote you 3 recommendations',
  },

  // everything else is a stranger
  {
    name: 'they wrote, you never answered',
    evidence: { messages: { received: 2 } },
    label: 'stranger',
    rule: 'one-way-only',
    detail: 'Messages one way only (0 sent, 2 received): no conversation',
  },
  { name: 'you wrote, they never answered', evidence: { messages: { sent: 1 } }, label: 'stranger', rule: 'one-way-only' },
  { name: 'in the address book', evidence: { addressBook: 'email' }, label: 'stranger', rule: 'no-conversation' },
  { name: 'an endorsement', evidence: { endorsements: { given: 5, skillsGiven: ['Go'] } }, label: 'stranger', rule: 'no-conversation' },
  { name: 'an invitation with a note', evidence: { invitation: { note: 'Hi!' } }, label: 'stranger', rule: 'no-conversation' },
  { name: 'a shared employer', evidence: { sharedEmployer: 'Contoso' }, label: 'stranger', rule: 'no-conversation' },
  { name: 'only group conversations', evidence: { messages: { groupConversations: 6 } }, label: 'stranger', rule: 'no-conversation' },
  { name: 'no trace at all', label: 'stranger', rule: 'no-conversation', detail: 'No conversation both ways and no recommendation' },
]);
