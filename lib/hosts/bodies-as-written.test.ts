import { describe, expect, it } from 'vitest';
import type { ThreadMessage, ThreadSnapshot } from '../model/thread';
import { withBodiesAsWritten } from './bodies-as-written';

const message = (body: string, state: ThreadMessage['state'] = 'expanded'): ThreadMessage => ({
  id: null, syncId: null, from: { name: 'Lena', email: 'lena@example.net' }, sentAt: null, dateText: '', body, state,
});
const thread = (host: ThreadSnapshot['host'], messages: ThreadMessage[]): ThreadSnapshot => ({
  host, account: 'support@example.com', threadId: 't1', permId: null, group: null, subject: 'S', url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  messages, messageCount: messages.length, replyOpen: false, collaborative: null, problems: [],
});

describe('withBodiesAsWritten', () => {
  it.each<[string, ThreadSnapshot['host'], string, string]>([
    ['Gmail: a plain-text attribution and its quote', 'gmail', 'Works now.\n\nOn Mon, Mar 3, 2025 at 4:10 PM Lena <l@example.net> wrote:\n> Restart it.', 'Works now.'],
    ['Gmail: a "--" signature', 'gmail', 'I am out.\n--\nRui Almeida', 'I am out.'],
    ['Gmail: a forward stays', 'gmail', 'FYI\n---------- Forwarded message ---------\nFrom: Chat <c@example.com>', 'FYI\n---------- Forwarded message ---------\nFrom: Chat <c@example.com>'],
    ['Groups: an attribution and its quote', 'groups', 'Fixed in 4.2.2.\n\nRafael\n\nOn Mon, Mar 31, 2025 at 6:03 AM Mei-Lin wrote:\n> Hi', 'Fixed in 4.2.2.\n\nRafael'],
    ['Groups: the subscription footer', 'groups', 'Thanks.\nYou received this message because you are subscribed to the Google Groups "x" group.', 'Thanks.'],
  ])('%s', (_name, host, body, expected) => {
    expect(withBodiesAsWritten(thread(host, [message(body)])).messages[0]?.body).toBe(expected);
  });

  it('leaves collapsed snippets and empty bodies as the page sent them', () => {
    const snippet = 'On Mon wrote: > see below';
    const read = withBodiesAsWritten(thread('gmail', [message(snippet, 'collapsed'), message('')]));
    expect(read.messages.map((m) => m.body)).toEqual([snippet, '']);
  });

  it('reads a 200 KB body of quote lines in linear time', () => {
    const body = `Hi\n${'> quoted line\n'.repeat(15_000)}`;
    const started = performance.now();
    expect(withBodiesAsWritten(thread('gmail', [message(body)])).messages[0]?.body).toBe('Hi');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
