import * as z from 'zod/mini';

/**
 * The team workspace as this browser knows it (PRODUCT F8): which team server, which team, and
 * this device's token. The token is a password: it lives in extension storage (closed to
 * content scripts), never in a URL or a log.
 */

export const TeamRole = z.enum(['admin', 'member', 'viewer']);
export type TeamRole = z.infer<typeof TeamRole>;

const Short = z.string().check(z.maxLength(320));

export const TeamMemberInfo = z.object({ email: Short, name: Short, role: TeamRole });
export type TeamMemberInfo = z.infer<typeof TeamMemberInfo>;

/** What the team server answers to a join code (POST /join). */
export const JoinAnswer = z.object({
  token: z.string().check(z.minLength(16), z.maxLength(512)),
  team: z.object({ id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)), name: Short }),
  member: TeamMemberInfo,
  members: z.array(TeamMemberInfo).check(z.maxLength(10_000)),
});
export type JoinAnswer = z.infer<typeof JoinAnswer>;

export const TeamMembership = z.object({
  /** wss://… (or ws:// on this machine), as checked by lib/core/team/team-server-address.ts. */
  socketUrl: z.string(),
  httpUrl: z.string(),
  team: JoinAnswer.shape.team,
  token: JoinAnswer.shape.token,
  member: TeamMemberInfo,
  joinedAt: z.number(),
});
export type TeamMembership = z.infer<typeof TeamMembership>;
