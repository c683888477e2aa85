import { describe, expect, it } from 'vitest';
import type { CaseSource } from '../../model/case';
import * as mail from './samples';
import { detectSource } from './source';
import { message, thread } from './test-support';

const CONTACT_FORM = `New enquiry from the website contact form

Name: Olivia Brown
Email: olivia.brown@customer.example
Company: Brown Logistics Ltd
Phone: +44 20 7946 0000
Message: We would like to evaluate the SFTP server for 3 sites. Who can we talk to?`;

describe('detectSource', () => {
  it.each<{ name: string; subject: string; from: string; body: string; expected: CaseSource }>([
    { name: 'forwarded chat transcript', ...mail.CHAT_TRANSCRIPT, from: 'transcripts@olark.com', expected: 'chat' },
    { name: 'written follow-up of a call', ...mail.PHONE_FOLLOWUP, from: 'joe@customer.example', expected: 'phone' },
    { name: 'website contact form', subject: 'Website enquiry', from: 'noreply@example.com', body: CONTACT_FORM, expected: 'contact_form' },
    { name: 'plain e-mail', ...mail.DEFECT, from: 'tom@customer.example', expected: 'email' },
  ])('$name -> $expected', ({ subject, from, body, expected }) => {
    expect(detectSource(thread(subject, [message(from, body)]))).toBe(expected);
  });

  it('reads the first message: a later phone mention does not change how the case came in', () => {
    const snapshot = thread('Upload failures', [message('tom@customer.example', mail.DEFECT.body, 1), message('tom@customer.example', mail.PHONE_FOLLOWUP.body, 2)]);
    expect(detectSource(snapshot)).toBe('email');
  });

  it('calls an empty thread e-mail', () => {
    expect(detectSource(thread('', []))).toBe('email');
  });
});
