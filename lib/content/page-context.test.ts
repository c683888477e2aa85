// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from './page-context';

const start = (name = 'gmail'): ContentScriptContext => new ContentScriptContext(name);
const startedEvent = (name: string): string => `${fakeBrowser.runtime.id}:${name}:casebook-started`;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ContentScriptContext (the content scripts\' smaller stand-in for WXT\'s)', () => {
  it('stops an older copy whose extension is gone when a newer one starts in the page', () => {
    const older = start('gmail');
    const other = start('groups');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    // An update: the older copies lose their runtime id; the newer copy (built with the id) announces itself.
    const id = fakeBrowser.runtime.id;
    const runtimeId = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValueOnce(id).mockReturnValue(undefined as unknown as string);
    const newer = start('gmail');
    runtimeId.mockRestore();
    expect(older.signal.aborted).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
    expect(newer.isValid).toBe(true);
    expect(other.signal.aborted).toBe(false);
  });

  it('keeps running when the page fires the "started" event itself (the page cannot stop Casebook)', () => {
    const running = start('gmail');
    document.dispatchEvent(new CustomEvent(startedEvent('gmail'), { detail: 'forged' }));
    document.dispatchEvent(new CustomEvent(startedEvent('gmail')));
    expect(running.signal.aborted).toBe(false);
    expect(running.isValid).toBe(true);
  });

  it('ticks while valid and never after the extension went away', () => {
    vi.useFakeTimers();
    const ctx = start();
    const tick = vi.fn();
    ctx.setInterval(tick, 1000);
    vi.advanceTimersByTime(2500);
    expect(tick).toHaveBeenCalledTimes(2);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    vi.advanceTimersByTime(5000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(ctx.signal.aborted).toBe(true);
  });

  it('onInvalidated hands back a way to unsubscribe', () => {
    const first = start();
    const callback = vi.fn();
    const unsubscribe = first.onInvalidated(callback);
    unsubscribe();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(first.isValid).toBe(false);
    expect(first.signal.aborted).toBe(true);
    expect(callback).not.toHaveBeenCalled();
  });
});
