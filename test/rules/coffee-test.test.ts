import { testRuleSet } from './rule-tester.js';

testRuleSet('coffee-test', [
  // known: a two-way 1:1 conversation, a recommendation either way, or the address book
  {
    name: 'a conversation both ways',
    evidence: { messages: { sent: 5, received: 7 } },
    label: 'known',
    rule: 'two-way',
    detail: '12 messages both ways (5 sent, 7 received), last on 2025-03-02',
  },
  {
    name: 'one message each way',
    evidence: { messages: { sent: 1, received: 1, last: '2024-11-20T17:45:00Z' } },
    label: 'known',
    rule: 'two-way',
    detail: '2 messages both ways (1 sent, 1 received), last on 2024-11-20',
  },
  {
    name: 'you recommended them',
    evidence: { recommendations: { given: 1 } },
    label: 'known',
    rule: 'recommendation-given',
    detail: 'You wrote them 1 recommendation',
  },
  {
    name: 'they recommended you',
    evidence: { recommendations: { received: 2 } },
    label: 'known',
    rule: 'recommendation-received',
    detail: 'They wrote you 2 recommendations',
  },
  {
    name: 'in the address book by e-mail',
    evidence: { addressBook: 'email' },
    label: 'known',
    rule: 'address-book',
    detail: 'In your address book (matched by e-mail)',
  },
  {
    name: 'in the address book by name',
    evidence: { addressBook: 'name' },
    label: 'known',
    rule: 'address-book',
    detail: 'In your address book (matched by name)',
  },
  {
    name: 'a conversation beats an endorsement and a group chat',
    evidence: { messages: { sent: 2, received: 1, groupConversations: 4 }, endorsements: { given: 1, skillsGiven: ['Go'] } },
    label: 'known',
    rule: 'two-way',
  },
  {
    name: 'a recommendation beats a group chat',
    evidence: { recommendations: { given: 1 }, messages: { groupConversations: 2 } },
    label: 'known',
    rule: 'recommendation-given',
  },

  // weak-tie: one-way 1:1 contact, an endorsement, an invitation with a note, a shared employer without conversation
  {
    name: 'they wrote, you never answered',
    evidence: { messages: { received: 3 } },
    label: 'weak-tie',
    rule: 'they-wrote',
    detail: 'They sent you 3 messages and you never answered, last on 2025-03-02',
  },
  {
    name: 'you wrote, they never answered',
    evidence: { messages: { sent: 1 } },
    label: 'weak-tie',
    rule: 'you-wrote',
    detail: 'You sent them 1 message and they never answered, last on 2025-03-02',
  },
  {
    name: 'both wrote, but never in the same conversation',
    evidence: { messages: { sent: 2, received: 1, twoWay: false, conversations: 2 } },
    label: 'weak-tie',
    rule: 'one-way',
    detail: '2 sent and 1 received, but never both in the same conversation; last on 2025-03-02',
  },
  {
    name: 'you endorsed them',
    evidence: { endorsements: { given: 2, skillsGiven: ['TypeScript', 'Node.js'] } },
    label: 'weak-tie',
    rule: 'endorsement-given',
    detail: 'You endorsed them for TypeScript, Node.js',
  },
  {
    name: 'they endorsed you',
    evidence: { endorsements: { received: 1, skillsReceived: ['Kubernetes'] } },
    label: 'weak-tie',
    rule: 'endorsement-received',
    detail: 'They endorsed you for Kubernetes',
  },
  {
    name: 'their invitation carried a note',
    evidence: { invitation: { note: 'Loved your talk at JSConf, shall we stay in touch?' } },
    label: 'weak-tie',
    rule: 'invitation-note',
    detail: 'Invitation from them with a note: "Loved your talk at JSConf, shall we stay in touch?"',
  },
  {
    name: 'your invitation carried a note, shortened in the reason',
    evidence: { invitation: { direction: 'outgoing', note: `Hello ${'a'.repeat(120)}` } },
    label: 'weak-tie',
    rule: 'invitation-note',
    detail: /^Invitation from you with a note: "Hello a+…"$/,
  },
  {
    name: 'a shared employer, never talked',
    evidence: { sharedEmployer: 'Contoso' },
    label: 'weak-tie',
    rule: 'shared-employer',
    detail: 'Both worked at Contoso, but you never talked 1:1',
  },
  {
    name: 'a shared employer and a group chat: still the employer',
    evidence: { sharedEmployer: 'Contoso', messages: { groupConversations: 1 } },
    label: 'weak-tie',
    rule: 'shared-employer',
  },

  // shared employer, but a conversation exists: the conversation rules decide
  {
    name: 'a shared employer and a conversation both ways',
    evidence: { sharedEmployer: 'Contoso', messages: { sent: 4, received: 4 } },
    label: 'known',
    rule: 'two-way',
  },
  {
    name: 'a shared employer and an unanswered message',
    evidence: { sharedEmployer: 'Contoso', messages: { received: 1 } },
    label: 'weak-tie',
    rule: 'they-wrote',
  },

  // stranger: none of these; group chats alone and invitations without a note prove nothing
  {
    name: 'only met in group conversations',
    evidence: { messages: { groupConversations: 3, groupMessages: 17 } },
    label: 'stranger',
    rule: 'group-only',
    detail: 'Only met in group conversations (3)',
  },
  {
    name: 'their invitation had no note',
    evidence: { invitation: { direction: 'incoming' } },
    label: 'stranger',
    rule: 'invitation-without-note',
    detail: 'Invitation without a note (the mobile app sends none, so this proves nothing)',
  },
  { name: 'your invitation had no note', evidence: { invitation: { direction: 'outgoing', note: '' } }, label: 'stranger', rule: 'invitation-without-note' },
  {
    name: 'no trace at all',
    label: 'stranger',
    rule: 'no-trace',
    detail: 'No message, recommendation, endorsement, shared employer or address-book entry',
  },
  { name: 'a visible e-mail address proves nothing', evidence: { emailVisible: true }, label: 'stranger', rule: 'no-trace' },
  { name: 'a close job title alone is not contact', evidence: { closeness: 1, closenessTerms: ['backend'] }, label: 'stranger', rule: 'no-trace' },
  { name: 'a shared school alone is not contact', evidence: { school: 'INSA Lyon' }, label: 'stranger', rule: 'no-trace' },
  { name: 'connected for years, nothing else', evidence: { yearsConnected: 12 }, label: 'stranger', rule: 'no-trace' },
]);
