import { describe, expect, it } from 'vitest';
import type { ThreadMessage } from '../../model/thread';
import { applyThread } from './derive-from-thread';
import { conversationFacts } from './conversation-facts';
import { namedCustomerOf } from './named-customer';
import { at, context, message, people, settings, thread } from './test-support';

const { jane, alice } = people;
const robot = { name: 'Example LiveChat', email: 'transcripts@chat.example.com' };
const formRobot = { name: 'Website', email: 'wordpress@www.example-shop.com' };

const TRANSCRIPT = `Forwarding this website chat - could someone send Tomás the bulk key import format?
---------- Forwarded message ---------
From: Example LiveChat <transcripts@chat.example.com>
Subject: Chat transcript with visitor 48213

Chat transcript with visitor 48213
Visitor: Tomás Rivera
Visitor email: tomas.rivera@example.net
[10:02:11] Tomás Rivera: Hi, does FTPGate Server 4.2 support SFTP with key-based authentication?
[10:02:45] Priya (Example Software): Hi Tomás! Yes, the SFTP add-on supports RSA keys.
[10:03:30] Tomás Rivera: Great. Can keys be imported in bulk?
[10:04:20] Tomás Rivera: Perfect, please use tomas.rivera@example.net. Thanks!`;

const FORM = `New submission from the contact form
Name: Dana Whitfield
Email: dana.whitfield@lakeside.example.com
Company: Lakeside
Message: Uploads over 2 GB stop at 99 %.`;

const with_ = (from: { name: string; email: string }, body: string, sentAt = '2025-01-09T09:21:00Z'): ThreadMessage => ({ ...message(from, sentAt), body });

describe('namedCustomerOf: who the customer is when the first mail is not theirs', () => {
  it.each([
    ['a chat transcript forwarded by a colleague', 'Fwd: Chat transcript with visitor 48213', with_(alice, TRANSCRIPT), { name: 'Tomás Rivera', email: 'tomas.rivera@example.net' }],
    ['a chat transcript sent by the chat system', 'Chat transcript with visitor 48213', with_(robot, TRANSCRIPT.split('\n').slice(4).join('\n')), { name: 'Tomás Rivera', email: 'tomas.rivera@example.net' }],
    ['a contact form from the website', 'Contact form: uploads stop', with_(formRobot, FORM), { name: 'Dana Whitfield', email: 'dana.whitfield@lakeside.example.com' }],
    ['a colleague\'s note of a phone call', 'Phone call: licence renewal', with_(alice, 'Called back today.\nCaller: Raj Patel\nCaller email: raj@patel-it.example\nWants the renewal quote.'), { name: 'Raj Patel', email: 'raj@patel-it.example' }],
  ])('%s', (_name, subject, first, person) => {
    expect(namedCustomerOf(thread([first], { subject }), settings)).toEqual(person);
  });

  it.each([
    ['a customer\'s own mail with a signature block', 'Upload fails', with_(jane, 'The upload fails.\n\nJane Doe\nEmail: jane.doe@example-corp.co.uk\nPhone: +44 20 7946 0000')],
    ['a customer naming a colleague of theirs', 'Upload fails', with_(jane, 'Please also copy\nName: Bob Stone\nEmail: bob@example-corp.co.uk')],
    ['a colleague\'s ordinary note', 'Internal: holiday cover', with_(alice, 'Name: Alice\nEmail: alice@casebook-vendor.com')],
    ['a form naming a staff address', 'Contact form', with_(formRobot, 'Name: Alice\nEmail: alice@casebook-vendor.com\nMessage: test')],
  ])('none: %s', (_name, subject, first) => {
    expect(namedCustomerOf(thread([first], { subject }), settings)).toBeNull();
  });
});

