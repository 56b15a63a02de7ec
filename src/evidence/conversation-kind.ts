/**
 * A conversation is 1:1 when it holds the owner and exactly one other person, and a group when it holds
 * more. Its title says nothing: LinkedIn titles many two-person threads (InMail subjects, Sales Navigator
 * threads, some ordinary chats), and 243 of 245 titled conversations in five real exports had exactly two
 * participants. `others` counts distinct people besides the owner: one person seen under a profile URL
 * and under a bare name is one.
 */
export const isGroupConversation = (others: number): boolean => others > 1;
