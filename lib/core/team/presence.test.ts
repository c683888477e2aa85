import { describe, expect, it } from 'vitest';
import { PRESENCE_STALE_MS, presenceByCase, presenceOn, presenceSignature, type PresenceState } from './presence';

const now = Date.parse('2026-12-05T10:00:00Z');
const state = (email: string, caseKey: string | null, replyingSince: number | null = null, seenAt = now): PresenceState => ({
  email,
  name: email.split('@')[0]!.replace(/^./, (c) => c.toUpperCase()),
  caseKey,
  replyingSince,
  seenAt,
});

describe('presenceOn', () => {
  it.each<[string, PresenceState[], string[]]>([
    ['nobody else', [state('me@example.com', 'k1')], []],
    ['a viewer', [state('alice@example.com', 'k1')], ['Alice is viewing']],
    ['a replier, with for how long', [state('alice@example.com', 'k1', now - 125_000)], ['Alice is replying (2 min)']],
    ['a reply just started', [state('alice@example.com', 'k1', now - 10_000)], ['Alice is replying (just now)']],
    ['repliers first', [state('bob@example.com', 'k1'), state('alice@example.com', 'k1', now - 60_000)], ['Alice is replying (1 min)', 'Bob is viewing']],
    ['a member in two tabs counts once, as their busiest', [state('alice@example.com', 'k1'), state('alice@example.com', 'k1', now - 60_000)], ['Alice is replying (1 min)']],
    ['another case', [state('alice@example.com', 'k2')], []],
    ['a state not confirmed for 30 s is gone', [state('alice@example.com', 'k1', null, now - PRESENCE_STALE_MS - 1)], []],
    ['my other browser is me', [state('ME@example.com', 'k1')], []],
    ['no name: the address', [{ ...state('carol@example.com', 'k1'), name: '  ' }], ['carol@example.com is viewing']],
    ['a name with markup stays text', [{ ...state('m@example.com', 'k1'), name: '<img src=x onerror=alert(1)>' }], ['<img src=x onerror=alert(1)> is viewing']],
  ])('%s', (_what, states, lines) => {
    expect(presenceOn('k1', states, 'me@example.com', now).map((l) => l.text)).toEqual(lines);
  });
});

describe('presenceByCase', () => {
  it('groups the others by case', () => {
    const byCase = presenceByCase([state('alice@example.com', 'k1'), state('bob@example.com', 'k2', now), state('me@example.com', 'k3'), state('dan@example.com', null)], 'me@example.com', now);
    expect([...byCase.keys()]).toEqual(['k1', 'k2']);
    expect(byCase.get('k2')?.[0]?.doing).toBe('replying');
  });
});

describe('presenceSignature', () => {
  const alice: PresenceState = { email: 'alice@example.com', name: 'Alice', caseKey: 'conv-1', replyingSince: null, seenAt: 1000 };
  it('ignores heartbeats and order, and changes when someone moves, starts replying or leaves', () => {
    const base = presenceSignature([alice, { ...alice, email: 'bob@example.com', caseKey: 'conv-2' }]);
    expect(presenceSignature([{ ...alice, email: 'bob@example.com', caseKey: 'conv-2', seenAt: 99_000 }, { ...alice, seenAt: 50_000 }])).toBe(base);
    expect(presenceSignature([{ ...alice, caseKey: 'conv-3' }, { ...alice, email: 'bob@example.com', caseKey: 'conv-2' }])).not.toBe(base);
    expect(presenceSignature([{ ...alice, replyingSince: 2000 }, { ...alice, email: 'bob@example.com', caseKey: 'conv-2' }])).not.toBe(base);
    expect(presenceSignature([alice])).not.toBe(base);
    expect(presenceSignature([{ ...alice, caseKey: null }])).toBe('');
  });
});
