import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvTpDZbLmRvKxXhCqVMsfbG', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWvTpDZbLmRvKxXhCqVMsfbG'],
    ['https://groups.google.com/a/example.com/g/support/c/AbCdEf123', 'https://groups.google.com/a/example.com/g/support/c/AbCdEf123'],
    ['http://trac.example.com/ticket/42', 'http://trac.example.com/ticket/42'],
  ])('keeps %s', (url, expected) => {
    expect(safeHttpUrl(url)).toBe(expected);
  });

  it.each(['javascript:alert(document.domain)', 'JavaScript:alert(1)', 'data:text/html,<b>hi</b>', 'chrome://settings', '', 'mail.google.com/mail'])(
    'refuses %j',
    (url) => {
      expect(safeHttpUrl(url)).toBeNull();
    },
  );
});