// Issue #13, "phone follow-ups keep the caller": a colleague's note names the caller in words.
describe('namedCustomerOf: a colleague\'s phone note without labelled lines', () => {
  it.each([
    ['called back (English)', 'Dana Whitfield', 'Called Dana Whitfield back about the 2 GB limit. She sends the log tomorrow.', { name: 'Dana Whitfield', email: '' }],
    ['spoke on the phone, with the address', 'Upload limit', 'Spoke with Dana (dana@acme.example) on the phone: uploads over 2 GB stop at 99%.', { name: 'Dana', email: 'dana@acme.example' }],
    ['German', 'Upload bricht ab', 'Habe Dana Whitfield zurückgerufen, sie schickt das Log morgen.', { name: 'Dana Whitfield', email: '' }],
    ['French', 'Limite de 2 Go', 'J\'ai rappelé Claire Dubois (claire.dubois@exemple.example) au sujet de la limite.', { name: 'Claire Dubois', email: 'claire.dubois@exemple.example' }],
  ])('%s', (_name, subject, body, person) => {
    expect(namedCustomerOf(thread([with_(alice, body)], { subject }), settings)).toEqual(person);
  });

  it.each([
    ['the caller is a colleague', 'Called Bob Jones back about the rota.', [] as ThreadMessage[]],
    ['a follow-up the customer answered is a mail to them', 'Hello Jane,\nspoke with Dana Whitfield on the phone, she approved the quote.', [with_(jane, 'Thanks!', '2025-01-09T10:00:00Z')]],
    ['"call me back" in a signature', 'See the notes below.\n\nAlice Smith\nPlease call me back at +44 20 7946 0000', []],
    ['a customer\'s own mail telling of a call', 'I called the bank and Dana Whitfield called me back.', []],
  ])('none: %s', (_name, body, later) => {
    const from = body.startsWith('I called') ? jane : alice;
    expect(namedCustomerOf(thread([with_(from, body), ...later], { subject: 'Phone call' }), settings)).toBeNull();
  });

  it('the case is the caller\'s, and the sidebar names them before it exists', () => {
    const note = thread([with_(alice, 'Called Dana Whitfield back about the 2 GB limit.')], { subject: 'Upload limit' });
    expect(conversationFacts(note, null, settings).customer).toBe('Dana Whitfield');
    const made = applyThread(null, note, context('2025-01-09T12:00:00Z')).case;
    expect([made.customer.name, made.originator]).toEqual(['Dana Whitfield', 'customer']);
    // Read again: nothing changes (the caller has no address, and that stays so).
    expect(applyThread(made, note, context('2025-01-09T12:05:00Z')).changed).toBe(false);
  });
});

describe('a case made from a chat transcript is the visitor\'s', () => {
  const page = thread([with_(alice, TRANSCRIPT)], { subject: 'Fwd: Chat transcript with visitor 48213' });

  it('greets the visitor, waits for an answer to them, and says it came by chat', () => {
    const made = applyThread(null, page, context('2025-01-09T12:00:00Z'));
    expect(made.case.customer).toEqual({ name: 'Tomás Rivera', email: 'tomas.rivera@example.net', organisation: expect.any(String) });
    expect(made.case.originator).toBe('customer');
    expect(made.case.source).toBe('chat');
    expect(made.case.status).toBe('new');
    expect(made.case.awaitingSince).toEqual([at('2025-01-09T09:21:00Z')]);
    expect(made.case.dueAt).not.toBeNull();
  });

  it('the sidebar names the visitor before the case exists', () => {
    expect(conversationFacts(page, null, settings).customer).toBe('Tomás Rivera');
  });

  it('our reply afterwards answers it (the transcript is not read as staff again)', () => {
    const made = applyThread(null, page, context('2025-01-09T12:00:00Z')).case;
    const answered = applyThread(made, thread([with_(alice, TRANSCRIPT), with_(alice, 'Hi Tomás, here is the format.', '2025-01-09T13:00:00Z')], { subject: 'Fwd: Chat transcript with visitor 48213' }), context('2025-01-09T13:05:00Z'));
    expect(answered.case.status).toBe('acknowledged');
    expect(answered.case.awaitingSince).toEqual([]);
  });
});
