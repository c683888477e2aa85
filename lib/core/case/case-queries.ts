import type { SupportCase } from '../../model/case';
import { needsResponse } from './awaiting';
import { matchesSearch } from './case-search';

export const HOUR_MS = 3_600_000;

/** The dashboard's filters (PRODUCT F4). */
export const DASHBOARD_FILTERS = ['all', 'needs_response', 'overdue', 'waiting_customer', 'waiting_developer', 'mine', 'unassigned', 'closed'] as const;
export type DashboardFilter = (typeof DASHBOARD_FILTERS)[number];

export interface DashboardQuery {
  filter: DashboardFilter;
  /** Free text; "" for none. */
  search: string;
  now: number;
  /** The user's address, for "mine". */
  me: string;
  limit: number;
  offset: number;
}

export function isOverdue(c: Pick<SupportCase, 'dueAt'>, now: number): boolean {
  return c.dueAt !== null && c.dueAt < now;
}

/** Not overdue yet, but will be within `withinMs` (the alarm warns an hour ahead). */
export function isDueSoon(c: Pick<SupportCase, 'dueAt'>, now: number, withinMs = HOUR_MS): boolean {
  return c.dueAt !== null && c.dueAt >= now && c.dueAt <= now + withinMs;
}

export function dueSoon(cases: readonly SupportCase[], now: number, withinMs = HOUR_MS): SupportCase[] {
  return cases.filter((c) => isDueSoon(c, now, withinMs)).sort(compareByDeadline);
}

/**
 * When the background should wake next: an hour before a deadline (to warn) or at it (to
 * update the overdue badge), whichever comes first after `now`. Null when nothing waits.
 */
export function nextWakeAt(cases: readonly SupportCase[], now: number, warnMs = HOUR_MS): number | null {
  const moments = cases.flatMap((c) => (c.dueAt === null ? [] : [c.dueAt - warnMs, c.dueAt])).filter((t) => t > now);
  return moments.length === 0 ? null : Math.min(...moments);
}

export function matchesFilter(c: Pick<SupportCase, 'status' | 'owner' | 'dueAt' | 'awaitingSince'>, filter: DashboardFilter, ctx: { now: number; me: string }): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'needs_response':
      return needsResponse(c);
    case 'overdue':
      return isOverdue(c, ctx.now);
    case 'mine':
      return c.owner !== null && c.owner === ctx.me.trim().toLowerCase();
    case 'unassigned':
      // Open cases nobody has taken yet: in a team, what anyone may pick up.
      return c.owner === null && c.status !== 'closed';
    default:
      return c.status === filter;
  }
}

/** Cases without a deadline sort after every deadline, most recently updated first. */
export const UNDATED_FROM = 2 ** 52;

/**
 * One number that orders "sort by deadline": the deadline when something waits, else
 * 2^53 − updatedAt. The database indexes it; in-memory sorting uses the same key so both agree.
 */
export function deadlineSortKey(c: Pick<SupportCase, 'dueAt' | 'updatedAt'>): number {
  return c.dueAt ?? 2 ** 53 - c.updatedAt;
}

/** Deadline first (overdue at the top), then recency; ties by id, as the database orders them. */
export function compareByDeadline(a: Pick<SupportCase, 'id' | 'dueAt' | 'updatedAt'>, b: Pick<SupportCase, 'id' | 'dueAt' | 'updatedAt'>): number {
  return deadlineSortKey(a) - deadlineSortKey(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The toolbar badge and popup figures. */
export function countCases(cases: readonly SupportCase[], now: number): { needsResponse: number; overdue: number } {
  return {
    needsResponse: cases.filter(needsResponse).length,
    overdue: cases.filter((c) => isOverdue(c, now)).length,
  };
}

/** One dashboard page from cases in memory (the database answers the same query with indexes). */
export function dashboardPage(cases: readonly SupportCase[], query: DashboardQuery): SupportCase[] {
  return cases
    .filter((c) => matchesFilter(c, query.filter, query) && matchesSearch(c, query.search))
    .sort(compareByDeadline)
    .slice(query.offset, query.offset + query.limit);
}
