import type { SupportCase } from '../../model/case';
import type { Settings } from '../../model/settings';
import type { HolidayLookup } from '../calendar/business-time';
import { withAwaiting } from './awaiting';
import { caseEvent, type CaseChanges } from './case-change';
import { reopen } from './case-status';
import { isStaff, originatorOf, type PeopleSettings } from './staff';

/** What is needed of a conversation-list row (lib/hosts' ListRow fits). */
export interface ListRowLike {
  threadId: string;
  unread: boolean;
  lastSenderEmail: string | null;
}

export interface NoticedReply {
  caseId: string;
  senderEmail: string | null;
}

/**
 * Tracked threads whose list row shows an unread message from someone not on staff: the
 * customer wrote again and nobody has opened the thread. `tracked` maps thread ids (of the
 * list's host and account) to their cases. A row without a sender address counts as a
 * customer's: an unread support thread is worth a look. A case whose last known message is
 * already the customer's is skipped, so an unread row does not re-open a case again and again
 * (the row has no date to tell an older message from a newer one).
 */
export function noticeListReplies(rows: readonly ListRowLike[], tracked: ReadonlyMap<string, SupportCase>, settings: PeopleSettings): NoticedReply[] {
  const noticed: NoticedReply[] = [];
  for (const row of rows) {
    const c = tracked.get(row.threadId);
    if (!c || !row.unread) continue;
    if (row.lastSenderEmail !== null && isStaff(row.lastSenderEmail, settings)) continue;
    if (c.lastMessageFrom !== null && c.lastMessageFrom !== 'staff') continue;
    noticed.push({ caseId: c.id, senderEmail: row.lastSenderEmail });
  }
  return noticed;
}

export interface NoticeContext {
  settings: Settings;
  now: number;
  newId: () => string;
  actor: string;
  holidays: HolidayLookup;
}

/**
 * Applies a noticed reply: the case waits for an answer from `now` (the real arrival time is
 * not shown in the list; reading the thread later replaces this guess) and re-opens when it
 * was waiting or closed.
 */
export function applyNoticedReply(c: SupportCase, notice: NoticedReply, ctx: NoticeContext): CaseChanges {
  const sender = notice.senderEmail ?? 'the customer';
  const message = caseEvent(c.id, { actor: ctx.actor, at: ctx.now, eventId: ctx.newId() }, 'customer_message', { reason: `Unread reply from ${sender} seen in the inbox list` });
  const reopened = reopen(c, { actor: ctx.actor, at: ctx.now, eventId: ctx.newId(), reason: `Unread reply from ${sender}` });
  const base = reopened?.case ?? c;
  const waiting = withAwaiting(base, [...base.awaitingSince, ctx.now], { calendar: ctx.settings.calendar, isHoliday: ctx.holidays });
  const lastMessageFrom = notice.senderEmail === null ? 'customer' : originatorOf(notice.senderEmail, ctx.settings);
  return {
    case: { ...waiting, lastMessageFrom, updatedAt: ctx.now },
    events: reopened ? [message, reopened.event] : [message],
  };
}
