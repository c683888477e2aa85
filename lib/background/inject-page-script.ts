import { browser } from 'wxt/browser';
import type { Sender } from '../messaging';
import type { Host } from '../model/thread';

/**
 * The unlisted scripts (entrypoints/<site>-<part>.ts) that content scripts load only when needed,
 * so every Gmail tab does not carry them from the start: template insertion (on the first
 * insertion, lib/content/reply-inserter.ts) and the inbox-list chip painter (on the first list
 * with a tracked row, lib/content/watch-list-rows.ts).
 */
export const PAGE_SCRIPTS = {
  insert: { gmail: '/gmail-insert.js', groups: '/groups-insert.js' },
  chips: { gmail: '/gmail-chips.js', groups: '/groups-chips.js' },
} as const;
export type PageScript = keyof typeof PAGE_SCRIPTS;

const ORIGINS: Record<Host, string> = { gmail: 'https://mail.google.com/', groups: 'https://groups.google.com/' };

/**
 * Runs the site's script in the sender's tab and frame. Only into the site's own pages, whatever
 * the request says.
 */
export async function injectPageScript(part: PageScript, host: Host, sender: Sender): Promise<Record<string, never>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || !(sender.url ?? '').startsWith(ORIGINS[host])) throw new Error('Casebook runs its page scripts only in Gmail or Groups.');
  await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [PAGE_SCRIPTS[part][host]] });
  return {};
}
