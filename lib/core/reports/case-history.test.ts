import { describe, expect, it } from 'vitest';
import { caseHistory } from './case-history';
import { at, event, reportedCase } from './test-cases';

describe('caseHistory', () => {
  it('a customer message answered by a staff reply is one timed wait', () => {
    const history = caseHistory(reportedCase('a', '2026-12-07T10:00:00Z', { status: 'acknowledged' }), [
      event('created', '2026-12-07T10:05:00Z', 'new'),
      event('staff_reply', '2026-12-07T12:00:00Z'),
      event('status_changed', '2026-12-07T12:01:00Z', 'acknowledged'),
    ]);
    expect(history.waits).toEqual([{ start: at('2026-12-07T10:00:00Z'), end: at('2026-12-07T12:00:00Z'), endedBy: 'response' }]);
  });

  it('a second message while waiting does not restart the wait; closing ends it without a response', () => {
    const history = caseHistory(reportedCase('a', '2026-12-07T10:00:00Z', { status: 'closed' }), [
      event('customer_message', '2026-12-07T11:00:00Z'),
      event('status_changed', '2026-12-07T13:00:00Z', 'closed'),
    ]);
    expect(history.waits).toEqual([{ start: at('2026-12-07T10:00:00Z'), end: at('2026-12-07T13:00:00Z'), endedBy: 'closed' }]);
  });

  it('the status derived when a thread is tracked after the answer is an untimed response', () => {
    const history = caseHistory(reportedCase('a', '2026-12-01T10:00:00Z', { status: 'acknowledged' }), [
      event('created', '2026-12-07T10:00:00Z', 'new'),
      event('status_changed', '2026-12-07T10:00:00Z', 'acknowledged'),
    ]);
    expect(history.waits[0]?.endedBy).toBe('untimed');
  });

  it('marking a case acknowledged by hand later is a response at that time', () => {
    const history = caseHistory(reportedCase('a', '2026-12-07T10:00:00Z'), [
      event('created', '2026-12-07T10:00:00Z', 'new'),
      event('status_changed', '2026-12-07T15:00:00Z', 'acknowledged'),
    ]);
    expect(history.waits[0]).toEqual({ start: at('2026-12-07T10:00:00Z'), end: at('2026-12-07T15:00:00Z'), endedBy: 'response' });
  });

  it('a case staff began waits only from the first customer message; re-openings and developer waits are kept', () => {
    const history = caseHistory(reportedCase('a', '2026-12-01T10:00:00Z', { originator: 'staff', status: 'in_progress' }), [
      event('status_changed', '2026-12-02T10:00:00Z', 'waiting_developer'),
      event('customer_message', '2026-12-09T10:00:00Z'),
      event('reopened', '2026-12-09T10:00:00Z', 'in_progress'),
      event('staff_reply', '2026-12-09T11:00:00Z'),
    ]);
    expect(history.waits).toEqual([{ start: at('2026-12-09T10:00:00Z'), end: at('2026-12-09T11:00:00Z'), endedBy: 'response' }]);
    expect(history.reopenedAt).toEqual([at('2026-12-09T10:00:00Z')]);
    expect(history.developerSpans).toEqual([{ start: at('2026-12-02T10:00:00Z'), end: at('2026-12-09T10:00:00Z') }]);
  });

  it('the stored case has the last word: waiting now opens a wait the timeline missed, not waiting ends one', () => {
    const waiting = caseHistory(reportedCase('a', '2026-12-01T10:00:00Z', { originator: 'staff', awaitingSince: [at('2026-12-08T09:00:00Z')] }), []);
    expect(waiting.waits).toEqual([{ start: at('2026-12-08T09:00:00Z'), end: null, endedBy: null }]);
    const answered = caseHistory(reportedCase('a', '2026-12-01T10:00:00Z', { updatedAt: at('2026-12-02T10:00:00Z'), status: 'waiting_customer' }), []);
    expect(answered.waits).toEqual([{ start: at('2026-12-01T10:00:00Z'), end: at('2026-12-02T10:00:00Z'), endedBy: 'untimed' }]);
  });

  it('sorts a timeline that is out of order', () => {
    const history = caseHistory(reportedCase('a', '2026-12-07T10:00:00Z'), [
      event('staff_reply', '2026-12-07T12:00:00Z'),
      event('customer_message', '2026-12-07T11:00:00Z'),
    ]);
    expect(history.waits[0]?.end).toBe(at('2026-12-07T12:00:00Z'));
  });
});
