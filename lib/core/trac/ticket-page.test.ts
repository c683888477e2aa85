import { describe, expect, it } from 'vitest';
import { newTicketUrl, originPattern, parseTicketUrl, ticketCsvUrl, ticketUrl, validateTracBaseUrl } from './ticket-page';

describe('validateTracBaseUrl', () => {
  it.each([
    ['https://trac.example.com/project', 'https://trac.example.com/project'],
    ['https://trac.example.com/project/', 'https://trac.example.com/project'],
    ['  https://trac.example.com/project//  ', 'https://trac.example.com/project'],
    ['https://trac.example.com', 'https://trac.example.com'],
    ['https://trac.example.com/', 'https://trac.example.com'],
    ['HTTPS://TRAC.Example.COM/Project', 'https://trac.example.com/Project'],
    ['http://trac.intranet:8000/trac/ftpgate', 'http://trac.intranet:8000/trac/ftpgate'],
    ['https://trac.example.com:443/project', 'https://trac.example.com/project'],
    ['trac.example.com/project', 'https://trac.example.com/project'],
    // Pasted pages are cut back to the project.
    ['https://trac.example.com/project/newticket', 'https://trac.example.com/project'],
    ['https://trac.example.com/project/newticket?summary=x&type=defect', 'https://trac.example.com/project'],
    ['https://trac.example.com/project/ticket/4711', 'https://trac.example.com/project'],
    ['https://trac.example.com/project/ticket/4711#comment:3', 'https://trac.example.com/project'],
    ['https://trac.example.com/project/wiki/WikiStart', 'https://trac.example.com/project'],
    ['https://trac.example.com/project/query?status=!closed', 'https://trac.example.com/project'],
    ['https://trac.example.com/ticket/12', 'https://trac.example.com'],
    ['https://trac.example.com/my%20project/timeline', 'https://trac.example.com/my%20project'],
  ])('%j → %s', (input, baseUrl) => {
    expect(validateTracBaseUrl(input)).toEqual({ ok: true, baseUrl });
  });

  it.each([
    ['', 'Enter the address of your Trac project'],
    ['   ', 'Enter the address of your Trac project'],
    ['ftp://trac.example.com/project', 'starts with https://'],
    ['javascript:alert(1)', 'starts with https://'],
    ['file:///etc/passwd', 'starts with https://'],
    ['https://', 'not a web address'],
    ['https://sam:secret@trac.example.com/project', 'user name and password'],
    ['https://trac.example.com/project?lang=en', 'only the project address'],
    ['https://trac.example.com/project#top', 'only the project address'],
  ])('refuses %j', (input, wording) => {
    const check = validateTracBaseUrl(input);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.problem).toContain(wording);
  });
});

describe('originPattern', () => {
  it.each([
    ['https://trac.example.com/project', 'https://trac.example.com/*'],
    // Cleartext to another host: never read (the user's Trac cookies would travel in clear).
    ['http://trac.intranet:8000/trac/ftpgate', ''],
    ['http://localhost:8000/trac/ftpgate', 'http://localhost/*'],
    ['http://127.0.0.1:8080/project', 'http://127.0.0.1/*'],
    ['http://[::1]:8080/project', ''],
    ['http://localhost.evil.example/project', ''],
    ['https://trac.example.com/project/ticket/1', 'https://trac.example.com/*'],
    ['', ''],
    ['not a url at all ::', ''],
  ])('%j → %j', (baseUrl, pattern) => {
    expect(originPattern(baseUrl)).toBe(pattern);
  });
});

describe('ticket page addresses', () => {
  it.each([
    ['https://trac.example.com/project', 'https://trac.example.com/project/ticket/4711'],
    ['https://trac.example.com/project/', 'https://trac.example.com/project/ticket/4711'],
    ['https://trac.example.com', 'https://trac.example.com/ticket/4711'],
  ])('%s', (base, expected) => {
    expect(ticketUrl(base, 4711)).toBe(expected);
    expect(ticketCsvUrl(base, 4711)).toBe(`${expected}?format=csv`);
    expect(newTicketUrl(base)).toBe(expected.replace('/ticket/4711', '/newticket'));
  });
});

describe('parseTicketUrl', () => {
  const base = 'https://trac.example.com/project';
  it.each([
    ['https://trac.example.com/project/ticket/4711', base, 4711],
    ['https://trac.example.com/project/ticket/4711#comment:3', base, 4711],
    ['https://trac.example.com/project/ticket/4711?replyto=2#comment:3', base, 4711],
    ['https://TRAC.example.com/project/ticket/12', base, 12],
    ['http://trac.example.com/project/ticket/12', base, 12],
    ['https://trac.example.com/project/ticket/12', 'https://trac.example.com/project/', 12],
    ['https://trac.example.com/ticket/9', 'https://trac.example.com', 9],
    ['https://trac.example.com/ticket/9', 'https://trac.example.com/', 9],
    // Not a created ticket of this project.
    ['https://trac.example.com/project/newticket', base, null],
    ['https://trac.example.com/project/newticket?summary=x', base, null],
    ['https://trac.example.com/project/ticket/', base, null],
    ['https://trac.example.com/project/ticket/0', base, null],
    ['https://trac.example.com/project/ticket/12/', base, null],
    ['https://trac.example.com/project/ticket/12abc', base, null],
    ['https://trac.example.com/project/ticket/12/edit', base, null],
    ['https://trac.example.com/other/ticket/12', base, null],
    ['https://trac.example.com/projectx/ticket/12', base, null],
    ['https://trac.example.com/ticket/12', base, null],
    ['https://trac.example.org/project/ticket/12', base, null],
    ['https://trac.example.com:8443/project/ticket/12', base, null],
    ['https://trac.example.com/project/ticket/99999999999', base, null],
    ['https://trac.example.com/project/ticket/12', '', null],
    ['not a url', base, null],
  ])('%s under %j → %s', (url, baseUrl, expected) => {
    expect(parseTicketUrl(url, baseUrl)).toBe(expected);
  });
});
