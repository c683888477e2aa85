import * as z from 'zod/mini';
import { teamServerAddress } from '../core/team/team-server-address';
import { JoinAnswer, type TeamMembership } from '../model/team';

export type JoinOutcome = { ok: true; membership: TeamMembership } | { ok: false; problem: string };

/** Join codes are printed as XXXX-XXXX-XXXX; people type them with spaces, in lower case. */
export function tidyJoinCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase().replace(/(.{4})(?=.)/g, '$1-');
}

/**
 * Trades a one-time join code for this device's token at the team server (`POST /join`), and
 * says in words what went wrong: a mistyped address, a server that is down, a used code.
 */
export async function joinTeam(typedAddress: string, typedCode: string, device: string, now: number, fetchImpl: typeof fetch = fetch): Promise<JoinOutcome> {
  const address = teamServerAddress(typedAddress);
  if (!address.ok) return { ok: false, problem: address.problem };
  const code = tidyJoinCode(typedCode);
  if (!/^[A-Z0-9]{4}(-[A-Z0-9]{4}){2,}$/.test(code)) return { ok: false, problem: 'A join code looks like XXXX-XXXX-XXXX: ask your team’s admin for one.' };
  let response: Response;
  try {
    response = await fetchImpl(`${address.httpUrl}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, device: device.slice(0, 200) }),
      credentials: 'omit',
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    return { ok: false, problem: `No team server answers at ${address.httpUrl}. Check the address, and that the server runs (npm run server).` };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const said = z.object({ error: z.string().check(z.maxLength(500)) }).safeParse(body);
    return { ok: false, problem: said.success ? said.data.error : `${address.httpUrl} answered ${response.status}, not as a Casebook team server.` };
  }
  const answer = JoinAnswer.safeParse(body);
  if (!answer.success) return { ok: false, problem: `${address.httpUrl} answers, but not as a Casebook team server.` };
  const { token, team, member } = answer.data;
  return { ok: true, membership: { socketUrl: address.socketUrl, httpUrl: address.httpUrl, team, token, member, joinedAt: now } };
}
