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
