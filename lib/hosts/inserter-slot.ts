import type { ReplyInserter } from './host-adapter';

/**
 * Where the insertion script (entrypoints/gmail-insert.ts, entrypoints/groups-insert.ts), injected
 * on demand, leaves its ReplyInserter for the content script that asked for it. Both run in the
 * extension's isolated world of the page and share its global object, not their modules.
 */
const KEY = '__casebookInserter';
type Slot = { [KEY]?: ReplyInserter };

export function provideInserter(insert: ReplyInserter): void {
  (globalThis as Slot)[KEY] = insert;
}

export function providedInserter(): ReplyInserter | undefined {
  return (globalThis as Slot)[KEY];
}
