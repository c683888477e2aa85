import { describe, expect, it } from 'vitest';
import type { SupportCase } from '../../model/case';
import { initials, listChip } from './list-chip';
import { newCase } from './new-case';
import { at } from './test-support';

function aCase(extra: Partial<SupportCase>): SupportCase {
  const c = newCase({
    id: 'c1', host: 'gmail', account: 'helpdesk@example.net', threadId: 't1', threadUrl: '', subject: 'Upload fails',
    customer: { name: 'Jane Doe', email: 'jane@acme.com', organisation: 'Acme' }, originator: 'customer', source: 'email', createdAt: at('2025-11-01T09:00:00Z'),
  });
  return { ...c, ...extra };
}
const team = [{ name: 'Lena Marquardt', email: 'helpdesk@example.net' }];
const now = at('2025-11-05T12:00:00Z');
const due = (iso: string) => ({ awaitingSince: [at(iso) - 86_400_000], dueAt: at(iso) });

describe('list chips', () => {
  it.each<[string, Partial<SupportCase>, string, string]>([
    ['due later today', { status: 'new', ...due('2025-11-05T17:30:00Z') }, 'New · due 17:30', 'later'],
    ['due within the hour', { status: 'acknowledged', ...due('2025-11-05T12:40:00Z') }, 'Acknowledged · due 12:40', 'soon'],
    ['due tomorrow', { status: 'in_progress', ...due('2025-11-06T09:00:00Z') }, 'In progress · due tomorrow 09:00', 'later'],
    ['overdue', { status: 'in_progress', ...due('2025-11-05T10:00:00Z'), owner: 'helpdesk@example.net' }, 'In progress · overdue 2 h · LM', 'overdue'],
    ['waiting, no response due', { status: 'waiting_customer', owner: 'yusuf.demir@example.net' }, 'Waiting on customer · YD', 'none'],
    ['closed', { status: 'closed' }, 'Closed', 'none'],
  ])('%s', (_name, extra, text, tone) => {
    const chip = listChip('t1', aCase(extra), team, now, 'UTC');
    expect(chip).toMatchObject({ threadId: 't1', text, tone });
    expect(chip.title.startsWith('Casebook: ')).toBe(true);
  });

  it('names the owner in full in the tooltip', () => {
    expect(listChip('t1', aCase({ owner: 'HELPDESK@example.net' }), team, now, 'UTC').title).toContain('owner Lena Marquardt');
  });

  it.each([
    ['Lena Marquardt', 'LM'],
    ['yusuf.demir@example.net', 'YD'],
    ['Ana', 'AN'],
    ['  María  José  Pérez ', 'MP'],
    ['', ''],
  ])('initials of %j are %j', (name, expected) => expect(initials(name)).toBe(expected));

  it('stays linear on a 200 KB owner name', () => {
    const name = 'a '.repeat(100_000);
    expect(initials(name)).toBe('AA');
  });
});
