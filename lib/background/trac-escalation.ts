import { browser } from 'wxt/browser';
import { linkTicket, updateTicketStatus } from '../core/case/case-edits';
import { buildNewTicketUrl } from '../core/trac/new-ticket-url';
import { duplicateQueryUrl, originPattern, parseQueryCsv, parseTicketCsv, parseTicketUrl, ticketCsvUrl, ticketUrl } from '../core/trac/ticket-page';
import { describeTracError } from '../core/trac/describe-trac-error';
import { findCase, saveCase } from '../db/cases-repository';
import type { SupportCase } from '../model/case';
import type { TracPreview } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';
import type { Services } from './services';

/** Trac tabs Casebook opened, waiting for the user to press "Create ticket". */
const pendingTabs = new Map<number, { caseId: string; base: string }>();

function requireTrac(settings: Settings): string {
  if (!settings.trac.baseUrl) throw new Error(describeTracError({ kind: 'no-url' }));
  return settings.trac.baseUrl;
}

async function mayRead(base: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(base)] }).catch(() => false);
}

async function readTrac(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'include' });
  } catch {
    throw new Error(describeTracError({ kind: 'unreachable' }));
  }
  if (response.status === 403) throw new Error(describeTracError({ kind: 'forbidden' }));
  if (!response.ok) throw new Error(describeTracError({ kind: 'unreachable', status: response.status }));
  return response.text();
}

export async function previewEscalation(services: Services, caseId: string, thread: ThreadSnapshot | null): Promise<TracPreview> {
  const settings = await services.settings();
  const base = requireTrac(settings);
  const stored = await findCase(services.db, caseId);
  if (!stored) throw new Error('This case no longer exists.');
  const built = buildNewTicketUrl(settings.trac, stored.case, thread, {});
  let duplicates: TracPreview['duplicates'] = [];
  let duplicatesProblem: string | null = null;
  if (await mayRead(base)) {
    try {
      const csv = await readTrac(duplicateQueryUrl(base, built.summary));
      duplicates = parseQueryCsv(csv).map((row) => ({ id: row.id, summary: row.summary, status: row.status }));
    } catch (error) {
      duplicatesProblem = error instanceof Error ? error.message : String(error);
    }
  } else {
    duplicatesProblem = 'Casebook may not read your Trac (permission not granted in the options), so it cannot look for duplicates.';
  }
  return { summary: built.summary, priority: settings.trac.priority, url: built.url, bytes: built.bytes, shortened: built.shortened, duplicates, duplicatesProblem };
}

/** Opens Trac's New Ticket form next to the current tab and watches it for the created ticket. */
export async function openEscalation(
  services: Services,
  request: { caseId: string; thread: ThreadSnapshot | null; summary: string; priority: string },
  openerTab: { id?: number; index?: number; windowId?: number } | undefined,
): Promise<{ url: string; tabId: number }> {
  const settings = await services.settings();
  const base = requireTrac(settings);
  const stored = await findCase(services.db, request.caseId);
  if (!stored) throw new Error('This case no longer exists.');
  const trac = { ...settings.trac, priority: request.priority };
  const { url } = buildNewTicketUrl(trac, stored.case, request.thread, { summary: request.summary });
  const tab = await browser.tabs.create({
    url,
    ...(openerTab?.index !== undefined ? { index: openerTab.index + 1 } : {}),
    ...(openerTab?.id !== undefined ? { openerTabId: openerTab.id } : {}),
  });
  if (tab.id === undefined) throw new Error('The browser did not open the Trac tab.');
  pendingTabs.set(tab.id, { caseId: request.caseId, base });
  return { url, tabId: tab.id };
}

/**
 * When a watched Trac tab lands on /ticket/N, the user created the ticket: link it to the case
 * (which moves to waiting_developer) and return the saved case.
 */
export async function onTracTabUpdated(services: Services, tabId: number, url: string): Promise<SupportCase | null> {
  const pending = pendingTabs.get(tabId);
  if (!pending) return null;
  const number = parseTicketUrl(url, pending.base);
  if (number === null) return null;
  pendingTabs.delete(tabId);
  const stored = await findCase(services.db, pending.caseId);
  if (!stored) return null;
  const at = services.now();
  const ticket = { number, url: ticketUrl(pending.base, number), linkedAt: at, status: 'new', resolution: null, checkedAt: null };
  const change = linkTicket(stored.case, ticket, { actor: 'casebook', at, eventId: services.newId(), statusEventId: services.newId() });
  if (change.events.length === 0) return stored.case;
  return saveCase(services.db, change.case, stored.case.version, change.events);
}

export function forgetTracTab(tabId: number): void {
  pendingTabs.delete(tabId);
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
      const row = parseTicketCsv(await readTrac(ticketCsvUrl(base, ticket.number)));
      const change = updateTicketStatus(current, { number: ticket.number, status: row.status, resolution: row.resolution || null, checkedAt: services.now() }, { actor: 'casebook', at: services.now(), eventId: services.newId() });
      current = change.case;
      events.push(...change.events);
    } catch {
      // Unreachable Trac: keep the last known status; the next alarm tries again.
    }
  }
  if (current === c) return c;
  return saveCase(services.db, current, c.version, events);
}
