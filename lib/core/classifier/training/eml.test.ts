import { describe, expect, it } from 'vitest';
import { parseEml } from './eml';

describe('parseEml', () => {
  it('reads folded headers, encoded-word subjects and a quoted-printable body', () => {
    const raw = [
      'From MAILER-DAEMON  Mon Sep 20 19:29:27 2021',
      'From: "Neko, Nyaan" <nekonyaan@example.org>',
      'Subject: =?UTF-8?Q?Abwesenheitsnotiz:_R=C3=BCckfrage?=',
      'Auto-Submitted: auto-replied',
      'Content-Type: text/plain;',
      ' charset="UTF-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'Ich bin zuk=C3=BCnftig unter einer neuen Adresse erreich=',
      'bar.',
    ].join('\r\n');
    const mail = parseEml(raw);
    expect(mail.subject).toBe('Abwesenheitsnotiz: Rückfrage');
    expect(mail.from).toBe('nekonyaan@example.org');
    expect(mail.body).toBe('Ich bin zukünftig unter einer neuen Adresse erreichbar.');
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
  });

  it('takes the text/plain part of a multipart message', () => {
    const raw = [
      'From: <noreply@example.com>',
      'Subject: Out of office',
      'Content-Type: multipart/alternative; boundary="B1"',
      '',
      '--B1',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'I am away until Monday.',
      '--B1',
      'Content-Type: text/html; charset=UTF-8',
      '',
      '<p>I am away until Monday.</p>',
      '--B1--',
    ].join('\n');
    expect(parseEml(raw).body).toBe('I am away until Monday.');
  });
});
