// Imported first by member.ts, before Dexie. Dexie tells other tabs of each write through a
// BroadcastChannel; in Node a BroadcastChannel reaches every worker thread of the process, so
// each simulated member would replay the writes of all the others (20 members: 20 times the
// live-query bookkeeping). Real members have a browser each: a channel reaches only its own.
import { threadId } from 'node:worker_threads';

const Shared = globalThis.BroadcastChannel;
globalThis.BroadcastChannel = class OwnBrowserChannel extends Shared {
  constructor(name: string) {
    super(`${name}#member-${threadId}`);
  }
} as typeof BroadcastChannel;
