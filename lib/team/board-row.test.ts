import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { SupportCase } from '../model/case';
import { boardEntryOf, BoardEntry } from './board-doc';
import { boardPatch, caseOfBoardEntry } from './board-row';
import { KEY, T0, teamCase } from './test-support';

beforeAll(() => z.config(en()));
const entry = (overrides: Partial<BoardEntry> = {}): BoardEntry => ({ ...boardEntryOf(teamCase({ status: 'in_progress', owner: 'bob@ftpgate.example.com', dueAt: T0 + 60_000, updatedAt: T0 + 120_000 })), ...overrides });

describe('caseOfBoardEntry', () => {
  it('is a valid case with what the board says, and blanks for what only the document knows', () => {
    const c = caseOfBoardEntry(KEY, entry(), 'carol@ftpgate.example.com');
    expect(SupportCase.safeParse(c).success).toBe(true);
    expect(c).toMatchObject({ id: KEY, status: 'in_progress', owner: 'bob@ftpgate.example.com', dueAt: T0 + 60_000, updatedAt: T0 + 120_000, createdAt: T0 + 120_000, account: 'carol@ftpgate.example.com', threadId: null, notes: '', tickets: [] });
    expect(c.customer).toEqual({ name: '', email: 'dana.whitfield@lakeside.example.com', organisation: '' });
  });

  it('a hostile subject or address stays text: the link is a search, encoded', () => {
    const c = caseOfBoardEntry(KEY, entry({ subject: '"><img src=x onerror=alert(1)> [[Image(x)]] '.repeat(5), customerEmail: 'a"b@x.example' }), 'carol@ftpgate.example.com');
    expect(c.threadUrl).toMatch(/^https:\/\/mail\.google\.com\/mail\/#search\/[^<>" ]+$/);
    expect(c.subject).toContain('<img');
  });

  it("a member's oversized entry (written by hand, not through Casebook) is cut, not refused", () => {
    const c = caseOfBoardEntry(KEY, entry({ subject: 'a'.repeat(1_000_000), customerEmail: `${'b'.repeat(1_000_000)}@x.example` }), 'carol@ftpgate.example.com');
    expect(c.subject).toHaveLength(200);
    expect(c.customer.email).toHaveLength(320);
    expect(c.threadUrl.length).toBeLessThan(2_000);
  });
});

describe('boardPatch', () => {
  const local = teamCase({ status: 'acknowledged', owner: null, dueAt: T0 + 60_000, updatedAt: T0 + 60_000 });
  it.each<[string, Partial<SupportCase>, Partial<BoardEntry>, Partial<SupportCase> | null]>([
    ['takes a colleague\'s status and owner', {}, {}, { status: 'in_progress', owner: 'bob@ftpgate.example.com' }],
    ['takes the deadline', {}, { dueAt: null }, { status: 'in_progress', owner: 'bob@ftpgate.example.com', dueAt: null }],
    ['keeps a status changed here and not sent yet', { status: 'waiting_customer' }, {}, { status: 'waiting_customer', owner: 'bob@ftpgate.example.com' }],
    ['nothing from an entry not newer than the row', {}, { updatedAt: T0 + 60_000 }, null],
    ['nothing when the entry says what the row says', {}, { status: 'acknowledged', owner: null }, null],
    ['nothing when every field it would change was changed here', { status: 'waiting_customer', owner: 'carol@ftpgate.example.com' }, {}, null],
  ])('%s', (_, localEdit, entryEdit, expected) => {
    const patch = boardPatch({ ...local, ...localEdit }, local, entry(entryEdit));
    if (expected === null) return expect(patch).toBeNull();
    expect(patch?.row).toEqual({ ...local, ...localEdit, ...expected });
    // The base takes what the row took from the board, never the change made here.
    const fromBoard = Object.fromEntries(Object.entries(expected).filter(([field]) => !(field in localEdit)));
    expect(patch?.base).toEqual({ ...local, ...fromBoard });
    expect(patch?.row.updatedAt).toBe(local.updatedAt);
  });
});
