import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '../../model/thread';
import { collisionKey, conversationFingerprint, conversationIdentity, conversationKey, isConversationKey, normaliseMessageId } from './conversation-key';

const at = (iso: string): number => Date.parse(iso);
const message = (sentAt: number | null, extra: Partial<ThreadMessage> = {}): ThreadMessage => ({
  id: null, syncId: null, from: { name: 'Dana Whitfield', email: 'dana.whitfield@lakeside.example.com' }, sentAt, dateText: '', body: '', state: 'collapsed', ...extra,
});
const thread = (subject: string, ...sentAts: (number | null)[]): { subject: string; messages: ThreadMessage[] } => ({ subject, messages: sentAts.map((t) => message(t)) });

const SUBJECT = 'FTPGate Server 4.2: passive-mode transfers time out after upgrade';
const FIRST = at('2025-03-03T09:14:07Z');

describe('conversationKey', () => {
  it.each([
    ['a reply subject', thread(`Re: ${SUBJECT}`, FIRST)],
    ['the group subject tag', thread(`[ftpgate-help] ${SUBJECT}`, FIRST)],
    ['another case and spacing', thread(`  RE:  ${SUBJECT.toUpperCase()} `, FIRST)],
    ['seconds cut (Gmail shows minutes)', thread(SUBJECT, at('2025-03-03T09:14:00Z'))],
    ['the last millisecond of the minute', thread(SUBJECT, at('2025-03-03T09:14:59.999Z'))],
    ['later messages that differ', thread(SUBJECT, FIRST, at('2025-03-04T08:31:19Z'))],
  ])('is the same key for %s', (_name, variant) => {
    expect(conversationKey(variant)).toBe(conversationKey(thread(SUBJECT, FIRST)));
  });

  it.each([
    ['the next minute', thread(SUBJECT, at('2025-03-03T09:15:00Z'))],
    ['another subject', thread('FTPGate Server 4.2: active-mode transfers time out after upgrade', FIRST)],
    ['the same subject a day later', thread(`Re: ${SUBJECT}`, at('2025-03-04T09:14:07Z'))],
  ])('is another key for %s', (_name, variant) => {
    expect(conversationKey(variant)).not.toBe(conversationKey(thread(SUBJECT, FIRST)));
  });

  it('is null when the first message has no time (the page could not read it)', () => {
    expect(conversationKey(thread(SUBJECT, null, FIRST))).toBeNull();
    expect(conversationKey(thread(SUBJECT))).toBeNull();
    expect(conversationKey(thread(SUBJECT, Number.NaN))).toBeNull();
  });

  it('ignores the sender (Groups hides or rewrites it) and the Message-ID (not every page reads it)', () => {
    const base = thread(SUBJECT, FIRST);
    const rewritten = { subject: SUBJECT, messages: [message(FIRST, { from: { name: "'Dana Whitfield' via ftpgate-help", email: 'ftpgate-help@googlegroups.com' }, rfcMessageId: '<x@y>' })] };
    expect(conversationKey(rewritten)).toBe(conversationKey(base));
  });

  it('is URL-safe, prefixed and 64 bits long', () => {
    const key = conversationKey(thread(SUBJECT, FIRST))!;
    expect(key).toMatch(/^conv-[A-Za-z0-9_-]{11}$/);
    expect(isConversationKey(key)).toBe(true);
    expect(conversationFingerprint(thread(SUBJECT, FIRST))).toBe(`v1\n${Math.floor(FIRST / 60_000)}\nftpgate server 4.2: passive-mode transfers time out after upgrade`);
  });

  it('stays fast on a hostile subject of any length', () => {
    const hostile = thread('Re: [x] '.repeat(500_000), FIRST);
    const started = performance.now();
    expect(conversationKey(hostile)).toMatch(/^conv-/);
    // Linear on 4 MB takes tens of ms; room for a busy machine, far below anything quadratic.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('gives 10,000 distinct conversations 10,000 distinct keys', () => {
    const keys = new Set(Array.from({ length: 10_000 }, (_, k) => conversationKey(thread(`Case ${k % 100}`, FIRST + Math.floor(k / 100) * 60_000))));
    expect(keys.size).toBe(10_000);
  });
});

describe('normaliseMessageId', () => {
  it.each([
    ['<CAF3x9.4711@mail.lakeside.example.com>', 'CAF3x9.4711@mail.lakeside.example.com'],
    ['  <abc@x>  ', 'abc@x'],
    ['abc@x', 'abc@x'],
    ['<>', null],
    ['', null],
    ['two ids@x', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (raw, id) => {
    expect(normaliseMessageId(raw)).toBe(id);
  });
});

describe('conversationIdentity', () => {
  it('keeps the first message\'s Message-ID beside the key', () => {
    const withId = { subject: SUBJECT, messages: [message(FIRST, { rfcMessageId: '<first@lakeside.example.com>' }), message(FIRST + 1, { rfcMessageId: '<second@x>' })] };
    expect(conversationIdentity(withId)).toEqual({ key: conversationKey(withId), rfcMessageId: 'first@lakeside.example.com' });
    expect(conversationIdentity(thread(SUBJECT, FIRST)).rfcMessageId).toBeNull();
  });

  it('tells colliding conversations apart by their Message-IDs', () => {
    const key = conversationKey(thread(SUBJECT, FIRST))!;
    const [a, b] = [collisionKey(key, 'a@x'), collisionKey(key, 'b@x')];
    expect(a).not.toBe(b);
    expect(isConversationKey(a)).toBe(true);
    expect(isConversationKey('gmail:alice@x:123')).toBe(false);
  });
});
