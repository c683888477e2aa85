import { describe, expect, it } from 'vitest';
import { CaseStatus, type SupportCase } from '../../model/case';
import { canTransition, reopen, statusAfterStaffReply, transition } from './case-status';
import { newCase } from './new-case';
import { at } from './test-support';

// Written out by hand from the process, independently of STATUS_TRANSITIONS.
const ALLOWED = new Set([
  'new>acknowledged', 'new>waiting_customer', 'new>waiting_developer', 'new>closed',
  'acknowledged>in_progress', 'acknowledged>waiting_customer', 'acknowledged>waiting_developer', 'acknowledged>closed',
  'in_progress>waiting_customer', 'in_progress>waiting_developer', 'in_progress>closed',
  'waiting_customer>in_progress', 'waiting_customer>waiting_developer', 'waiting_customer>closed',
  'waiting_developer>in_progress', 'waiting_developer>waiting_customer', 'waiting_developer>closed',
  'closed>in_progress',
]);
const pairs = CaseStatus.options.flatMap((from) => CaseStatus.options.map((to) => [from, to, ALLOWED.has(`${from}>${to}`)] as const));

function aCase(status: SupportCase['status'], extra: Partial<SupportCase> = {}): SupportCase {
  const base = newCase({
    id: 'gmail:alice@casebook-vendor.com:18c2f4a9b7e0d123', host: 'gmail', account: 'alice@casebook-vendor.com',
    threadId: '18c2f4a9b7e0d123', threadUrl: '', subject: 'Licence renewal', customer: { name: 'Jane', email: 'jane@acme.com', organisation: 'Acme' },
    originator: 'customer', source: 'email', createdAt: at('2025-11-03T10:00:00Z'),
  });
  return { ...base, status, ...extra };
}
const meta = { actor: 'alice@casebook-vendor.com', at: at('2025-11-04T09:15:00Z'), eventId: 'ev-7', reason: 'Answered by phone' };

describe('status transitions: all 36 pairs', () => {
  it.each(pairs)('%s -> %s allowed: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
    const result = transition(aCase(from), to, meta);
    expect(result.ok).toBe(allowed);
    if (result.ok) {
      expect(result.case.status).toBe(to);
      expect(result.event).toEqual({
        id: 'ev-7', caseId: 'gmail:alice@casebook-vendor.com:18c2f4a9b7e0d123', at: meta.at,
        actor: 'alice@casebook-vendor.com', type: 'status_changed', from, to, reason: 'Answered by phone',
      });
    } else {
      expect(result.error).toBe(`A ${from} case cannot become ${to}.`);
    }
  });
});

describe('transition side effects', () => {
  const waiting = { awaitingSince: [at('2025-11-03T10:00:00Z')], dueAt: at('2025-11-04T17:30:00Z') };

  it('closing clears what was awaited, so a closed case is never overdue', () => {
    const result = transition(aCase('acknowledged', waiting), 'closed', meta);
    expect(result.ok && [result.case.awaitingSince, result.case.dueAt]).toEqual([[], null]);
  });

  it('other changes keep what is awaited', () => {
    const result = transition(aCase('acknowledged', waiting), 'waiting_developer', meta);
    expect(result.ok && result.case.dueAt).toBe(waiting.dueAt);
    expect(result.ok && result.case.updatedAt).toBe(meta.at);
  });
});

describe('reopen', () => {
  it.each([
    ['waiting_customer', 'in_progress', 3],
    ['waiting_developer', 'in_progress', 3],
    ['closed', 'in_progress', 3],
    ['new', null, 2],
    ['acknowledged', null, 2],
    ['in_progress', null, 2],
  ] as const)('%s -> %s, reopenCount %i', (from, to, count) => {
    const result = reopen(aCase(from, { reopenCount: 2 }), meta);
    expect(result?.case.status ?? null).toBe(to);
    expect(result?.case.reopenCount ?? 2).toBe(count);
    if (result) expect([result.event.type, result.event.from, result.event.to]).toEqual(['reopened', from, 'in_progress']);
  });
});

describe('statusAfterStaffReply', () => {
  it.each([
    ['new', 'acknowledged'],
    ['acknowledged', 'waiting_customer'],
    ['in_progress', 'waiting_customer'],
    ['waiting_customer', 'waiting_customer'],
    ['waiting_developer', 'waiting_developer'],
    ['closed', 'closed'],
  ] as const)('%s -> %s', (from, to) => {
    expect(statusAfterStaffReply(from)).toBe(to);
    if (from !== to) expect(canTransition(from, to)).toBe(true);
  });
});
