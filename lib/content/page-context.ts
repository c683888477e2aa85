import { browser } from 'wxt/browser';

/** What Casebook's content scripts use of their context: a lifetime and a ticking timer. */
export interface PageContext {
  /** Aborts when this copy of Casebook must stop (extension updated, disabled, or re-injected). */
  readonly signal: AbortSignal;
  onInvalidated: (callback: () => void) => () => void;
  /** Like setInterval, but stops with the context and never ticks after it. */
  setInterval: (handler: () => void, ms: number) => number;
}

/**
 * Stands in for WXT's ContentScriptContext in the content-script builds (aliased in
 * wxt.config.ts): WXT's class also carries a location watcher, animation-frame and idle
 * helpers and its logger, ~2.5 KB that every Gmail tab would load for nothing. Same
 * constructor and same two ways of ending:
 * - the extension goes away (update, disable): `browser.runtime.id` disappears, noticed on
 *   each tick of `setInterval` and whenever `isValid` is read;
 * - a newer copy of this content script starts in the same page (an update re-injecting it): it
 *   announces itself with a document event, and the older one checks its own `runtime.id`. The
 *   page can fire that event too, so the event alone stops nothing: only a copy whose extension
 *   is gone (what an update does to it) stops.
 * Casebook's code is typed against `PageContext`, so it cannot call what this class lacks.
 */
export class ContentScriptContext implements PageContext {
  readonly #lifetime = new AbortController();

  constructor(contentScriptName: string, _options?: unknown) {
    const started = `${browser.runtime.id}:${contentScriptName}:casebook-started`;
    // Announced before listening, so a copy never hears itself.
    document.dispatchEvent(new Event(started));
    const onStarted = (): void => void this.isValid;
    document.addEventListener(started, onStarted);
    this.onInvalidated(() => document.removeEventListener(started, onStarted));
  }

  get signal(): AbortSignal {
    return this.#lifetime.signal;
  }

  get isValid(): boolean {
    if (browser.runtime?.id == null) this.#invalidate();
    return !this.signal.aborted;
  }

  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  setInterval(handler: () => void, ms: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, ms);
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  #invalidate(): void {
    this.#lifetime.abort('Casebook was updated, disabled or started again in this page');
  }
}
