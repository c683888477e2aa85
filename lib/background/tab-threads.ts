import * as z from 'zod/mini';
import { caseIdFor } from '../core/case/new-case';
import { ThreadSnapshot } from '../model/thread';

export interface TabEntry {
  caseId: string | null;
  /** The conversation the tab reported (host:account:threadId), kept even when `thread` is not. */
  conversation: string;
  /** The conversation as the tab last reported it; null when it was too large to keep. */
  thread: ThreadSnapshot | null;
}

/** An entry and what of it is stored (decided once, when the tab reports). */
interface KeptEntry extends TabEntry {
  stored: TabEntry;
}

/** Where the entries are kept between service-worker restarts (storage.session in the extension). */
export interface TabThreadsStore {
  get: () => Promise<unknown>;
  set: (value: unknown) => Promise<void>;
}

const StoredEntries = z.array(
  z.tuple([z.number(), z.object({ caseId: z.nullable(z.string()), conversation: z.string(), thread: z.nullable(ThreadSnapshot) })]),
);

/** A snapshot can hold megabytes of mail; storage.session holds 10 MB for everything. */
const MAX_KEPT_THREAD_CHARS = 200_000;

/**
 * Which conversation each tab shows, as its content script last reported it. Lets the popup
 * show the active tab's case and pushes reach every tab that shows a changed case (two tabs on
 * one thread stay in step). Kept in `store` as well as in memory: MV3 stops an idle service
 * worker after ~30 s, and a tab that has nothing new to report would otherwise be forgotten.
 */
export class TabThreads {
  private entries: Promise<Map<number, KeptEntry>> | null = null;
  private writes: Promise<void> = Promise.resolve();

  constructor(private readonly store: TabThreadsStore) {}

  async set(tabId: number, thread: ThreadSnapshot, caseId: string | null): Promise<void> {
    const entries = await this.load();
    const conversation = caseIdFor(thread.host, thread.account, thread.threadId);
    entries.set(tabId, { thread, caseId, conversation, stored: { caseId, conversation, thread: keepable(thread) } });
    await this.persist(entries);
  }

  async get(tabId: number): Promise<TabEntry | undefined> {
    return (await this.load()).get(tabId);
  }

  async forget(tabId: number): Promise<void> {
    const entries = await this.load();
    if (entries.delete(tabId)) await this.persist(entries);
  }

  /** Every tab that reported a conversation, with the case it shows. */
  async all(): Promise<[number, TabEntry][]> {
    return [...(await this.load())];
  }

  /** Tabs that show this case. */
  async tabsOf(caseId: string): Promise<number[]> {
    return [...(await this.load())].filter(([, entry]) => entry.caseId === caseId).map(([tabId]) => tabId);
  }

  private load(): Promise<Map<number, KeptEntry>> {
    this.entries ??= this.store.get().then(
      (raw) => {
        const parsed = StoredEntries.safeParse(raw);
        return new Map((parsed.success ? parsed.data : []).map(([tabId, entry]) => [tabId, { ...entry, stored: entry }]));
      },
      () => new Map(),
    );
    return this.entries;
  }

  /** Writes one after another, each the whole (small) table, so the last one stored is the newest. */
  private persist(entries: Map<number, KeptEntry>): Promise<void> {
    const rows = [...entries].map(([tabId, entry]): [number, TabEntry] => [tabId, entry.stored]);
    this.writes = this.writes.then(() => this.store.set(rows)).catch(() => undefined);
    return this.writes;
  }
}

function keepable(thread: ThreadSnapshot): ThreadSnapshot | null {
  return JSON.stringify(thread).length <= MAX_KEPT_THREAD_CHARS ? thread : null;
}
