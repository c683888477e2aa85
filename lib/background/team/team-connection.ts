import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { reconnectOptions, redrawDelayOnDisconnect } from '../../core/team/reconnect-backoff';
import type { SyncStatus } from '../../core/team/sync-status';
import type { TeamMembership } from '../../model/team';

/** Refusals that another try will not change: stop reconnecting until the user acts. */
const FINAL_REFUSALS = new Set(['invalid-token', 'token-revoked', 'member-removed', 'tls-required']);

export interface TeamConnectionOptions {
  membership: TeamMembership;
  onStatus: (status: SyncStatus) => void;
  /** A WebSocket class for Node (the `ws` package) in tests and the team bench; the browser's own otherwise. */
  WebSocketImpl?: unknown;
}

/**
 * One WebSocket to the team server carrying every shared document (Hocuspocus multiplexes
 * them), each a Y.Doc kept in IndexedDB by the caller. The engine does the syncing; this class
 * only says which documents to keep in step and what the connection's state means to a user.
 * Document names are `<team id>/<rest>`: the server checks them against the token's team.
 */
export class TeamConnection {
  readonly #socket: HocuspocusProviderWebsocket;
  readonly #providers = new Map<string, HocuspocusProvider>();
  readonly #options: TeamConnectionOptions;
  readonly #stepListeners = new Set<() => void>();
  #status: SyncStatus = { kind: 'connecting' };

  constructor(options: TeamConnectionOptions) {
    this.#options = options;
    this.#socket = new HocuspocusProviderWebsocket({
      url: options.membership.socketUrl,
      ...(options.WebSocketImpl ? { WebSocketPolyfill: options.WebSocketImpl } : {}),
      // Retry forever, jittered, at most 8 s apart (why: lib/core/team/reconnect-backoff.ts).
      ...reconnectOptions(Math.random),
    });
    redrawDelayOnDisconnect(this.#socket, Math.random);
    this.#socket.on('status', ({ status }: { status: WebSocketStatus }) => {
      if (this.#status.kind === 'refused') return;
      if (status === WebSocketStatus.Disconnected) this.#setStatus({ kind: 'offline' });
      else if (status === WebSocketStatus.Connecting && this.#status.kind !== 'offline') this.#setStatus({ kind: 'connecting' });
      else if (status === WebSocketStatus.Connected) this.#updateSynced();
    });
  }

  get status(): SyncStatus {
    return this.#status;
  }

  /** Whether the socket is open now (the status says more: whether every document is in step too). */
  get connected(): boolean {
    return this.#socket.status === WebSocketStatus.Connected;
  }

  /** Keeps `doc` in step with the team's document `rest` ("board", "cases/<key>", …). */
  open(rest: string, doc: Y.Doc, awareness: Awareness | null = null): HocuspocusProvider {
    const known = this.#providers.get(rest);
    if (known) return known;
    const provider = new HocuspocusProvider({
      websocketProvider: this.#socket,
      name: `${this.#options.membership.team.id}/${rest}`,
      document: doc,
      token: this.#options.membership.token,
      // Only the presence document shares who is where (one awareness per socket keeps it alive).
      ...(awareness === null ? { awareness: null } : { awareness }),
      onSynced: () => this.#stepChanged(),
      onUnsyncedChanges: () => this.#stepChanged(),
      onAuthenticationFailed: ({ reason }: { reason: string }) => this.#refused(reason),
    });
    provider.attach();
    this.#providers.set(rest, provider);
    return provider;
  }

  /** Stops keeping a document in step (a closed case nobody looks at). */
  close(rest: string): void {
    const provider = this.#providers.get(rest);
    if (!provider) return;
    this.#providers.delete(rest);
    provider.destroy();
  }

  /** Calls `listener` whenever a document comes in step with the server or leaves it; returns the way to stop. */
  onStepChange(listener: () => void): () => void {
    this.#stepListeners.add(listener);
    return () => this.#stepListeners.delete(listener);
  }

  isOpen(rest: string): boolean {
    return this.#providers.has(rest);
  }

  destroy(): void {
    this.#stepListeners.clear();
    for (const rest of [...this.#providers.keys()]) this.close(rest);
    this.#socket.destroy();
  }

  #refused(reason: string): void {
    this.#setStatus({ kind: 'refused', reason });
    if (FINAL_REFUSALS.has(reason)) this.#socket.disconnect();
  }

  #stepChanged(): void {
    this.#updateSynced();
    for (const listener of [...this.#stepListeners]) listener();
  }

  #updateSynced(): void {
    if (this.#status.kind === 'refused') return;
    const providers = [...this.#providers.values()];
    const synced = providers.length > 0 && providers.every((p) => p.isSynced && !p.hasUnsyncedChanges);
    this.#setStatus(synced ? { kind: 'synced' } : { kind: 'connecting' });
  }

  #setStatus(status: SyncStatus): void {
    if (JSON.stringify(status) === JSON.stringify(this.#status)) return;
    this.#status = status;
    this.#options.onStatus(status);
  }
}
