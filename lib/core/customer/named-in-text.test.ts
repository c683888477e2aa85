import { describe, expect, it } from 'vitest';
import { personNamedIn } from './named-in-text';

const TRANSCRIPT = `Forwarding this website chat - could someone send Tomás the bulk key import format and a 30-day trial key?
Thanks, Priya
---------- Forwarded message ---------
From: Example LiveChat <transcripts@chat.example.com>
Date: Thu, Jan 9, 2025 at 10:14 AM
Subject: Chat transcript with visitor 48213
To: <priya.nair@example.com>

Chat transcript with visitor 48213
Visitor: Tomás Rivera
Visitor email: tomas.rivera@example.net
Page: https://www.example.com/ftpgate/pricing
[10:02:11] Tomás Rivera: Hi, does FTPGate Server 4.2 support SFTP with key-based authentication?
[10:04:20] Tomás Rivera: Perfect, please use tomas.rivera@example.net. Thanks!`;

const OLARK = `Olark transcript
Visitor info:
  Name: Ingrid Halvorsen
  Email: <Ingrid.Halvorsen@Fjord-Logistics.example>
  Location: Bergen, Norway
(10:14:02) Ingrid Halvorsen: our nightly job fails`;

const CONTACT_FORM = `New submission from the contact form on www.example.com

Name: "Dana Whitfield"
E-mail address: dana.whitfield@lakeside.example.com
Company: Lakeside
Message: Uploads over 2 GB stop at 99 %.`;

describe('personNamedIn: the customer a transcript or a form names', () => {
  it.each([
    ['a forwarded chat transcript (the shared fixture\'s text)', TRANSCRIPT, { name: 'Tomás Rivera', email: 'tomas.rivera@example.net' }],
    ['Olark\'s visitor block, indented, address in angle brackets', OLARK, { name: 'Ingrid Halvorsen', email: 'ingrid.halvorsen@fjord-logistics.example' }],
    ['a web contact form', CONTACT_FORM, { name: 'Dana Whitfield', email: 'dana.whitfield@lakeside.example.com' }],
    ['an address without a name', 'Email: raj@example.org\nMessage: hello', { name: '', email: 'raj@example.org' }],
    ['a name line that is an address', 'Name: raj@example.org\nEmail: raj@example.org', { name: '', email: 'raj@example.org' }],
  ])('%s', (_name, text, person) => {
    expect(personNamedIn(text)).toEqual(person);
  });

  it.each([
    ['a plain customer mail', 'Hi Lena,\nthe upload fails again.\nTobias'],
    ['forward headers only (From: is the robot, not the customer)', 'From: Example LiveChat <transcripts@chat.example.com>\nTo: <priya@example.com>'],
    ['an e-mail label without an address', 'Email: see below\nName: Dana'],
    ['labels far down a long mail', `${'text\n'.repeat(500)}Email: late@example.org`],
    ['an address in a long label', `${'x'.repeat(30)}: dana@example.org`],
  ])('none: %s', (_name, text) => {
    expect(personNamedIn(text)).toBeNull();
  });

  it.each([
    ['one 400 KB line', 'Email: ' + 'a'.repeat(400_000)],
    ['400 KB of labelled lines', 'Name: x\n'.repeat(50_000)],
    ['@ and dots', 'Email: ' + 'a@a.'.repeat(100_000)],
    ['no newline, 1 MB of colons', ':'.repeat(1_000_000)],
  ])('stays fast on %s', (_name, text) => {
    const started = performance.now();
    personNamedIn(text);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
