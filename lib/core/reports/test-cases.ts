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
