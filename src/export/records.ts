import * as z from 'zod';

/** ISO calendar date, `2024-03-05`. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO date-time in UTC, `2024-03-05T14:03:00Z`. Dates without a zone are taken as UTC. */
export const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const isoDate = z.string().regex(ISO_DATE);
const isoDateTime = z.string().regex(ISO_DATE_TIME);

/** Where a record came from, for messages that name the file and line. */
const line = z.number().int().positive();

export const connectionSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  /** Normalised profile key (`in/<slug>`), the join key across files; null in exports without URLs. */
  key: z.string().nullable(),
  /** Canonical profile URL to show or open, `https://www.linkedin.com/in/<slug>`; null when unknown. */
  url: z.string().nullable(),
  email: z.string().nullable(),
  company: z.string(),
  position: z.string(),
  connectedOn: isoDate.nullable(),
  line,
});
export type Connection = z.infer<typeof connectionSchema>;

export const invitationSchema = z.object({
  from: z.string(),
  to: z.string(),
  sentAt: isoDateTime.nullable(),
  message: z.string(),
  direction: z.enum(['incoming', 'outgoing']),
  /** Profile key of the other person, when the file has usable URL columns. */
  otherKey: z.string().nullable(),
  line,
});
export type Invitation = z.infer<typeof invitationSchema>;

/** One endorsement; firstName/lastName/key are the other person (endorser or endorsee). */
export const endorsementSchema = z.object({
  date: isoDateTime.nullable(),
  skill: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  key: z.string().nullable(),
  status: z.string(),
  line,
});
export type Endorsement = z.infer<typeof endorsementSchema>;

/** One recommendation; the names are the other person's. Recommendations carry no URL. */
export const recommendationSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  company: z.string(),
  jobTitle: z.string(),
  text: z.string(),
  date: isoDateTime.nullable(),
  status: z.string(),
  line,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const addressBookEntrySchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  fullName: z.string(),
  emails: z.array(z.string()),
  companies: z.string(),
  title: z.string(),
  line,
});
export type AddressBookEntry = z.infer<typeof addressBookEntrySchema>;

export const positionSchema = z.object({
  company: z.string(),
  title: z.string(),
  description: z.string(),
  /** `2021-03` or `2019`, as precise as the file says. */
  startedOn: z.string().nullable(),
  /** null means current. */
  finishedOn: z.string().nullable(),
  line,
});
export type Position = z.infer<typeof positionSchema>;

export const profileSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  headline: z.string(),
  summary: z.string(),
  industry: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

export const educationSchema = z.object({
  school: z.string(),
  degree: z.string(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  line,
});
export type Education = z.infer<typeof educationSchema>;
