import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LiveDocs } from './live-docs';

/** A pool over in-memory documents: which are loaded, which the server has caught up with, and what was released how. */
function pool(max: number, idleMs = 60_000) {
  let now = 0;
  const inStep = new Set<string>();
  const released: [string, boolean][] = [];
  const listening = new Set<string>();
  const live = new LiveDocs({
    load: async (rest) => new Y.Doc({ guid: rest }),
    open: (rest) => () => inStep.has(rest),
    release: (rest, _doc, synced) => released.push([rest, synced]),
    loaded: (rest) => {
      listening.add(rest);
      return () => listening.delete(rest);
    },
    max,
    idleMs,
    now: () => now,
  });
  return { live, inStep, released, listening, tick: (ms: number) => (now += ms) };
}

describe('LiveDocs keeps few documents loaded', () => {
  it('releases the least recently used once more than `max` are loaded, listeners removed', async () => {
    const { live, inStep, released, listening, tick } = pool(2);
    for (const rest of ['cases/a', 'cases/b', 'cases/c']) {
      inStep.add(rest);
      await live.get(rest);
      tick(10);
    }
    expect(released).toEqual([['cases/a', true]]);
    expect(live.has('cases/a')).toBe(false);
    expect([...listening].sort()).toEqual(['cases/b', 'cases/c']);
  });

  it('keeps a document whose changes the server has not confirmed, however many are loaded', async () => {
    const { live, inStep, released } = pool(1);
    await live.get('cases/offline-edit');
    inStep.add('cases/b');
    await live.get('cases/b');
    await live.get('cases/c');
    expect(released.map(([rest]) => rest)).toEqual(['cases/b']);
    expect(live.has('cases/offline-edit')).toBe(true);
  });

  it('never releases a document while a task holds it, nor a pinned one', async () => {
    const { live, inStep, released, tick } = pool(0, 1_000);
    for (const rest of ['cases/held', 'cases/pinned', 'cases/free']) inStep.add(rest);
    live.pin(['cases/pinned']);
    await live.get('cases/pinned');
    await live.use('cases/held', async () => {
      await live.get('cases/free');
      tick(5_000);
      expect(live.sweep()).toBe(0);
      expect(live.has('cases/held')).toBe(true);
    });
    expect(released.map(([rest]) => rest)).toEqual(['cases/free', 'cases/held']);
    expect(live.has('cases/pinned')).toBe(true);
  });

  it('sweeps documents idle longer than idleMs, keeps recent ones', async () => {
    const { live, inStep, tick } = pool(10, 1_000);
    inStep.add('cases/old').add('cases/new');
    await live.get('cases/old');
    tick(900);
    await live.get('cases/new');
    tick(200);
    expect(live.sweep()).toBe(1);
    expect(live.has('cases/old')).toBe(false);
    expect(live.has('cases/new')).toBe(true);
  });

  it('useAll holds every document of a write until it is done (an archive move)', async () => {
    const { live, inStep, released } = pool(0);
    const rests = ['cases/a', 'cases/a/history/2026-01', 'cases/a/history/2026-02'];
    for (const rest of [...rests, 'cases/other']) inStep.add(rest);
    await live.useAll(rests, async (docs) => {
      expect(docs.map((doc) => doc.guid)).toEqual(rests);
      await live.get('cases/other');
      expect(released.map(([rest]) => rest)).toEqual(['cases/other']);
      expect(rests.every((rest) => live.has(rest))).toBe(true);
    });
    expect(released.map(([rest]) => rest).sort()).toEqual(['cases/a', 'cases/a/history/2026-01', 'cases/a/history/2026-02', 'cases/other']);
  });

  it('one document is loaded once, however many ask at the same time', async () => {
    let loads = 0;
    const live = new LiveDocs({ load: async (rest) => (loads++, new Y.Doc({ guid: rest })), open: () => () => true, release: () => {}, max: 5, idleMs: 1, now: () => 0 });
    const docs = await Promise.all(Array.from({ length: 20 }, () => live.get('cases/a')));
    expect(loads).toBe(1);
    expect(new Set(docs).size).toBe(1);
  });

  it('clear releases what is loaded and what was still loading', async () => {
    const { live, released } = pool(10);
    await live.get('cases/a');
    const loading = live.get('cases/b');
    live.clear();
    await loading;
    expect(released.map(([rest]) => rest).sort()).toEqual(['cases/a', 'cases/b']);
    expect(live.size).toBe(0);
  });
});
