import { describe, expect, it } from 'vitest';
import { sampleThread } from '../core/trac/test-samples';
import { ThreadSnapshot } from '../model/thread';
import { TabThreads, type TabThreadsStore } from './tab-threads';

/** storage.session as a JSON round trip, as the browser stores it. */
function memoryStore(initial: unknown = undefined): TabThreadsStore & { raw: () => unknown } {
  let value = initial === undefined ? undefined : JSON.stringify(initial);
  return {
    get: async () => (value === undefined ? [] : JSON.parse(value)),
    set: async (next) => {
      value = JSON.stringify(next);
    },
    raw: () => (value === undefined ? undefined : JSON.parse(value)),
  };
}

describe('TabThreads', () => {
  it('finds the tabs that show a case', async () => {
    const tabs = new TabThreads(memoryStore());
    await tabs.set(3, sampleThread(), 'gmail:a:1');
    await tabs.set(4, sampleThread(), 'gmail:a:1');
    await tabs.set(5, sampleThread(), 'gmail:a:2');
    expect(await tabs.tabsOf('gmail:a:1')).toEqual([3, 4]);
    await tabs.forget(3);
    expect(await tabs.tabsOf('gmail:a:1')).toEqual([4]);
  });

  it('survives the service worker restarting: a new instance reads what the last one kept', async () => {
    const store = memoryStore();
    const before = new TabThreads(store);
    await before.set(7, sampleThread({ subject: 'Transfers stall at 99%' }), 'gmail:a:1');
    const after = new TabThreads(store);
    expect(await after.tabsOf('gmail:a:1')).toEqual([7]);
    const entry = await after.get(7);
    expect(entry?.thread?.subject).toBe('Transfers stall at 99%');
    expect(ThreadSnapshot.safeParse(entry?.thread).success).toBe(true);
  });

  it('keeps a huge thread in memory but stores only which case the tab shows', async () => {
    const store = memoryStore();
    const tabs = new TabThreads(store);
    const huge = sampleThread();
    huge.messages[0] = { ...huge.messages[0]!, body: 'x'.repeat(300_000) };
    await tabs.set(9, huge, 'gmail:a:9');
    expect((await tabs.get(9))?.thread).toBe(huge);
    const conversation = `gmail:${huge.account}:${huge.threadId}`;
    expect(store.raw()).toEqual([[9, { caseId: 'gmail:a:9', conversation, thread: null }]]);
    expect((await new TabThreads(store).get(9))?.conversation).toBe(conversation);
    expect(await new TabThreads(store).tabsOf('gmail:a:9')).toEqual([9]);
  });

  it.each([
    ['not a list', { 7: 'gmail:a:1' }],
    ['a damaged row', [[7, { caseId: 3 }]]],
    ['a thread of the wrong shape', [[7, { caseId: 'gmail:a:1', thread: { subject: 'no' } }]]],
  ])('reads %s as no tabs at all, and starts afresh', async (_what, stored) => {
    const tabs = new TabThreads(memoryStore(stored));
    expect(await tabs.tabsOf('gmail:a:1')).toEqual([]);
    await tabs.set(1, sampleThread(), 'gmail:a:1');
    expect(await tabs.tabsOf('gmail:a:1')).toEqual([1]);
  });

  it('a store that fails to read or write never breaks the tabs in memory', async () => {
    const tabs = new TabThreads({ get: () => Promise.reject(new Error('gone')), set: () => Promise.reject(new Error('full')) });
    await tabs.set(2, sampleThread(), 'gmail:a:2');
    expect(await tabs.tabsOf('gmail:a:2')).toEqual([2]);
  });
});
