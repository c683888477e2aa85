import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { AdminError } from '../src/admin/admin-request.ts';
import { parseAdminArgs } from '../src/admin/parse-admin-args.ts';
import { parseDocumentName } from '../src/hocuspocus/document-names.ts';
import { FailureRateLimit } from '../src/http/failure-rate-limit.ts';
import { describeTransport, isTransportAllowed } from '../src/http/transport.ts';
import { newJoinCode, normaliseJoinCode } from '../src/secrets/join-code.ts';

describe('join codes', () => {
  it('are XXXX-XXXX-XXXX over a 32-symbol alphabet (60 bits) and read back however typed', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newJoinCode()));
    expect(codes.size).toBe(1000);
    for (const code of codes) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      expect(normaliseJoinCode(` ${code.toLowerCase()} `)).toBe(code.replace(/-/g, ''));
    }
    expect(normaliseJoinCode('ABCD-EFGH-JKMO')).toBe('ABCDEFGHJKM0');
    expect(normaliseJoinCode('abcd efgh jkml')).toBe('ABCDEFGHJKM1');
    expect(normaliseJoinCode('ABCD-EFGH-JKM')).toBeNull();
    expect(normaliseJoinCode('ABCD-EFGH-JKMU')).toBeNull();
  });
});

describe('document names', () => {
  it.each([
    ['support/board', { teamId: 'support', rest: 'board' }],
    ['support/presence', { teamId: 'support', rest: 'presence' }],
    ['support/members', { teamId: 'support', rest: 'members' }],
    ['support/cases/2026-11_a', { teamId: 'support', rest: 'cases/2026-11_a' }],
    ['support/cases/', null],
    ['support/cases/a/b', null],
    ['support/cases/conv-Ab3d/history/2026-11', { teamId: 'support', rest: 'cases/conv-Ab3d/history/2026-11' }],
    ['support/cases/conv-Ab3d/history/2026-1', null],
    ['support/cases/conv-Ab3d/history/', null],
    ['support/cases/conv-Ab3d/history/2026-11/x', null],
    ['support/cases/a.b', null],
    ['/board', null],
    ['board', null],
    ['support/Board', null],
  ])('%s', (name, expected) => {
    expect(parseDocumentName(name)).toEqual(expected);
  });
});

describe('transport rule', () => {
  const trusted = new Set(['127.0.0.1', '::1']);
  const request = (remoteAddress: string, headers: Record<string, string> = {}, encrypted = false): IncomingMessage =>
    ({ socket: { remoteAddress, encrypted }, headers }) as unknown as IncomingMessage;
  const allowed = (r: IncomingMessage): boolean => isTransportAllowed(describeTransport(r, trusted));

  it('allows this machine and TLS, refuses plain ws:// from elsewhere', () => {
    expect(allowed(request('127.0.0.1'))).toBe(true);
    expect(allowed(request('::ffff:127.0.0.1'))).toBe(true);
    expect(allowed(request('::1'))).toBe(true);
    expect(allowed(request('192.0.2.4'))).toBe(false);
    expect(allowed(request('192.0.2.4', {}, true))).toBe(true);
  });

  it('believes X-Forwarded-* only from a trusted proxy, and only its own entry', () => {
    expect(allowed(request('127.0.0.1', { 'x-forwarded-for': '192.0.2.4', 'x-forwarded-proto': 'https' }))).toBe(true);
    expect(allowed(request('127.0.0.1', { 'x-forwarded-for': '192.0.2.4', 'x-forwarded-proto': 'http' }))).toBe(false);
    expect(allowed(request('127.0.0.1', { 'x-forwarded-for': '192.0.2.4' }))).toBe(false);
    // The client wrote "127.0.0.1" itself; the proxy appended the real address.
    expect(allowed(request('127.0.0.1', { 'x-forwarded-for': '127.0.0.1, 192.0.2.4', 'x-forwarded-proto': 'http' }))).toBe(false);
    // An untrusted peer cannot claim https.
    expect(allowed(request('192.0.2.9', { 'x-forwarded-proto': 'https', 'x-forwarded-for': '127.0.0.1' }))).toBe(false);
  });
});

describe('failure rate limit', () => {
  it('blocks a key after N failures in the window and lets it go after', () => {
    const limit = new FailureRateLimit(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(limit.retryAfterMs('a', 1000 + i)).toBe(0);
      limit.recordFailure('a', 1000 + i);
    }
    expect(limit.retryAfterMs('a', 2000)).toBe(59_000);
    expect(limit.retryAfterMs('b', 2000)).toBe(0);
    expect(limit.retryAfterMs('a', 61_001)).toBe(0);
  });

  it('keeps a bounded number of keys', () => {
    const limit = new FailureRateLimit(1, 60_000, 100);
    for (let i = 0; i < 1000; i++) limit.recordFailure(`k${i}`, 0);
    expect(limit.retryAfterMs('k999', 1)).toBeGreaterThan(0);
    expect(limit.retryAfterMs('k0', 1)).toBe(0);
  });
});

describe('admin arguments', () => {
  it('parses the documented commands', () => {
    expect(parseAdminArgs(['member', 'add', 'alice@example.com', '--name', 'Alice Smith', '--role', 'viewer', '--team', 'sales'])).toEqual({
      command: 'member add',
      email: 'alice@example.com',
      name: 'Alice Smith',
      role: 'viewer',
      team: 'sales',
    });
    expect(parseAdminArgs(['member', 'add', 'a@example.com', '--role=admin'])).toEqual({ command: 'member add', email: 'a@example.com', role: 'admin' });
    expect(parseAdminArgs(['member', 'list'])).toEqual({ command: 'member list' });
    expect(parseAdminArgs(['member', 'remove', 'a@example.com'])).toEqual({ command: 'member remove', email: 'a@example.com' });
    expect(parseAdminArgs(['team', 'add', 'sales'])).toEqual({ command: 'team add', id: 'sales' });
    expect(parseAdminArgs(['team', 'list'])).toEqual({ command: 'team list' });
  });

  it.each([
    [['member', 'add', 'a@example.com', '--role', 'owner']],
    [['member', 'add']],
    [['member', 'add', 'a@example.com', '--colour', 'red']],
    [['member', 'add', 'a@example.com', 'Alice', 'Smith']],
    [['member', 'add', 'a@example.com', '--name']],
    [['frobnicate']],
  ])('refuses %j with a message', (args) => {
    expect(() => parseAdminArgs(args)).toThrow(AdminError);
  });
});
