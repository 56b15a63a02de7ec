import type { Evidence } from './types.js';

/** Evidence of a connection before any other file is joined: no trace of contact. */
export function blankEvidence(): Evidence {
  return {
    messages: {
      sent: 0,
      received: 0,
      twoWay: false,
      conversations: 0,
      groupConversations: 0,
      groupMessages: 0,
      first: null,
      last: null,
      lastMessage: null,
    },
    invitation: null,
    endorsements: { given: 0, received: 0, skillsGiven: [], skillsReceived: [] },
    recommendations: { given: 0, received: 0 },
    sharedEmployer: null,
    addressBook: null,
    emailVisible: false,
    yearsConnected: null,
    closeness: 0,
    closenessTerms: [],
    school: null,
    matchedBy: {},
    sameName: null,
  };
}

/**
 * A deep copy of an evidence `blankEvidence` began, but for its `sameName` (null in the copy), its keys in
 * the same order: what `structuredClone` gives, at a fraction of its cost (it took 0.3 s of a
 * 30,000-connection audit whose names many connections share: docs/performance.md).
 */
export function copyEvidence(ev: Evidence): Evidence {
  const { messages, invitation, endorsements } = ev;
  return {
    messages: { ...messages, lastMessage: messages.lastMessage && { ...messages.lastMessage } },
    invitation: invitation && { ...invitation },
    endorsements: { ...endorsements, skillsGiven: [...endorsements.skillsGiven], skillsReceived: [...endorsements.skillsReceived] },
    recommendations: { ...ev.recommendations },
    sharedEmployer: ev.sharedEmployer,
    addressBook: ev.addressBook,
    emailVisible: ev.emailVisible,
    yearsConnected: ev.yearsConnected,
    closeness: ev.closeness,
    closenessTerms: [...ev.closenessTerms],
    school: ev.school,
    matchedBy: { ...ev.matchedBy },
    sameName: null,
  };
}
