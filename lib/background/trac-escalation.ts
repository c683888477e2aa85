import { browser } from 'wxt/browser';
import type { HolidayLookup } from '../core/calendar/business-time';
import { linkTicket, updateTicketStatus } from '../core/case/case-edits';
import { AUTOMATIC_ACTOR } from '../core/case/case-change';
import { describeTracProblem } from '../core/trac/describe-trac-error';
import { duplicateQueryUrl, rankDuplicates } from '../core/trac/duplicate-query';
import { fieldsToOffer, SELECT_FIELDS } from '../core/trac/check-ticket-values';
import type { TracFieldChoices } from '../core/trac/new-ticket-form';
import { buildNewTicketUrl, configuredTicketFields } from '../core/trac/new-ticket-url';
import { cleanSubject } from '../core/mail-text/clean-subject';
import { parseQueryCsv, parseTicketCsv } from '../core/trac/ticket-csv';
import { mayReadTrac, originPattern, parseTicketUrl, ticketCsvUrl, ticketUrl } from '../core/trac/ticket-page';
import { findCase, saveCase } from '../db/cases-repository';
import type { SupportCase } from '../model/case';
import type { TracPreview } from '../model/messages';
import type { Settings } from '../model/settings';
import type { ThreadSnapshot } from '../model/thread';
import { withMailbox } from '../core/case/staff';
import { knownSendAs } from './send-as-store';
import { conversationContext } from './conversation-context';
import { mayRead, readTrac, TracError } from './trac-access';
import { describeReading, tracChoices, type TracChoicesState } from './trac-choices';
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

function requireTrac(settings: Settings): string {
  if (!settings.trac.baseUrl) throw new TracError({ kind: 'no_base_url' });
  return settings.trac.baseUrl;
}

async function loadCase(services: Services, caseId: string): Promise<SupportCase> {
  const stored = await findCase(services.db, caseId);
  if (!stored) throw new Error('This case no longer exists.');
  return stored.case;
}

/** What the link is built from besides the case: the preview's choices and Trac's own. */
interface LinkChoices {
  summary?: string;
  values?: Readonly<Record<string, string>>;
  choices?: readonly TracFieldChoices[];
}

function newTicketLink(settings: Settings, c: SupportCase, thread: ThreadSnapshot | null, now: number, holidays: HolidayLookup, chosen: LinkChoices) {
  const { customerTexts, details, vars } = conversationContext(thread, c, settings, now, holidays);
  const link = buildNewTicketUrl({ trac: settings.trac, supportCase: c, thread, customerTexts, vars, details, ...chosen });
  if (!link.ok) throw new TracError(link.problem);
  return { link, configured: configuredTicketFields(settings.trac, vars, [], chosen.values) };
}

/**
 * Values for Trac's select fields when its choices could not be read although Casebook may read
 * it (Trac down, VPN off): left blank, so Trac uses its defaults instead of swapping an unchecked
 * value for its first option. Without permission nothing can be checked and the values go as set.
 */
function blankSelects(state: TracChoicesState): Record<string, string> {
  return state.kind === 'failed' && !state.read ? Object.fromEntries(SELECT_FIELDS.map((name) => [name, ''])) : {};
}

/** What the preview says about Trac's choices: where they come from, and Trac's trouble in words. */
function choicesWording(state: TracChoicesState, now: number): { choicesNote: string; tracProblem: string | null } {
  if (state.kind === 'read') return { choicesNote: describeReading(state.read, now), tracProblem: null };
  if (state.kind === 'unreadable') {
    return state.read
      ? { choicesNote: `${describeReading(state.read, now)} ${state.problem}`, tracProblem: null }
      : { choicesNote: `${state.problem} Trac takes a value only as written, capitals included, and silently puts its first option in place of one it does not have.`, tracProblem: null };
  }
  if (state.read) return { choicesNote: describeReading(state.read, now), tracProblem: `${state.problem} Trac's choices below are from the last reading.` };
  return {
    choicesNote: '',
    tracProblem: `${state.problem} The New Ticket form may not load either. If it does, choose the ${SELECT_FIELDS.join(', ')} there: Casebook leaves them blank (Trac's defaults) rather than send values it could not check.`,
  };
}

