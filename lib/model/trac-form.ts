import * as z from 'zod/mini';

/** One select or radio field of Trac's New Ticket form (lib/core/trac/new-ticket-form.ts). */
export const TracFieldChoices = z.object({
  name: z.string(),
  label: z.string(),
  options: z.array(z.string()),
  optional: z.boolean(),
});

/** Trac's choices as last read from its New Ticket form, kept so each escalation need not read them. */
export const TracChoicesRead = z.object({
  /** The Trac project they were read from: another address means read again. */
  baseUrl: z.string(),
  readAt: z.number(),
  fields: z.array(TracFieldChoices),
  /** The page was over a limit and some choices were left out. */
  cut: z.boolean(),
});
export type TracChoicesRead = z.infer<typeof TracChoicesRead>;

/** What the options page and the preview learn about Trac's choices. */
export const TracChoicesAnswer = z.object({
  read: z.nullable(TracChoicesRead),
  /** Why Trac's choices are not known (or are older than asked), in words; null when just read. */
  problem: z.nullable(z.string()),
});
export type TracChoicesAnswer = z.infer<typeof TracChoicesAnswer>;
