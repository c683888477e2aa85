import { browser } from 'wxt/browser';

/**
 * Whether the sidebar is collapsed, remembered across pages. Plain storage rather than a WXT
 * storage item: this one boolean would otherwise pull WXT's storage library (~7 KB) into what
 * Casebook injects into Gmail. A missing or foreign value reads as "expanded".
 * In storage.sync, not storage.local: the background closes storage.local to content scripts
 * (it holds the settings, see lib/background/close-local-storage.ts), and a layout preference
 * may follow the user to their other browsers.
 */
const KEY = 'sidebarCollapsed';

export async function loadCollapsed(): Promise<boolean> {
  const stored = await browser.storage.sync.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return (stored as Record<string, unknown>)[KEY] === true;
}

export async function saveCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.sync.set({ [KEY]: collapsed });
}