export async function previewEscalation(services: Services, caseId: string, thread: ThreadSnapshot | null, refresh = false): Promise<TracPreview> {
  const settings = await services.settings();
  const base = requireTrac(settings);
  const c = await loadCase(services, caseId);
  const now = services.now();
  const summary = cleanSubject(c.subject);
  const [state, found] = await Promise.all([tracChoices(base, now, refresh), findDuplicates(base, summary)]);
  const choices = state.read?.fields;
  const values = blankSelects(state);
  // The account's send-as addresses are staff: their messages are not the customer's report.
  const people = withMailbox(settings, thread?.account, await knownSendAs(thread?.account));
  const { link, configured } = newTicketLink(people, c, thread, now, services.holidays(settings.calendar.holidayRegion), { values, ...(choices ? { choices } : {}) });
  const fields = state.kind === 'failed' && !state.read ? [] : fieldsToOffer(configured, choices ?? null);
  const wording = choicesWording(state, now);
  const notes = [
    wording.choicesNote,
    link.shortened.length > 0 ? `Shortened to fit Trac's URL limit: ${link.shortened.join(', ')}.` : '',
    found.duplicates.length > 0 ? `Open tickets that may be the same defect: ${found.duplicates.map((d) => `#${d.id} ${d.summary} (${d.status})`).join('; ')}.` : '',
    found.duplicatesProblem ?? '',
  ].filter((note) => note !== '');
  return { summary, fields, ...wording, url: link.url, bytes: link.bytes, shortened: link.shortened, ...found, notes };
}

async function findDuplicates(base: string, summary: string): Promise<Pick<TracPreview, 'duplicates' | 'duplicatesProblem'>> {
  if (!(await mayRead(base))) {
    const duplicatesProblem = mayReadTrac(base)
      ? describeTracProblem({ kind: 'permission_refused', origin: originPattern(base) }) + ' Casebook cannot look for duplicates.'
      : 'This Trac is served over plain http: Casebook does not read it (your Trac login would travel unencrypted), so it cannot look for duplicates.';
    return { duplicates: [], duplicatesProblem };
  }
  try {
    const parsed = parseQueryCsv(await readTrac(duplicateQueryUrl(base, summary), 'search_tickets'));
    if (!parsed.ok) throw new TracError({ kind: 'not_csv', reason: parsed.problem });
    return { duplicates: rankDuplicates(parsed.tickets, summary).slice(0, 5).map((t) => ({ id: Number(t.id), summary: t.summary, status: t.status })), duplicatesProblem: null };
  } catch (error) {
    return { duplicates: [], duplicatesProblem: error instanceof Error ? error.message : String(error) };
  }
}

/** What the sidebar says once Trac's form is open in its tab. */
export const FORM_OPENED_NOTICE = 'Create the ticket in the new tab — Casebook will pick up its number.';

/**
 * Opens Trac's New Ticket form next to the current tab and watches it for the created ticket.
 * The values come from a page, so they are checked against Trac's choices here again.
 */
export async function openEscalation(
  services: Services,
  request: { caseId: string; thread: ThreadSnapshot | null; summary: string; values: Readonly<Record<string, string>> },
  openerTab: { id?: number; index?: number } | undefined,
): Promise<{ url: string; tabId: number; notice: string }> {
  const settings = await services.settings();
  const base = requireTrac(settings);
  const c = await loadCase(services, request.caseId);
  const now = services.now();
  const state = await tracChoices(base, now, false);
  const values = { ...request.values, ...blankSelects(state) };
  const choices = state.read?.fields;
  const people = withMailbox(settings, request.thread?.account, await knownSendAs(request.thread?.account));
  const { link } = newTicketLink(people, c, request.thread, now, services.holidays(settings.calendar.holidayRegion), { summary: request.summary, values, ...(choices ? { choices } : {}) });
  const tab = await browser.tabs.create({
    url: link.url,
    ...(openerTab?.index !== undefined ? { index: openerTab.index + 1 } : {}),
    ...(openerTab?.id !== undefined ? { openerTabId: openerTab.id } : {}),
  });
  if (tab.id === undefined) throw new Error('The browser did not open the Trac tab.');
  await pendingTabs.set({ ...(await pendingTabs.get()), [tab.id]: { caseId: request.caseId, base, onForm: true } });
  // Without the origin permission the tab's address is hidden from Casebook: the number is typed by hand.
  const notice = (await mayRead(base)) ? FORM_OPENED_NOTICE : 'Create the ticket in the new tab, then type its number under “Trac ticket number” here.';
  return { url: link.url, tabId: tab.id, notice };
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
