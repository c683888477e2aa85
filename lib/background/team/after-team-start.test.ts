import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../messaging';
import { afterTeamStart } from './after-team-start';

describe('afterTeamStart', () => {
  it('answers a request only once the team workspace has started, with the handler\'s answer', async () => {
    const seen: string[] = [];
    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    const handlers = { 'settings.get': async () => (seen.push('handled'), 'answer') } as unknown as Handlers;
    const wrapped = afterTeamStart(handlers, () => started) as unknown as Record<string, (p: unknown, s: unknown) => Promise<unknown>>;
    const answer = wrapped['settings.get']!({}, {});
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([]);
    start();
    expect(await answer).toBe('answer');
    expect(seen).toEqual(['handled']);
  });

  it('asks for the latest start each time (joining a team restarts it)', async () => {
    const starts: number[] = [];
    const handlers = { 'settings.get': async () => 'ok' } as unknown as Handlers;
    const wrapped = afterTeamStart(handlers, () => (starts.push(starts.length), Promise.resolve())) as unknown as Record<string, (p: unknown, s: unknown) => Promise<unknown>>;
    await wrapped['settings.get']!({}, {});
    await wrapped['settings.get']!({}, {});
    expect(starts).toEqual([0, 1]);
  });
});
