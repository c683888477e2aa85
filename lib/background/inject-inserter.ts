import { browser } from 'wxt/browser';
import type { Sender } from '../messaging';
import type { Host } from '../model/thread';

/** The unlisted scripts (entrypoints/<site>-insert.ts) holding each site's template insertion. */
export const INSERT_SCRIPTS: Record<Host, { file: '/gmail-insert.js' | '/groups-insert.js'; origin: string }> = {
  gmail: { file: '/gmail-insert.js', origin: 'https://mail.google.com/' },
  groups: { file: '/groups-insert.js', origin: 'https://groups.google.com/' },
};

/**
 * The first template insertion in a tab: runs the site's insertion script in the sender's tab
 * and frame (lib/content/reply-inserter.ts), so every Gmail tab does not carry that code from
 * the start. Only into the site's own pages, whatever the request says.
 */
export async function injectInserter(host: Host, sender: Sender): Promise<Record<string, never>> {
  const tabId = sender.tab?.id;
  const script = INSERT_SCRIPTS[host];
  if (tabId === undefined || !(sender.url ?? '').startsWith(script.origin)) throw new Error('Templates are inserted only in Gmail or Groups.');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [script.file] });
  return {};
}
