import { linkPhoneCase } from '../core/case/phone-case';
import { setNotes, setOwner, linkTicket } from '../core/case/case-edits';
import type { CaseChanges } from '../core/case/case-change';
import { transition } from '../core/case/case-status';
import { updateStep } from '../core/case/checklists';
import { ticketUrl } from '../core/trac/ticket-page';
import type { SupportCase } from '../model/case';
import type { CaseChange } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';
import type { Services } from './services';

/** Applies one change the user made (sidebar, popup, dashboard) to a case; null when nothing changed. */
export function applyUserChange(
  c: SupportCase,
  change: CaseChange,
  ctx: { actor: string; services: Services; settings: Settings; other: SupportCase | null; thread: ThreadSnapshot | null },
): CaseChanges | null {
  const { services, actor } = ctx;
  const meta = { actor, at: services.now(), eventId: services.newId() };
  const single = (result: { case: SupportCase; event: CaseChanges['events'][number] } | null): CaseChanges | null =>
    result ? { case: result.case, events: [result.event] } : null;
  switch (change.kind) {
    case 'status': {
      if (change.to === c.status) return null;
      const result = transition(c, change.to, { ...meta, reason: change.reason });
      if (!result.ok) throw new Error(result.error);
      return { case: result.case, events: [result.event] };
    }
    case 'owner':
      return single(setOwner(c, change.to, meta));
    case 'notes':
      return single(setNotes(c, change.notes, meta));
    case 'checklist': {
      const ref = { list: change.list, step: change.step } as Parameters<typeof updateStep>[1];
      const stored = ref.list === 'assessment' ? c.assessment[ref.step] : c.troubleshooting[ref.step];
      return single(updateStep(c, ref, { done: change.done ?? stored.done, note: change.note ?? stored.note }, meta));
    }
    case 'link_ticket': {
      if (c.tickets.some((t) => t.number === change.number)) return null;
      const base = ctx.settings.trac.baseUrl;
      const ticket = { number: change.number, url: base ? ticketUrl(base, change.number) : '', linkedAt: meta.at, status: null, resolution: null, checkedAt: null };
      return linkTicket(c, ticket, { ...meta, statusEventId: services.newId() });
    }
    case 'link_case': {
      if (!ctx.other) throw new Error('The other case no longer exists.');
      if (c.linkedCaseIds.includes(ctx.other.id)) return null;
      const phoneFirst = ctx.other.host === null;
      if (phoneFirst) {
        if (!ctx.thread) throw new Error('Open the conversation to link the phone case to it.');
        return linkPhoneCase(ctx.other, c, ctx.thread, { settings: ctx.settings, now: meta.at, newId: services.newId, actor, holidays: services.holidays(ctx.settings.calendar.holidayRegion) });
      }
      const event = { id: meta.eventId, caseId: c.id, at: meta.at, actor, type: 'linked' as const, from: null, to: ctx.other.id, reason: `Same conversation as ${ctx.other.host ?? 'phone'} case “${ctx.other.subject}”` };
      return { case: { ...c, linkedCaseIds: [...c.linkedCaseIds, ctx.other.id], updatedAt: meta.at }, events: [event] };
    }
  }
}
