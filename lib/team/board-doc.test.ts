import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { boardEntry, boardEntryOf, findByMessageId, listBoardEntries, removeBoardEntry, updateBoardEntry } from './board-doc';
import { KEY, replica, syncAll, T0, teamCase } from './test-support';

const MIN = 60_000;

describe('board document', () => {
  it('holds one small entry per case', () => {
    const board = replica(1);
    const c = teamCase({ status: 'waiting_customer', owner: 'bob@ftpgate.example.com', dueAt: T0 + 60 * MIN, customer: { name: 'Dana', email: 'Dana.Whitfield@Lakeside.example.com', organisation: 'Lakeside' } });
    expect(updateBoardEntry(board, KEY, c, 'test', 'CAF3x9@mail.lakeside.example.com')).toBe(true);
    expect(listBoardEntries(board)).toEqual([{ key: KEY, entry: {
      status: 'waiting_customer', closed: false, owner: 'bob@ftpgate.example.com', dueAt: T0 + 60 * MIN, updatedAt: T0,
      subject: c.subject, customerEmail: 'dana.whitfield@lakeside.example.com', rfcMessageId: 'CAF3x9@mail.lakeside.example.com',
    } }]);
    expect(Y.encodeStateAsUpdate(board).length).toBeLessThan(400);
  });

  it('writes only when the entry changes, and keeps a Message-ID read by another member', () => {
    const board = replica(1);
    updateBoardEntry(board, KEY, teamCase(), 'test', 'first@x');
    const updates: Uint8Array[] = [];
    board.on('update', (update: Uint8Array) => updates.push(update));
    expect(updateBoardEntry(board, KEY, teamCase({ version: 9 }), 'test')).toBe(false);
    expect(updateBoardEntry(board, KEY, teamCase({ status: 'closed', updatedAt: T0 + MIN }), 'test')).toBe(true);
    expect(updates).toHaveLength(1);
    expect(boardEntry(board, KEY)).toMatchObject({ status: 'closed', closed: true, rfcMessageId: 'first@x' });
  });

  it.each([
    ['status', { status: 'in_progress' as const }],
    ['owner', { owner: 'carol@ftpgate.example.com' }],
    ['deadline', { dueAt: T0 + 5 * MIN }],
    ['subject', { subject: 'Passive mode fixed' }],
  ])('an entry follows its case\'s %s', (_name, change) => {
    const board = replica(1);
    updateBoardEntry(board, KEY, teamCase(), 'test');
    updateBoardEntry(board, KEY, teamCase(change), 'test');
    expect(boardEntry(board, KEY)).toMatchObject(boardEntryOf(teamCase(change)));
  });

  it('members updating different cases at once all see every case; one case converges to one entry', () => {
    const [a, b] = [replica(1), replica(2)];
    updateBoardEntry(a, 'conv-AAAAAAAAAAA', teamCase({ id: 'conv-AAAAAAAAAAA' }), 'a');
    updateBoardEntry(b, 'conv-BBBBBBBBBBB', teamCase({ id: 'conv-BBBBBBBBBBB' }), 'b');
    updateBoardEntry(a, KEY, teamCase({ owner: 'alice@ftpgate.example.com' }), 'a');
    updateBoardEntry(b, KEY, teamCase({ status: 'acknowledged' }), 'b');
    syncAll(a, b);
    expect(listBoardEntries(a)).toEqual(listBoardEntries(b));
    expect(listBoardEntries(a).map((e) => e.key)).toEqual(['conv-AAAAAAAAAAA', KEY, 'conv-BBBBBBBBBBB']);
  });

  it('finds a case by Message-ID, leaves out malformed entries, removes entries', () => {
    const board = replica(1);
    updateBoardEntry(board, KEY, teamCase(), 'test', 'abc@x');
    board.getMap('cases').set('conv-evil', { status: 'pwned', subject: 42 });
    expect(findByMessageId(board, 'abc@x')).toBe(KEY);
    expect(findByMessageId(board, 'other@x')).toBeNull();
    expect(listBoardEntries(board).map((e) => e.key)).toEqual([KEY]);
    expect(removeBoardEntry(board, KEY, 'test')).toBe(true);
    expect(removeBoardEntry(board, KEY, 'test')).toBe(false);
  });

  it('stays small with many cases: 2,000 entries', () => {
    const board = replica(1);
    for (let k = 0; k < 2_000; k += 1) updateBoardEntry(board, `conv-${String(k).padStart(11, '0')}`, teamCase({ updatedAt: T0 + k * MIN }), 'test');
    const bytes = Y.encodeStateAsUpdate(board).length;
    expect(bytes / 2_000).toBeLessThan(300);
  });
});
