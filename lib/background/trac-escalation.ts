import { browser } from 'wxt/browser';
import type { HolidayLookup } from '../core/calendar/business-time';
import { linkTicket, updateTicketStatus } from '../core/case/case-edits';
import { AUTOMATIC_ACTOR } from '../core/case/case-change';
import { describeTracProblem, problemFromStatus, type TracAction, type TracProblem } from '../core/trac/describe-trac-error';
import { duplicateQueryUrl, rankDuplicates } from '../core/trac/duplicate-query';
import { buildNewTicketUrl, type NewTicketLink } from '../core/trac/new-ticket-url';
import { cleanSubject } from '../core/mail-text/clean-subject';
import { parseQueryCsv, parseTicketCsv } from '../core/trac/ticket-csv';
import { mayReadTrac, originPattern, parseTicketUrl, ticketCsvUrl, ticketUrl } from '../core/trac/ticket-page';
import { findCase, saveCase } from '../db/cases-repository';
import type { SupportCase } from '../model/case';
import type { TracPreview } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';
import { conversationContext } from './conversation-context';
import type { KeyedQueue } from './keyed-queue';
import { sessionRecord } from './session-state';
import type { Services } from './services';

/**
 * Trac tabs Casebook opened, waiting for the user to press "Create ticket" (kept in session
 * storage: the service worker sleeps while the user fills in the form). `onForm` is whether the
 * tab's last page was the New Ticket form: only /newticket → /ticket/N means "just created".
 */
interface PendingTab {
  caseId: string;
  base: string;
  onForm: boolean;
}
const isPendingTabs = (value: unknown): value is Record<string, PendingTab> => typeof value === 'object' && value !== null;
const pendingTabs = sessionRecord<Record<string, PendingTab>>('casebook.tracTabs', {}, isPendingTabs);

class TracError extends Error {
  constructor(problem: TracProblem) {
    super(describeTracProblem(problem));
  }
}

function requireTrac(settings: Settings): string {
  if (!settings.trac.baseUrl) throw new TracError({ kind: 'no_base_url' });
  return settings.trac.baseUrl;
}

async function mayRead(base: string): Promise<boolean> {
  if (!mayReadTrac(base)) return false;
  return browser.permissions.contains({ origins: [originPattern(base)] }).catch(() => false);
}

async function readTrac(url: string, action: TracAction): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    throw new TracError({ kind: 'unreachable', origin: new URL(url).origin });
  }
  const problem = problemFromStatus(response.status, action);
  if (problem) throw new TracError(problem);
  return response.text();
}

async function loadCase(services: Services, caseId: string): Promise<SupportCase> {
  const stored = await findCase(services.db, caseId);
  if (!stored) throw new Error('This case no longer exists.');
  return stored.case;
}

/** The New Ticket link for a case; `summary` (edited in the preview) replaces the subject. */
function newTicketLink(settings: Settings, c: SupportCase, thread: ThreadSnapshot | null, now: number, holidays: HolidayLookup, summary?: string): NewTicketLink & { ok: true } {
  const { customerTexts, details, vars } = conversationContext(thread, c, settings, now, holidays);
  const link = buildNewTicketUrl({ trac: settings.trac, supportCase: c, thread, customerTexts, vars, details, ...(summary === undefined ? {} : { summary }) });
  if (!link.ok) throw new TracError(link.problem);
  return link;
}

export async function previewEscalation(services: Services, caseId: string, thread: ThreadSnapshot | null): Promise<TracPreview> {
  const settings = await services.settings();
  const base = requireTrac(settings);
  const c = await loadCase(services, caseId);
  const link = newTicketLink(settings, c, thread, services.now(), services.holidays(settings.calendar.holidayRegion));
  const summary = cleanSubject(c.subject);
  let duplicates: TracPreview['duplicates'] = [];
  let duplicatesProblem: string | null = null;
  if (await mayRead(base)) {
    try {
      const parsed = parseQueryCsv(await readTrac(duplicateQueryUrl(base, summary), 'search_tickets'));
      if (!parsed.ok) throw new TracError({ kind: 'not_csv', reason: parsed.problem });
      duplicates = rankDuplicates(parsed.tickets, summary).slice(0, 5).map((t) => ({ id: Number(t.id), summary: t.summary, status: t.status }));
    } catch (error) {
      duplicatesProblem = error instanceof Error ? error.message : String(error);
    }
  } else if (!mayReadTrac(base)) {
    duplicatesProblem = 'This Trac is served over plain http: Casebook does not read it (your Trac login would travel unencrypted), so it cannot look for duplicates.';
  } else {
    duplicatesProblem = describeTracProblem({ kind: 'permission_refused', origin: originPattern(base) }) + ' Casebook cannot look for duplicates.';
  }
  return { summary, priority: settings.trac.priority, url: link.url, bytes: link.bytes, shortened: link.shortened, duplicates, duplicatesProblem };
}

