import { describe, expect, it } from 'vitest';
import { mailboxSearchUrl as searchUrl } from './mailbox-search-url';

describe('searchUrl: a colleague’s conversation in my own mailbox', () => {
  it.each([
    [{ subject: 'Upload fails with 550', customer: { name: '', email: 'dana@harborline.example', organisation: '' } }, 'subject:"Upload fails with 550" from:dana@harborline.example'],
    [{ subject: 'Say "hi" # & ?', customer: { name: '', email: '', organisation: '' } }, 'subject:"Say  hi  # & ?"'],
  ])('%j', (c, query) => {
    const url = searchUrl(c);
    expect(url.startsWith('https://mail.google.com/mail/#search/')).toBe(true);
    expect(decodeURIComponent(url.slice('https://mail.google.com/mail/#search/'.length))).toBe(query);
  });
});
