import type { SupportCase } from '../../model/case';
import { defaultSettings, type Settings } from '../../model/settings';
import type { Person, ThreadMessage, ThreadSnapshot } from '../../model/thread';

/** Shared by this folder's tests: one support team, its customers, and threads made of them. */

export const settings: Settings = {
  ...defaultSettings,
  identity: { name: 'Alice Smith', emails: ['alice@casebook-vendor.com'] },
  team: [
    { name: 'Alice Smith', email: 'alice@casebook-vendor.com' },
    { name: 'Bob Jones', email: 'bob@casebook-vendor.com' },
  ],
  supportAddresses: ['support@casebook-vendor.com'],
  supportLabels: ['Support'],
  partnerDomains: ['reseller.net'],
  staffDomains: ['casebook-vendor.com'],
};

export const people = {
  jane: { name: 'Jane Doe', email: 'jane.doe@example-corp.co.uk' },
  raj: { name: 'Raj Patel', email: 'raj@reseller.net' },
  alice: { name: 'Alice Smith', email: 'alice@casebook-vendor.com' },
  bob: { name: 'Bob Jones', email: 'bob@casebook-vendor.com' },
} satisfies Record<string, Person>;

/** GB-ENG holidays around the dates the tests use. */
const gbHolidays = new Set(['2025-12-25', '2025-12-26', '2026-01-01']);
export const isHoliday = (date: string): boolean => gbHolidays.has(date);

export const at = (iso: string): number => Date.parse(iso);
export const iso = (epochMs: number | null): string | null => (epochMs === null ? null : new Date(epochMs).toISOString());

/** A deterministic id source: ev-1, ev-2, … */
export function idSource(prefix = 'ev'): () => string {
  let next = 0;
  return () => `${prefix}-${(next += 1)}`;
}

/** A message as the Gmail adapter reads it; `id` defaults to one derived from the time. */
export function message(from: Person, sentAt: string, id: string | null = `m-${sentAt}`): ThreadMessage {
  return { id, syncId: null, from, sentAt: at(sentAt), dateText: sentAt, body: 'Hello', state: 'expanded' };
}

export function thread(messages: ThreadMessage[], overrides: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  return {
    host: 'gmail',
    account: 'alice@casebook-vendor.com',
    threadId: '18c2f4a9b7e0d123',
    permId: 'thread-f:1784000000000000000',
    group: null,
    subject: 'SFTP uploads fail after upgrade to 5.2',
    url: 'https://mail.google.com/mail/u/0/#inbox/18c2f4a9b7e0d123',
    messages,
    messageCount: messages.length,
    replyOpen: false,
    collaborative: null,
    problems: [],
    ...overrides,
  };
}

export function context(now: string, ids = idSource()): { settings: Settings; now: number; newId: () => string; actor: string; holidays: (date: string) => boolean } {
  return { settings, now: at(now), newId: ids, actor: 'casebook', holidays: isHoliday };
}

export type CaseOverrides = Partial<SupportCase>;
