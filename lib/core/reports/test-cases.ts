import type { CaseEventType } from '../../model/case';
import type { ReportedCase, ReportedEvent } from './case-history';
import type { ReportInput } from './compute-report';

/** Builders for hand-written report timelines (tests only). Times are UTC ISO strings (London is UTC in winter). */
export const at = (iso: string): number => Date.parse(iso);

export function reportedCase(id: string, created: string, fields: Partial<ReportedCase> = {}): ReportedCase {
  return { id, createdAt: at(created), updatedAt: at(created), originator: 'customer', owner: null, category: null, status: 'new', awaitingSince: [], ...fields };
}

export function event(type: CaseEventType, when: string, to: string | null = null): ReportedEvent {
  return { at: at(when), type, from: null, to };
}

export function input(c: ReportedCase, ...events: ReportedEvent[]): ReportInput {
  return { case: c, events };
}

/** England's bank holidays around the generated cases (2025-12 to 2026-12): deadlines move over them. */
export const GENERATED_HOLIDAYS = new Set(['2025-12-25', '2025-12-26', '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);

const HOUR = 3_600_000;
const STATUS_MOVES = ['acknowledged', 'in_progress', 'waiting_customer', 'waiting_developer', 'closed'] as const;

/**
 * `n` cases with random timelines over the 420 days before `now` (tests only): customer, partner
 * and staff cases, arrivals on week-ends, holidays and at night, replies, status changes (to a
 * developer and back, closed and re-opened), cases tracked after the answer, timelines that
 * missed the last message or are out of order. The case fields agree with the timeline as the
 * background keeps them (status, updatedAt, awaitingSince).
 */
export function generatedInputs(n: number, rng: () => number, now: number): ReportInput[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const owners = ['alice@vendor.example', 'Bob@Vendor.example', 'carol@vendor.example', null];
  const categories = ['defect', 'question', 'feature_request', 'licensing', null];
  return Array.from({ length: n }, (_, index): ReportInput => {
    const createdAt = Math.floor(now - rng() * 420 * 24 * HOUR);
    const originator = rng() < 0.1 ? 'staff' : rng() < 0.1 ? 'partner' : 'customer';
    const events: ReportedEvent[] = [];
    let status: ReportedCase['status'] = 'new';
    let waitingSince: number | null = originator === 'staff' ? null : createdAt;
    let t = createdAt;
    const push = (type: CaseEventType, when: number, to: string | null = null): void => {
      events.push({ at: when, type, from: null, to });
    };
    // Tracked when it arrived, or later with the answer already sent (status derived at that moment).
    if (rng() < 0.15 && originator !== 'staff') {
      t += Math.floor(rng() * 48 * HOUR);
      push('created', t, 'new');
      push('status_changed', t, 'acknowledged');
      status = 'acknowledged';
      waitingSince = null;
    } else push('created', t, 'new');
    const steps = Math.floor(rng() * 9);
    for (let step = 0; step < steps; step += 1) {
      t += Math.floor(rng() * rng() * 120 * HOUR) + 60_000;
      if (t > now) break;
      const roll = rng();
      if (roll < 0.3) {
        push('customer_message', t);
        if (status === 'closed' || status === 'waiting_customer' || status === 'waiting_developer') {
          push('reopened', t, 'in_progress');
          status = 'in_progress';
        }
        waitingSince ??= t;
      } else if (roll < 0.6) {
        push('staff_reply', t);
        waitingSince = null;
        if (rng() < 0.5) {
          status = rng() < 0.5 ? 'acknowledged' : 'waiting_customer';
          push('status_changed', t, status);
        }
      } else {
        status = pick(STATUS_MOVES);
        push('status_changed', t, status);
        if (status === 'closed' || status === 'acknowledged' || status === 'waiting_customer') waitingSince = null;
      }
    }
    const updatedAt = Math.max(createdAt, ...events.map((e) => e.at));
    // A message the timeline missed (read on another device): the case still says who waits.
    if (waitingSince === null && status !== 'closed' && rng() < 0.05) waitingSince = Math.min(now, updatedAt + HOUR);
    // A merged or imported timeline out of order now and then.
    if (rng() < 0.05) events.reverse();
    const c: ReportedCase = {
      id: `g${index}`, createdAt, updatedAt: Math.max(updatedAt, waitingSince ?? 0), originator, owner: pick(owners), category: pick(categories), status,
      awaitingSince: waitingSince === null ? [] : [waitingSince],
    };
    return { case: c, events };
  });
}
