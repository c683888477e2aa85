import type { InsertResult } from '../hosts/host-adapter';
import { providedInserter } from '../hosts/inserter-slot';
import type { Host } from '../model/thread';
import { ask } from './content-messaging';

let loading: Promise<unknown> | null = null;

/**
 * Loads the insertion script if it is not there yet. Also called on the first pointer or focus
 * in the sidebar, so that the click that follows inserts without waiting for the injection.
 */
export async function loadInserter(host: Host): Promise<void> {
  if (providedInserter()) return;
  loading ??= ask('inserter.load', { host }).finally(() => (loading = null));
  await loading.catch(() => undefined);
}

/**
 * Inserts `text` into the reply (lib/hosts/<site>/compose.ts). That code is not part of the
 * content script every tab loads (the size budget of what is injected into Gmail): the first
 * insertion asks the background to inject it into this frame (entrypoints/<site>-insert.ts),
 * which costs one round trip once per page. Never throws for the page: failures are `ok: false`.
 */
export async function insertReply(host: Host, doc: Document, text: string): Promise<InsertResult> {
  await loadInserter(host);
  return providedInserter()?.(doc, text) ?? { ok: false, reason: 'Casebook could not load its insertion code: reload the page and try again.' };
}
