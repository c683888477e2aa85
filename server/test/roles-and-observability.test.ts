import { describe, expect, it } from 'vitest';
import { parseAdminArgs } from '../src/admin/parse-admin-args.ts';
import { mayWrite } from '../src/hocuspocus/document-access.ts';
import { TokenAccessCache } from '../src/hocuspocus/token-access-cache.ts';
import { parseDocumentName } from '../src/hocuspocus/document-names.ts';
import { checkHealth } from '../src/http/health.ts';
import { LatencyHistogram } from '../src/observability/latency-histogram.ts';
import { TeamMetrics } from '../src/observability/team-metrics.ts';
import type { Role } from '../src/store/roles.ts';

describe('who may write which document', () => {
  // rest, admin, member, viewer
  const table: [string, boolean, boolean, boolean][] = [
    ['board', true, true, false],
    ['cases/k1', true, true, false],
    ['presence', true, true, false],
    ['templates', true, true, false],
    ['learning', true, true, false],
    ['settings', true, false, false],
    ['members', false, false, false],
    ['secrets', false, false, false],
  ];
  it.each(table)('%s: admin %s, member %s, viewer %s', (rest, admin, member, viewer) => {
    const roles: [Role, boolean][] = [['admin', admin], ['member', member], ['viewer', viewer]];
    for (const [role, expected] of roles) expect(mayWrite(role, rest)).toBe(expected);
  });

  it('allows the shared team documents by name', () => {
    for (const rest of ['settings', 'templates', 'learning']) expect(parseDocumentName(`support/${rest}`)).toEqual({ teamId: 'support', rest });
    expect(parseDocumentName('support/settings/x')).toBeNull();
  });
});

describe('health', () => {
  it('is ok only when every check answers, and bounds a check that hangs', async () => {
    const ok = await checkHealth([{ name: 'store', check: async () => {} }]);
    expect(ok).toMatchObject({ ok: true, checks: { store: { ok: true } } });
    const started = Date.now();
    const bad = await checkHealth([
      { name: 'store', check: async () => {} },
      { name: 'redis', check: () => new Promise(() => {}) },
      { name: 'other', check: async () => Promise.reject(new Error('connection refused')) },
    ]);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(bad.ok).toBe(false);
    expect(bad.checks.redis).toMatchObject({ ok: false, error: 'no answer in 2000 ms' });
    expect(bad.checks.other).toMatchObject({ ok: false, error: 'connection refused' });
  });
});

describe('metrics', () => {
  it('renders cumulative histogram buckets', () => {
    const h = new LatencyHistogram([0.01, 0.1, 1]);
    for (const s of [0.005, 0.05, 0.05, 0.5, 3]) h.observe(s);
    expect(h.render('x_seconds', 'help')).toEqual([
      '# HELP x_seconds help',
      '# TYPE x_seconds histogram',
      'x_seconds_bucket{le="0.01"} 1',
      'x_seconds_bucket{le="0.1"} 3',
      'x_seconds_bucket{le="1"} 4',
      'x_seconds_bucket{le="+Inf"} 5',
      'x_seconds_sum 3.605',
      'x_seconds_count 5',
    ]);
  });

  it('renders every sample line as `name value` (the Prometheus text format)', () => {
    const m = new TeamMetrics();
    m.countUpdate('client');
    m.countUpdate('instance');
    m.countConnection();
    const text = m.render({ connections: 3, documentConnections: 7, documents: 2, rssBytes: 100, heapBytes: 50 });
    expect(text.endsWith('\n')).toBe(true);
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{\w+="[^"]*"\})? [\d.e+-]+)$/);
    expect(text).toContain('casebook_connections 3\n');
    expect(text).toContain('casebook_document_updates_total{origin="instance"} 1\n');
  });
});

describe('the audit command', () => {
  it.each([
    [['audit'], { command: 'audit' }],
    [['audit', '--team', 'sales', '--limit', '20'], { command: 'audit', team: 'sales', limit: 20 }],
  ])('parses %j', (args, expected) => {
    expect(parseAdminArgs(args)).toEqual(expected);
  });
  it('refuses a bad limit', () => {
    expect(() => parseAdminArgs(['audit', '--limit', '0'])).toThrow(/whole number/);
    expect(() => parseAdminArgs(['audit', '--limit', 'all'])).toThrow(/whole number/);
  });
});

describe('the token access cache', () => {
  const access = { memberId: 7, teamId: 'support', email: 'a@example.com', name: 'A', role: 'member' as const, memberActive: true, revoked: false };
  it('answers until its time is up, and forgets a cut-off member at once, moving their epoch', () => {
    const cache = new TokenAccessCache(1000);
    cache.set('h1', access, 0);
    cache.set('h2', { ...access, memberId: 8 }, 0);
    expect(cache.get('h1', 999)).toEqual(access);
    expect(cache.get('h1', 1000)).toBeNull();
    cache.set('h1', access, 2000);
    cache.set('h2', { ...access, memberId: 8 }, 2000);
    expect(cache.epoch(7)).toBe(0);
    cache.forgetMember(7, 'role-changed');
    expect(cache.get('h1', 2001)).toBeNull();
    expect(cache.get('h2', 2001)?.memberId).toBe(8);
    expect(cache.epoch(7)).toBe(1);
    expect(cache.lastCutOff(7)).toBe('role-changed');
    expect(cache.epoch(8)).toBe(0);
  });
});
