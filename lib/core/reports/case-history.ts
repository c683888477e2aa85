import type { CaseEvent, SupportCase } from '../../model/case';

/** Fields of a case a report reads. */
export type ReportedCase = Pick<SupportCase, 'id' | 'createdAt' | 'updatedAt' | 'originator' | 'owner' | 'category' | 'status' | 'awaitingSince'>;

/** Fields of a timeline event a report reads. */
export type ReportedEvent = Pick<CaseEvent, 'at' | 'type' | 'from' | 'to'>;

/** How a wait for a response ended. */
export type WaitEnd =
  /** A staff reply (or the case marked acknowledged / waiting on the customer by hand): a response, timed. */
  | 'response'
  /** Closed without a reply: nothing more was owed (a thank-you, an auto-reply). */
  | 'closed'
  /** The case was tracked after the team had already answered: answered, but when is not known. */
  | 'untimed';

/** A customer waiting for a response: from the oldest unanswered message until it ended (null: still waiting). */
export interface Wait {
  start: number;
  end: number | null;
  endedBy: WaitEnd | null;
}

/** An interval in one status (waiting_developer), end null while it lasts. */
export interface Span {
  start: number;
  end: number | null;
}

/** What a report needs from one case and its timeline. */
export interface CaseHistory {
  waits: Wait[];
  /** When the case was re-opened by a customer message. */
  reopenedAt: number[];
  /** While the case waited on a developer (Trac). */
  developerSpans: Span[];
}

const RESPONSE_STATUSES = new Set(['acknowledged', 'waiting_customer']);

/**
 * Replays a case's timeline (oldest first) into waits for a response, re-openings and waits on
 * a developer. A customer's first message is the case's creation (unless staff began it); each
 * later `customer_message` starts a wait when none is open. A `staff_reply` ends it as a
 * response; so does the status set to acknowledged or waiting on the customer by hand, except
 * the status derived at the moment the case was tracked (the reply came before Casebook saw the
 * thread: answered, time unknown). Closing ends a wait without a response.
 *
 * The timeline can miss messages (read before tracking, or on another device), so the case as
 * stored has the last word on the present: waiting now with no open wait opens one at its
 * oldest unanswered message; not waiting but a wait still open ends it at the last update
 * (answered, time unknown, unless the case is closed).
 */
export function caseHistory(c: ReportedCase, events: readonly ReportedEvent[]): CaseHistory {
  const waits: Wait[] = [];
  const reopenedAt: number[] = [];
  const developerSpans: Span[] = [];
  let open: Wait | null = null;
  let developer: Span | null = null;
  let trackedAt: number | null = null;
  const begin = (at: number): void => {
    if (open) return;
    open = { start: at, end: null, endedBy: null };
    waits.push(open);
  };
  const finish = (at: number, endedBy: WaitEnd): void => {
    if (!open) return;
    open.end = Math.max(at, open.start);
    open.endedBy = endedBy;
    open = null;
  };
  if (c.originator !== 'staff') begin(c.createdAt);
  for (const event of inTimeOrder(events)) {
    switch (event.type) {
      case 'created':
        trackedAt ??= event.at;
        break;
      case 'customer_message':
        begin(event.at);
        break;
      case 'staff_reply':
        finish(event.at, 'response');
        break;
      case 'reopened':
        reopenedAt.push(event.at);
        break;
      case 'status_changed':
        if (event.to === 'closed') finish(event.at, 'closed');
        else if (event.to !== null && RESPONSE_STATUSES.has(event.to)) finish(event.at, event.at === trackedAt ? 'untimed' : 'response');
        if (event.to === 'waiting_developer' && !developer) developerSpans.push((developer = { start: event.at, end: null }));
        else if (event.to !== 'waiting_developer' && developer) {
          developer.end = Math.max(event.at, developer.start);
          developer = null;
        }
        break;
      default:
        break;
    }
    if (event.type === 'reopened' && developer) {
      developer.end = Math.max(event.at, developer.start);
      developer = null;
    }
  }
  const oldestWaiting = c.awaitingSince[0];
  const lastWait = waits.at(-1);
  if (oldestWaiting !== undefined && !open && (lastWait?.end ?? -Infinity) <= oldestWaiting) begin(oldestWaiting);
  if (oldestWaiting === undefined && open) finish(c.updatedAt, c.status === 'closed' ? 'closed' : 'untimed');
  if (c.status !== 'waiting_developer' && developer) (developer as Span).end = Math.max(c.updatedAt, (developer as Span).start);
  return { waits, reopenedAt, developerSpans };
}

/** Timelines are stored oldest first; a merged or imported one that is not is sorted (stable) on a copy. */
function inTimeOrder(events: readonly ReportedEvent[]): readonly ReportedEvent[] {
  for (let index = 1; index < events.length; index += 1) {
    if (events[index]!.at < events[index - 1]!.at) return [...events].sort((a, b) => a.at - b.at);
  }
  return events;
}
