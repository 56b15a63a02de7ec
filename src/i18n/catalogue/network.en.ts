/**
 * The article's other half (src/network/, src/report/suggest-text.ts, diff-text.ts): what the export
 * shows of people who are not connections, people to invite, and two exports compared. Kept apart
 * from en.ts so that each share of issue 19 adds its own file.
 */
export const enNetwork = {
  /** What weigh.ts finds about an outsider: a signal (it shows you know them) or a note (it does not, on its own). */
  'weigh.recommendationReceived': { one: 'They wrote you a recommendation', other: 'They wrote you {count} recommendations' },
  'weigh.recommendationGiven': { one: 'You wrote them a recommendation', other: 'You wrote them {count} recommendations' },
  'weigh.twoWay': {
    one: '{count} message both ways ({sent} sent, {received} received), last on {date}',
    other: '{count} messages both ways ({sent} sent, {received} received), last on {date}',
  },
  'weigh.neverTogether': '{sent} sent and {received} received 1:1, but never in the same conversation',
  'weigh.youWrote': { one: 'You wrote them {count} message 1:1; they never answered', other: 'You wrote them {count} messages 1:1; they never answered' },
  'weigh.theyWrote': { one: 'They wrote you {count} message 1:1; you never answered', other: 'They wrote you {count} messages 1:1; you never answered' },
  'weigh.endorsedYou': { one: 'They endorsed {count} skill of yours', other: 'They endorsed {count} skills of yours' },
  'weigh.youEndorsed': { one: 'You endorsed {count} skill of theirs', other: 'You endorsed {count} skills of theirs' },
  'weigh.bookWorkEmail': 'In your address book (Contacts.csv), with a work e-mail address',
  'weigh.bookCompany': 'In your address book (Contacts.csv), with their company ({companies})',
  'weigh.bookPersonalEmail': 'In your address book (Contacts.csv) with only a personal e-mail address: not professional evidence',
  'weigh.bookPhone': 'In your address book (Contacts.csv) with only a name and a phone number: not professional evidence',
  'weigh.employerInFile': '{file} gives their company as {company}; you worked at {employer} (Positions.csv)',
  'weigh.employerInGroup': 'Your group conversation "{title}" is named after {employer}, where you worked (Positions.csv)',
  'weigh.groupBoth': { one: 'Both of you wrote in {count} group conversation{titles}', other: 'Both of you wrote in {count} group conversations{titles}' },
  'weigh.groupQuiet': {
    one: 'In {count} group conversation with you where only one of you wrote{titles}',
    other: 'In {count} group conversations with you where only one of you wrote{titles}',
  },
  /** The group conversations' titles after the sentence: ` ("Team", "Alumni")`. */
  'weigh.titles': ' ({titles})',
  'weigh.title': '"{title}"',
  'weigh.youInvitedNote': 'You invited them on {date} (with a note); not connected yet',
  'weigh.youInvitedNoNote': 'You invited them on {date} (without a note); not connected yet',
  'weigh.theyInvitedNote': 'They invited you on {date} (with a note); not connected yet',
  'weigh.theyInvitedNoNote': 'They invited you on {date} (without a note); not connected yet',
  'weigh.unknownDate': 'an unknown date',
  /** suggest's text. */
  'suggest.title': {
    one: 'People you know who are not among your {connections} connections ({path}): {count}',
    other: 'People you know who are not among your {connections} connections ({path}): {count}',
  },
  'suggest.tier.strong': 'Strong evidence ({count})',
  'suggest.tier.good': 'Good evidence ({count})',
  'suggest.tier.some': 'Some evidence ({count})',
  'suggest.noUrl': 'no profile URL in the export',
  'suggest.noName': '(no name)',
  'suggest.nobody': 'Nobody: everyone the export shows you know is already a connection.',
  'suggest.leftOut': 'Left out: {reasons}.',
  'suggest.leftOutSeparator': '; ',
  'suggest.notProfessional': {
    one: "{count} person known only from your phone's address book (a phone number or a personal e-mail, nothing professional)",
    other: "{count} people known only from your phone's address book (a phone number or a personal e-mail, nothing professional)",
  },
  'suggest.singleName': {
    one: '{count} address-book entry with a single name and no e-mail',
    other: '{count} address-book entries with a single name and no e-mail',
  },
  'suggest.ambiguous': {
    one: '{count} record whose name fits several of your connections',
    other: '{count} records whose names fit several of your connections',
  },
  'suggest.onlyProfessional1': 'Only professional evidence counts: conversations, recommendations, endorsements, a shared employer, and address-book',
  'suggest.onlyProfessional2': 'entries with a work e-mail or a company. Positions.csv lists only your own employers, so a colleague shows only',
  'suggest.onlyProfessional3': 'where another file gives their company or a group is named after an employer.',
  /** diff's text, and what an export forgot (src/network/diff.ts). */
  'diff.counts': {
    one: '{older} → {newer} connections: {added} added, {removed} removed, {inBoth} in both; {count} changed label',
    other: '{older} → {newer} connections: {added} added, {removed} removed, {inBoth} in both; {count} changed label',
  },
  'diff.judged': 'Both judged by {classifier} as of {date}, so a new label comes from the exports, not from the calendar.',
  'diff.exportDate': '{path}: {date}',
  'diff.matchedByName': {
    one: '{count} matched by name, as an export without profile URLs allows.',
    other: '{count} matched by name, as an export without profile URLs allows.',
  },
  'diff.noName': '(no name)',
  'diff.role': '{position} at {company}',
  'diff.added': 'Added ({count})',
  'diff.removed': 'Removed ({count})',
  'diff.youMarked.keep': 'you marked keep',
  'diff.youMarked.remove': 'you marked remove',
  'diff.youMarked.skip': 'you marked skip',
  'diff.changed': 'Changed label ({count})',
  'diff.was': 'was:',
  'diff.now': 'now:',
  'diff.why': 'why:',
  'diff.decisions': 'Your decisions ({path})',
  'diff.marked': {
    one: '{count} marked for removal: {done} no longer connected, {pending} still connected',
    other: '{count} marked for removal: {done} no longer connected, {pending} still connected',
  },
  'diff.markedUnclear': {
    one: '{count} marked for removal: {done} no longer connected, {pending} still connected, {unclear} unclear',
    other: '{count} marked for removal: {done} no longer connected, {pending} still connected, {unclear} unclear',
  },
  'diff.stillConnected': {
    one: 'Still connected: remove this person on LinkedIn ({count})',
    other: 'Still connected: remove these people on LinkedIn ({count})',
  },
  'diff.noUrl': 'no profile URL',
  'diff.noUrlByName': 'no profile URL, found by name',
  'diff.done': 'Done: nobody you marked for removal is still connected.',
  'diff.unclear': 'Unclear: saved by name, and the one of that name here may be someone else ({count})',
  'diff.notApplied': 'Not applied: check them by hand on LinkedIn.',
  'diff.urlChanged': '(still connected: the profile URL changed)',
  'diff.unchecked': {
    one: 'Could not check {count} ({names}): rows of the newer Connections.csv were skipped, and they may be among them; not counted as no longer connected',
    other: 'Could not check {count} ({names}): rows of the newer Connections.csv were skipped, and they may be among them; not counted as no longer connected',
  },
  'diff.keptButGone': 'Marked keep but no longer connected: {names}',
  'diff.swapped':
    '{older} is dated {olderDate}, after {newer} ({newerDate}): the older export comes first, or those removed since read as added. Did you mean: netprune diff {newer} {older}',
  'diff.pending': {
    one: '{count} person marked for removal is still connected (--fail-on-pending)',
    other: '{count} people marked for removal are still connected (--fail-on-pending)',
  },
  'diff.lost.invitation': 'The invitation of {date} is no longer in Invitations.csv, which keeps only recent months (the newer one starts on {from})',
  'diff.lost.invitationNone': 'The invitation of {date} is no longer in Invitations.csv, which keeps only recent months (the newer export has none)',
  'diff.lost.addressBook': 'No longer in your address book (Contacts.csv)',
  'diff.lost.messages': 'Fewer 1:1 messages in messages.csv ({before} → {after}): a conversation was deleted or archived out of the export',
  'diff.lost.endorsements': 'Fewer endorsements ({before} → {after})',
  'diff.lost.recommendations': 'Fewer recommendations ({before} → {after})',
  'diff.unknownDate': 'an unknown date',
} as const;
