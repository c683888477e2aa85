import * as z from 'zod/mini';

export const ReplyTemplate = z.object({
  /** Built-ins keep stable ids (e.g. "installation-details"); custom ones get "custom:<uuid>". */
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** Plain text with {{variables}}; never HTML. */
  body: z.string(),
  /** Category this template answers first (classifier category), if any. */
  category: z.nullable(z.string()),
  builtIn: z.boolean(),
  updatedAt: z.number(),
});
export type ReplyTemplate = z.infer<typeof ReplyTemplate>;
