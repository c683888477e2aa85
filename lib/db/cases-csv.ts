import type { SupportCase } from '../model/case';

const iso = (epochMs: number | null): string => (epochMs === null ? '' : new Date(epochMs).toISOString());

/** Columns of the cases CSV, in order, with how each is written. */
const COLUMNS: readonly [string, (c: SupportCase) => string][] = [
  ['id', (c) => c.id],
  ['subject', (c) => c.subject],
  ['customer_name', (c) => c.customer.name],
  ['customer_email', (c) => c.customer.email],
  ['organisation', (c) => c.customer.organisation],
  ['originator', (c) => c.originator],
  ['source', (c) => c.source],
  ['status', (c) => c.status],
  ['owner', (c) => c.owner ?? ''],
  ['category', (c) => c.category ?? ''],
  ['created_utc', (c) => iso(c.createdAt)],
  ['updated_utc', (c) => iso(c.updatedAt)],
  ['due_utc', (c) => iso(c.dueAt)],
  ['needs_response', (c) => (c.awaitingSince.length > 0 ? 'yes' : 'no')],
  ['reopened', (c) => String(c.reopenCount)],
  ['trac_tickets', (c) => c.tickets.map((ticket) => `#${ticket.number}`).join(' ')],
  ['conversation_url', (c) => c.threadUrl],
];

/**
 * One CSV field (RFC 4180): quoted when it holds a quote, comma or line break, quotes doubled.
 * Text from mail is untrusted: a value a spreadsheet would run as a formula (= + - @, tab, CR)
 * gets a leading apostrophe, so opening the export never executes a customer's "formula".
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The cases as CSV, one row per case, CRLF line ends, times in UTC ISO 8601. Starts with a
 * UTF-8 byte-order mark so spreadsheet programs read accented names correctly.
 */
export function casesToCsv(cases: readonly SupportCase[]): string {
  const lines = [COLUMNS.map(([name]) => name).join(','), ...cases.map((c) => COLUMNS.map(([, value]) => csvField(value(c))).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
