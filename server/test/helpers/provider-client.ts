import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface Client {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Reasons of authenticationFailed events, in order. */
  refusals: string[];
  /** Reasons of close events (server closing this document), in order, with when. */
  closes: { reason: string; at: number }[];
  synced(): Promise<void>;
  destroy(): void;
}

/** A real @hocuspocus/provider 3.x client over `ws`, as the extension's sync code will use. */
export function connectClient(url: string, name: string, token: string): Client {
  const doc = new Y.Doc();
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 200, maxDelay: 1000 });
  const refusals: string[] = [];
  const closes: { reason: string; at: number }[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onClose: ({ event }) => closes.push({ reason: event.reason, at: Date.now() }),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    refusals,
    closes,
    synced: () =>
      new Promise<void>((resolve, reject) => {
        if (provider.isSynced) return resolve();
        const timer = setTimeout(() => reject(new Error(`not synced: refusals ${refusals.join(', ')}`)), 15_000);
        provider.on('synced', () => {
          clearTimeout(timer);
          resolve();
        });
      }),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls until `check` holds (or fails after `timeoutMs`); returns the milliseconds it took. */
export async function eventually(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}
