/**
 * Presence: who else on the team has a case's conversation open, and who is writing a reply,
 * so nobody answers a customer twice. Each member's browser publishes one small state (Yjs
 * awareness); this turns the states of the others into the lines a sidebar shows.
 */

export interface PresenceState {
  email: string;
  name: string;
  /** The case (team key) whose conversation is open in one of the member's tabs; null for none. */
  caseKey: string | null;
  /** Since when a reply to it is open (epoch ms); null when only reading. */
  replyingSince: number | null;
  /** When the member's browser last confirmed this state (epoch ms). */
  seenAt: number;
}

export interface PresenceLine {
  email: string;
  name: string;
  doing: 'viewing' | 'replying';
  /** "Alice is replying (2 min)". */
  text: string;
}

/** A state not confirmed for this long is gone (a closed laptop, a dropped connection). */
export const PRESENCE_STALE_MS = 30_000;

/** The other members on `caseKey`, repliers first, each member once (their busiest tab). */
export function presenceOn(caseKey: string, states: readonly PresenceState[], me: string, now: number): PresenceLine[] {
  const byMember = new Map<string, PresenceState>();
  for (const state of states) {
    if (state.caseKey !== caseKey || state.email === '' || state.email.toLowerCase() === me.toLowerCase()) continue;
    if (now - state.seenAt > PRESENCE_STALE_MS) continue;
    const known = byMember.get(state.email);
    if (!known || (known.replyingSince === null && state.replyingSince !== null)) byMember.set(state.email, state);
  }
  return [...byMember.values()]
    .sort((a, b) => Number(b.replyingSince !== null) - Number(a.replyingSince !== null) || a.email.localeCompare(b.email))
    .map((state) => line(state, now));
}

function line(state: PresenceState, now: number): PresenceLine {
  const who = state.name.trim() || state.email;
  if (state.replyingSince === null) return { email: state.email, name: who, doing: 'viewing', text: `${who} is viewing` };
  const minutes = Math.max(0, Math.floor((now - state.replyingSince) / 60_000));
  const since = minutes < 1 ? 'just now' : `${minutes} min`;
  return { email: state.email, name: who, doing: 'replying', text: `${who} is replying (${since})` };
}

/** Who is on which case, for the dashboard: case key → lines. */
export function presenceByCase(states: readonly PresenceState[], me: string, now: number): Map<string, PresenceLine[]> {
  const keys = new Set(states.flatMap((state) => (state.caseKey === null ? [] : [state.caseKey])));
  return new Map([...keys].map((key) => [key, presenceOn(key, states, me, now)] as const).filter(([, lines]) => lines.length > 0));
}

/**
 * Who is on which case and whether they are replying, without the heartbeat times: it changes
 * only when what a dashboard shows would change.
 */
export function presenceSignature(states: readonly PresenceState[]): string {
  return states
    .filter((state) => state.caseKey !== null)
    .map((state) => `${state.email.toLowerCase()} ${state.caseKey ?? ''} ${state.replyingSince === null ? 'viewing' : 'replying'}`)
    .sort()
    .join('\n');
}
