import { describe, expect, it } from 'vitest';
import { SupportCase } from '../model/case';
import { emptyAssessment } from '../core/case/checklists';
import { compactRow, parseCaseRows, threadPartsOfId, toCaseRow } from './case-row';
import { mulberry32, seedCases } from './seed';

const now = Date.parse('2026-11-26T12:00:00Z');
const [seeded] = seedCases(1, 0, now, mulberry32(5)).cases;
const base = seeded!;
const ticked = { done: true, note: '', doneAt: now };
const noteOnly = { done: false, note: 'Asked for the log', doneAt: null };

describe('case rows', () => {
  it.each<[string, SupportCase]>([
    ['a seeded case', base],
    ['checklists touched (ticked, note only, unticked again)', {
      ...base,
      assessment: { ...base.assessment, verify_details: ticked, acknowledge: { done: false, note: '', doneAt: null } },
      troubleshooting: { ...base.troubleshooting, make_record: noteOnly },
    }],
    ['a phone case (no thread in the id)', { ...base, id: 'phone:4f2a', host: null, account: '', threadId: null, threadUrl: '' }],
    ['an account in mixed case (the id has it lower-cased)', { ...base, id: 'gmail:alice@x.com:18c2', account: 'Alice@x.com', threadId: '18c2' }],
    ['a thread id with colons', { ...base, id: 'groups:support@x.com:thread-f:1780', host: 'groups', account: 'support@x.com', threadId: 'thread-f:1780' }],
    ['thread parts that do not match the id', { ...base, id: 'gmail:alice@x.com:aaaa', host: 'gmail', account: 'alice@x.com', threadId: 'bbbb' }],
  ])('%s: round trip through the stored row', (_name, c) => {
    const row = toCaseRow(c);
    expect(parseCaseRows([structuredClone(row)])).toEqual({ rows: [c], problems: [] });
  });

  it('stores only touched checklist items and drops thread parts the id spells', () => {
    const c = { ...base, assessment: { ...base.assessment, verify_details: ticked }, troubleshooting: { ...base.troubleshooting } };
    const row = toCaseRow({ ...c, assessment: { ...emptyAssessment(), verify_details: ticked } });
    expect(row.assessment).toEqual({ verify_details: ticked });
    expect('troubleshooting' in row).toBe(false);
    expect(['host', 'account', 'threadId'].filter((key) => key in row)).toEqual([]);
    expect(typeof row.sortKey).toBe('number');
    expect(toCaseRow({ ...c, id: 'phone:1', host: null, threadId: null })).toMatchObject({ host: null, threadId: null, account: c.account });
  });

  it.each([
    ['gmail:alice@x.com:18c2f4', { host: 'gmail', account: 'alice@x.com', threadId: '18c2f4' }],
    ['groups:support@x.com:thread-f:1780', { host: 'groups', account: 'support@x.com', threadId: 'thread-f:1780' }],
    ['phone:4f2a', null],
    ['gmail:alice@x.com:', null],
    ['outlook:a:b', null],
  ])('threadPartsOfId(%s)', (id, parts) => {
    expect(threadPartsOfId(id)).toEqual(parts);
  });

  it('odd stored rows stay odd, so reading reports them instead of hiding them', () => {
    const odd = { ...toCaseRow(base), assessment: 'lost', troubleshooting: { make_record: { done: 'yes' } } };
    expect(compactRow(odd as unknown as Record<string, unknown>)).toMatchObject({ assessment: 'lost', troubleshooting: { make_record: { done: 'yes' } } });
    const { rows, problems } = parseCaseRows([odd, null, 42]);
    expect(rows).toEqual([]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^cases ".*": assessment: .*troubleshooting\.make_record\.done/);
    expect(parseCaseRows([undefined])).toEqual({ rows: [], problems: [] });
    // A row without thread parts whose id spells none is reported, not filled with guesses.
    const { host: _host, ...phoneWithoutHost } = toCaseRow({ ...base, id: 'phone:9', host: null, threadId: null });
    expect(parseCaseRows([phoneWithoutHost]).problems).toEqual([expect.stringMatching(/^cases "phone:9": host: /)]);
  });

  it('a complete (v2) row reads the same as before', () => {
    const v2 = { ...base, sortKey: 1, searchWords: [], openTickets: [] };
    expect(parseCaseRows([v2]).rows).toEqual([base]);
  });
});
