import { describe, expect, it } from 'vitest';
import { teamServerAddress } from './team-server-address';

describe('teamServerAddress', () => {
  it.each([
    ['wss://casebook.example.com', 'wss://casebook.example.com', 'https://casebook.example.com'],
    ['https://casebook.example.com/team/', 'wss://casebook.example.com/team', 'https://casebook.example.com/team'],
    ['casebook.example.com', 'wss://casebook.example.com', 'https://casebook.example.com'],
    ['  WSS://Casebook.Example.com:8443  ', 'wss://casebook.example.com:8443', 'https://casebook.example.com:8443'],
    ['ws://127.0.0.1:8787', 'ws://127.0.0.1:8787', 'http://127.0.0.1:8787'],
    ['localhost:8787', 'ws://localhost:8787', 'http://localhost:8787'],
    ['http://localhost:8787/', 'ws://localhost:8787', 'http://localhost:8787'],
  ])('%j → %s', (typed, socketUrl, httpUrl) => {
    expect(teamServerAddress(typed)).toEqual({ ok: true, socketUrl, httpUrl });
  });

  it.each([
    ['', /Enter the address/],
    ['ws://casebook.example.com', /unencrypted.*wss:\/\/casebook\.example\.com/],
    ['http://10.0.0.5:8787', /unencrypted/],
    ['ws://localhost.evil.example', /unencrypted/],
    ['ftp://casebook.example.com', /starts with wss:\/\//],
    ['javascript:alert(1)', /not an address|starts with wss/],
    ['wss://alice:secret@casebook.example.com', /user name and password/],
    ['wss://casebook.example.com/?token=abc', /Leave out the part/],
    ['wss://exa mple.com', /not an address/],
    ['x'.repeat(5000), /too long/],
  ])('refuses %j in words', (typed, problem) => {
    const result = teamServerAddress(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(problem);
  });
});
