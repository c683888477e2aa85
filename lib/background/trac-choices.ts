import { browser } from 'wxt/browser';
import { formatDuration } from '../core/calendar/format-duration';
import { describeTracProblem } from '../core/trac/describe-trac-error';
import { readNewTicketForm } from '../core/trac/new-ticket-form';
import { mayReadTrac, newTicketUrl, originPattern, validateTracBaseUrl } from '../core/trac/ticket-page';
import { TracChoicesRead } from '../model/trac-form';
import { mayRead, readTrac } from './trac-access';

/**
 * Trac's own choices for its select fields (priority, type, component, milestone, version,
 * custom selects), read from its New Ticket form with the user's login and kept in
 * storage.local, so each escalation need not read the page; "Refresh" reads it again.
 */

const STORAGE_KEY = 'casebook.tracChoices';
/** Choices read longer ago than this are read again when asked for (an admin may have added a milestone). */
const FRESH_MS = 60 * 60_000;

export type TracChoicesState =
  /** Read now or recently. */
  | { kind: 'read'; read: TracChoicesRead }
  /** Casebook may not read this Trac (plain http elsewhere, no permission): nothing can be checked. */
  | { kind: 'unreadable'; problem: string; read: TracChoicesRead | null }
  /** Casebook may read it, but Trac did not answer with its form; `read` is an older reading if any. */
  | { kind: 'failed'; problem: string; read: TracChoicesRead | null };

async function stored(base: string): Promise<TracChoicesRead | null> {
  const raw = ((await browser.storage.local.get(STORAGE_KEY).catch(() => ({}))) as Record<string, unknown>)[STORAGE_KEY];
  const parsed = TracChoicesRead.safeParse(raw);
  return parsed.success && parsed.data.baseUrl === base ? parsed.data : null;
}

/** Trac's choices for the project at `baseUrl`: kept ones while fresh, else (or with `refresh`) read now. */
export async function tracChoices(baseUrl: string, now: number, refresh: boolean): Promise<TracChoicesState> {
  const checked = validateTracBaseUrl(baseUrl);
  if (!checked.ok) return { kind: 'unreadable', problem: describeTracProblem({ kind: 'invalid_base_url', reason: checked.problem }), read: null };
  const base = checked.baseUrl;
  const kept = await stored(base);
  if (!mayReadTrac(base)) {
    return { kind: 'unreadable', read: kept, problem: 'This Trac is served over plain http: Casebook does not read it (your Trac login would travel unencrypted), so it cannot check the values against Trac\'s own choices.' };
  }
  if (!(await mayRead(base))) {
    return { kind: 'unreadable', read: kept, problem: `Casebook may not read from ${originPattern(base)}, so it cannot check the values against Trac's own choices. Allow it in Options → Trac.` };
  }
  if (kept && !refresh && now - kept.readAt < FRESH_MS) return { kind: 'read', read: kept };
  try {
    const form = readNewTicketForm(await readTrac(newTicketUrl(base), 'create_ticket'));
    if (!form.ok) return { kind: 'failed', read: kept, problem: `Trac's New Ticket form could not be read: ${form.problem}` };
    const read: TracChoicesRead = { baseUrl: base, readAt: now, fields: form.fields, cut: form.cut };
    await browser.storage.local.set({ [STORAGE_KEY]: read });
    return { kind: 'read', read };
  } catch (error) {
    return { kind: 'failed', read: kept, problem: error instanceof Error ? error.message : String(error) };
  }
}

/** "Trac's choices as read from its New Ticket form 5 min ago." */
export function describeReading(read: TracChoicesRead, now: number): string {
  const age = now - read.readAt < 60_000 ? 'just now' : `${formatDuration(now - read.readAt)} ago`;
  const cut = read.cut ? ' The page was over Casebook\'s limits: some choices were left out.' : '';
  return `Trac's choices as read from its New Ticket form ${age}.${cut}`;
}
