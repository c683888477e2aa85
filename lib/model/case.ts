import * as z from 'zod/mini';
import { Host } from './thread';
import { ASSESSMENT_STEPS, CASE_STATUSES, TROUBLESHOOTING_STEPS } from './vocabulary';

export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const CaseSource = z.enum(['email', 'contact_form', 'phone', 'chat']);
export type CaseSource = z.infer<typeof CaseSource>;

export const Originator = z.enum(['customer', 'partner', 'staff']);
export type Originator = z.infer<typeof Originator>;

/** The five Initial Assessment steps of the support process, in order. */
export const AssessmentStep = z.enum(ASSESSMENT_STEPS);
export type AssessmentStep = z.infer<typeof AssessmentStep>;

/** The six troubleshooting steps (CompTIA) of the support process, in order. */
export const TroubleshootingStep = z.enum(TROUBLESHOOTING_STEPS);
export type TroubleshootingStep = z.infer<typeof TroubleshootingStep>;

export const ChecklistItem = z.object({
  done: z.boolean(),
  note: z.string(),
  /** Epoch ms when ticked; null when not done. */
  doneAt: z.nullable(z.number()),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const TracTicketLink = z.object({
  number: z.int().check(z.positive()),
  url: z.string(),
  linkedAt: z.number(),
  /** Read back from Trac (?format=csv) when the origin is permitted. */
  status: z.nullable(z.string()),
  resolution: z.nullable(z.string()),
  checkedAt: z.nullable(z.number()),
});
export type TracTicketLink = z.infer<typeof TracTicketLink>;

export const Customer = z.object({
  name: z.string(),
  email: z.string(),
  /** From the e-mail domain (example.org -> Example) unless set by hand. */
  organisation: z.string(),
});
export type Customer = z.infer<typeof Customer>;

export const SupportCase = z.object({
  /** `host:account:threadId` for conversation cases; `phone:<uuid>` for logged phone cases. */
  id: z.string().check(z.minLength(1)),
  host: z.nullable(Host),
  account: z.string(),
  threadId: z.nullable(z.string()),
  threadUrl: z.string(),
  subject: z.string(),
  customer: Customer,
  originator: Originator,
  source: CaseSource,
  status: CaseStatus,
  /** Team member email, or null when unassigned. */
  owner: z.nullable(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** Arrival times (epoch ms) of customer messages not yet answered, oldest first. */
  awaitingSince: z.array(z.number()),
  /** Earliest response deadline not yet met (epoch ms); null when nothing waits. */
  dueAt: z.nullable(z.number()),
  /** Epoch ms of the newest message seen in the thread (customer or staff). */
  lastMessageAt: z.nullable(z.number()),
  /** Host id of the newest message seen, to notice new ones. */
  lastMessageId: z.nullable(z.string()),
  lastMessageFrom: z.nullable(Originator),
  reopenCount: z.int().check(z.nonnegative()),
  category: z.nullable(z.string()),
  assessment: z.record(AssessmentStep, ChecklistItem),
  troubleshooting: z.record(TroubleshootingStep, ChecklistItem),
  notes: z.string(),
  tickets: z.array(TracTicketLink),
  /** Ids of other cases offered or confirmed as the same conversation (Gmail <-> Groups). */
  linkedCaseIds: z.array(z.string()),
  /** Bumped on every write; a write based on an older version is merged, not lost. */
  version: z.int().check(z.nonnegative()),
});
export type SupportCase = z.infer<typeof SupportCase>;

export const CaseEventType = z.enum([
  'created',
  'status_changed',
  'owner_changed',
  'reopened',
  'customer_message',
  'staff_reply',
  'checklist_ticked',
  'note_changed',
  'ticket_linked',
  'ticket_status',
  'category_changed',
  'linked',
]);
export type CaseEventType = z.infer<typeof CaseEventType>;

/** One line of the case timeline: who did what, when, from what to what, and why. */
export const CaseEvent = z.object({
  id: z.string().check(z.minLength(1)),
  caseId: z.string().check(z.minLength(1)),
  at: z.number(),
  /** Team member email, or "casebook" for automatic changes. */
  actor: z.string(),
  type: CaseEventType,
  from: z.nullable(z.string()),
  to: z.nullable(z.string()),
  reason: z.string(),
});
export type CaseEvent = z.infer<typeof CaseEvent>;
