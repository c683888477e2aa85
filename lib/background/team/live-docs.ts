import type * as Y from 'yjs';

/**
 * The team documents this browser keeps loaded and in step with the server, at most `max` idle
 * ones at a time. Why not every open case's: each loaded document is one more document the
 * server sends every change of, and one more this worker applies and stores. (Until 2026-12-06
 * y-dexie's loader also re-read every stored update after the document's own last one whenever
 * any update was stored: with every open case loaded, a new member's first sync of 300 cases
 * took 257 s. team-docs.ts loads documents without it now.) The board tells a member which
 * cases changed (lib/background/team/team-sync.ts); their documents are read then, in a plain
 * Y.Doc, and only the cases in use or recently changed here are kept, until the server has
 * every change made here.
 */
export interface LiveDocsOptions {
  /** Loads a document from IndexedDB (team-docs.ts). */
  load: (rest: string) => Promise<Y.Doc>;
  /** Keeps it in step with the server; returns whether the server and this copy agree now. */
  open: (rest: string, doc: Y.Doc) => () => boolean;
  /** Stops keeping it in step and frees it (its stored updates stay in IndexedDB); `inStep`: the server had every change. */
  release: (rest: string, doc: Y.Doc, inStep: boolean) => void;
  /** Called once per load, before anyone uses the document: listeners, removed by what it returns. */
  loaded?: (rest: string, doc: Y.Doc) => () => void;
  /** How many unused documents may stay loaded (the least recently used go first). */
  max: number;
  /** A document unused this long is released (when in step) by `sweep`. */
  idleMs: number;
  now: () => number;
}

interface Entry {
  loading: Promise<Y.Doc>;
  doc: Y.Doc | null;
  inStep: () => boolean;
  unlisten: () => void;
  users: number;
  usedAt: number;
}

export class LiveDocs {
  readonly #entries = new Map<string, Entry>();
  #pinned = new Set<string>();

  constructor(private readonly options: LiveDocsOptions) {}

  get size(): number {
    return this.#entries.size;
  }

  has(rest: string): boolean {
    return this.#entries.has(rest);
  }

  /** Whether the document is loaded and agrees with the server. */
  inStep(rest: string): boolean {
    return this.#entries.get(rest)?.inStep() ?? false;
  }

  /** The document, loaded and followed if it was not; it stays until swept. */
  async get(rest: string): Promise<Y.Doc> {
    return this.use(rest, (doc) => doc);
  }

  /** Runs `task` with the document loaded; it is not released while a task holds it. */
  async use<T>(rest: string, task: (doc: Y.Doc) => T | Promise<T>): Promise<T> {
    return this.useAll([rest], ([doc]) => task(doc!));
  }

  /** Runs `task` with all these documents loaded at once (an archive move writes to several). */
  async useAll<T>(rests: readonly string[], task: (docs: Y.Doc[]) => T | Promise<T>): Promise<T> {
    const entries = rests.map((rest) => this.#entry(rest));
    for (const entry of entries) entry.users += 1;
    try {
      return await task(await Promise.all(entries.map((entry) => entry.loading)));
    } finally {
      for (const entry of entries) {
        entry.users -= 1;
        entry.usedAt = this.options.now();
      }
      if (this.#entries.size > this.options.max) this.#evict(this.#entries.size - this.options.max, Infinity);
    }
  }

  /** Documents that stay loaded whatever their age (the case open in this browser's tabs). */
  pin(rests: Iterable<string>): void {
    this.#pinned = new Set(rests);
  }

  /** Releases documents unused for `idleMs` (and any beyond `max`); returns how many. */
  sweep(): number {
    return this.#evict(Math.max(0, this.#entries.size - this.options.max), this.options.idleMs);
  }

  /** Forgets every document (leaving the team, or stopping): the caller closes the connection. */
  clear(): void {
    const entries = [...this.#entries];
    this.#entries.clear();
    for (const [rest, entry] of entries) if (entry.doc) this.#release(rest, entry);
  }

  #entry(rest: string): Entry {
    const known = this.#entries.get(rest);
    if (known) return known;
    const entry: Entry = { loading: Promise.resolve(null as never), doc: null, inStep: () => false, unlisten: () => {}, users: 0, usedAt: this.options.now() };
    entry.loading = this.options.load(rest).then((doc) => {
      entry.doc = doc;
      // Cleared while loading (the member left): free it at once.
      if (this.#entries.get(rest) !== entry) this.#release(rest, entry);
      else {
        entry.unlisten = this.options.loaded?.(rest, doc) ?? (() => {});
        entry.inStep = this.options.open(rest, doc);
      }
      return doc;
    });
    this.#entries.set(rest, entry);
    return entry;
  }

  /** Releases at least `count` of the least recently used free documents, and all free ones idle longer than `idleMs`. */
  #evict(count: number, idleMs: number): number {
    const now = this.options.now();
    // Free: loaded, unused, not pinned, and the server has every change made here (else they wait in IndexedDB until the next load).
    const free = [...this.#entries].filter(([rest, e]) => e.doc !== null && e.users === 0 && !this.#pinned.has(rest) && e.inStep()).sort((a, b) => a[1].usedAt - b[1].usedAt);
    let released = 0;
    for (const [rest, entry] of free) {
      if (released >= count && now - entry.usedAt < idleMs) break;
      this.#entries.delete(rest);
      this.#release(rest, entry);
      released += 1;
    }
    return released;
  }

  #release(rest: string, entry: Entry): void {
    entry.unlisten();
    this.options.release(rest, entry.doc!, entry.inStep());
  }
}
