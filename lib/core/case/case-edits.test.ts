import { describe, expect, it } from 'vitest';
import type { SupportCase, TracTicketLink } from '../../model/case';
import { linkTicket, setCategory, setNotes, setOwner, updateTicketStatus } from './case-edits';
import { applyThread } from './derive-from-thread';
import { at, context, message, people, thread } from './test-support';

const fresh = applyThread(null, thread([message(people.jane, '2025-11-03T10:00:00Z')]), context('2025-11-03T10:05:00Z')).case;
const meta = { actor: 'alice@casebook-vendor.com', at: at('2025-11-03T11:00:00Z'), eventId: 'ev-9' };
const ticket: TracTicketLink = { number: 4211, url: 'https://trac.casebook-vendor.com/ticket/4211', linkedAt: meta.at, status: null, resolution: null, checkedAt: null };

describe('setOwner', () => {
  it.each([
    [null, 'Bob@casebook-vendor.com', 'bob@casebook-vendor.com', 'Assigned'],
    ['bob@casebook-vendor.com', null, null, 'Unassigned'],
    ['bob@casebook-vendor.com', '  ', null, 'Unassigned'],
    ['bob@casebook-vendor.com', 'alice@casebook-vendor.com', 'alice@casebook-vendor.com', 'Assigned'],
  ])('%s -> %s', (before, owner, stored, reason) => {
    const result = setOwner({ ...fresh, owner: before }, owner, meta);
    expect(result?.case.owner).toBe(stored);
    expect(result?.event).toMatchObject({ type: 'owner_changed', from: before, to: stored, reason });
  });

  it('no change, no event', () => {
    expect(setOwner({ ...fresh, owner: 'bob@casebook-vendor.com' }, 'BOB@casebook-vendor.com', meta)).toBeNull();
  });
});

describe('setNotes / setCategory', () => {
  it.each([
    ['', 'Customer on 5.1, upgrade planned', 'Notes edited'],
    ['Old note', '', 'Notes cleared'],
  ])('notes %j -> %j', (before, after, reason) => {
    const result = setNotes({ ...fresh, notes: before }, after, meta);
    expect(result?.case.notes).toBe(after);
    expect(result?.event).toMatchObject({ type: 'note_changed', from: null, to: null, reason });
  });

  it('category change names both', () => {
    const result = setCategory({ ...fresh, category: 'question' }, 'defect', { ...meta, reason: 'Corrected by the user' });
    expect(result?.event).toMatchObject({ type: 'category_changed', from: 'question', to: 'defect', reason: 'Corrected by the user' });
    expect(setCategory({ ...fresh, category: 'defect' }, 'defect', meta)).toBeNull();
  });
});

describe('linkTicket', () => {
  it.each([
    ['acknowledged', 'waiting_developer', ['ticket_linked', 'status_changed']],
    ['in_progress', 'waiting_developer', ['ticket_linked', 'status_changed']],
    ['waiting_developer', 'waiting_developer', ['ticket_linked']],
    ['closed', 'closed', ['ticket_linked']], // a closed case must be re-opened first
  ] as [SupportCase['status'], SupportCase['status'], string[]][])('%s -> %s', (status, after, events) => {
    const result = linkTicket({ ...fresh, status }, ticket, { ...meta, statusEventId: 'ev-10' });
    expect(result.case.status).toBe(after);
    expect(result.case.tickets).toEqual([ticket]);
    expect(result.events.map((event) => event.type)).toEqual(events);
    expect(result.events[0]).toMatchObject({ to: '#4211', reason: ticket.url });
  });

  it('a ticket already linked changes nothing', () => {
    const once = linkTicket(fresh, ticket, { ...meta, statusEventId: 'ev-10' }).case;
    expect(linkTicket(once, ticket, { ...meta, statusEventId: 'ev-11' })).toEqual({ case: once, events: [] });
  });
});

describe('updateTicketStatus', () => {
  const linked = { ...fresh, tickets: [ticket] };
  it.each([
    [{ status: 'new', resolution: null }, [null, 'new']],
    [{ status: 'closed', resolution: 'fixed' }, [null, 'closed (fixed)']],
  ])('%j', (read, [from, to]) => {
    const result = updateTicketStatus(linked, { number: 4211, checkedAt: meta.at, ...read }, meta);
    expect(result.case.tickets[0]).toMatchObject({ ...read, checkedAt: meta.at });
    expect(result.events).toHaveLength(1);
    expect(result.events[0]).toMatchObject({ type: 'ticket_status', from, to });
  });

  it('same status: only the check time moves, no event', () => {
    const checked = { ...linked, tickets: [{ ...ticket, status: 'new' }] };
    const result = updateTicketStatus(checked, { number: 4211, status: 'new', resolution: null, checkedAt: at('2025-11-04T08:00:00Z') }, meta);
    expect(result.events).toEqual([]);
    expect(result.case.tickets[0]?.checkedAt).toBe(at('2025-11-04T08:00:00Z'));
  });

  it('an unknown ticket is ignored', () => {
    expect(updateTicketStatus(linked, { number: 1, status: 'new', resolution: null, checkedAt: 0 }, meta).case).toBe(linked);
  });
});
