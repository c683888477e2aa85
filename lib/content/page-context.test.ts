// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from './page-context';

const start = (name = 'gmail'): ContentScriptContext => new ContentScriptContext(name);

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('ContentScriptContext (the content scripts\' smaller stand-in for WXT\'s)', () => {
  it('stops an older copy of the same content script when a newer one starts in the page', () => {
    const older = start('gmail');
    const other = start('groups');
    const stopped = vi.fn();
    older.onInvalidated(stopped);
    const newer = start('gmail');
    expect(older.signal.aborted).toBe(true);
    expect(stopped).toHaveBeenCalledOnce();
    expect(newer.isValid).toBe(true);
    expect(other.isValid).toBe(true);
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
    start();
    expect(first.signal.aborted).toBe(true);
    expect(callback).not.toHaveBeenCalled();
  });
});