/** Opens Trac's New Ticket form next to the current tab and watches it for the created ticket. */
export async function openEscalation(
  services: Services,
  request: { caseId: string; thread: ThreadSnapshot | null; summary: string; priority: string },
  openerTab: { id?: number; index?: number } | undefined,
): Promise<{ url: string; tabId: number }> {
  const settings = await services.settings();
  const base = requireTrac(settings);
  const c = await loadCase(services, request.caseId);
  const withPriority = { ...settings, trac: { ...settings.trac, priority: request.priority } };
  const { url } = newTicketLink(withPriority, c, request.thread, services.now(), services.holidays(withPriority.calendar.holidayRegion), request.summary);
  const tab = await browser.tabs.create({
    url,
    ...(openerTab?.index !== undefined ? { index: openerTab.index + 1 } : {}),
    ...(openerTab?.id !== undefined ? { openerTabId: openerTab.id } : {}),
  });
  if (tab.id === undefined) throw new Error('The browser did not open the Trac tab.');
  await pendingTabs.set({ ...(await pendingTabs.get()), [tab.id]: { caseId: request.caseId, base, onForm: true } });
  return { url, tabId: tab.id };
}

/**
 * When a watched Trac tab lands on /ticket/N, the user created the ticket: link it to the case
 * (which moves to waiting_developer) and return the saved case.
 */
export async function onTracTabUpdated(services: Services, tabId: number, url: string, perCase: KeyedQueue): Promise<SupportCase | null> {
  const all = await pendingTabs.get();
  const pending = all[tabId];
  if (!pending) return null;
  const number = parseTicketUrl(url, pending.base);
  const onForm = /\/newticket(?:[?#]|$)/.test(new URL(url).pathname + new URL(url).search);
  if (number === null || !pending.onForm) {
    // Still on the form (a preview, a validation error), or wandered off: keep watching.
    await pendingTabs.set({ ...all, [tabId]: { ...pending, onForm } });
    return null;
  }
  const { [tabId]: _done, ...rest } = all;
  await pendingTabs.set(rest);
  return perCase.run(pending.caseId, () => linkCreatedTicket(services, pending, number));
}

async function linkCreatedTicket(services: Services, pending: PendingTab, number: number): Promise<SupportCase | null> {
  const stored = await findCase(services.db, pending.caseId);
  if (!stored) return null;
  const at = services.now();
  const ticket = { number, url: ticketUrl(pending.base, number), linkedAt: at, status: 'new', resolution: null, checkedAt: null };
  const change = linkTicket(stored.case, ticket, { actor: AUTOMATIC_ACTOR, at, eventId: services.newId(), statusEventId: services.newId() });
  if (change.events.length === 0) return stored.case;
  return saveCase(services.db, change.case, stored.case, change.events);
}

export async function forgetTracTab(tabId: number): Promise<void> {
  const { [tabId]: _closed, ...rest } = await pendingTabs.get();
  await pendingTabs.set(rest);
}

/** Reads the linked tickets' status back from Trac (only with the origin permission). */
export async function refreshTicketStatuses(services: Services, c: SupportCase): Promise<SupportCase> {
  const settings = await services.settings();
  const base = settings.trac.baseUrl;
  if (!base || c.tickets.length === 0 || !(await mayRead(base))) return c;
  let current = c;
  const events = [];
  for (const ticket of c.tickets) {
    try {
      const parsed = parseTicketCsv(await readTrac(ticketCsvUrl(base, ticket.number), 'read_ticket'));
      if (!parsed.ok) continue;
      const at = services.now();
      const read = { number: ticket.number, status: parsed.ticket.status || null, resolution: parsed.ticket.resolution || null, checkedAt: at };
      const change = updateTicketStatus(current, read, { actor: AUTOMATIC_ACTOR, at, eventId: services.newId() });
      current = change.case;
      events.push(...change.events);
    } catch {
      // Trac unreachable: keep the last known status; the next alarm tries again.
    }
  }
  if (events.length === 0) return c;
  return saveCase(services.db, current, c, events);
}
