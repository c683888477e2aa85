import { browser } from 'wxt/browser';

/**
 * Whether the sidebar is collapsed, remembered across pages. Plain storage.local rather than a
 * WXT storage item: this one boolean would otherwise pull WXT's storage library (~7 KB) into
 * what Casebook injects into Gmail. A missing or foreign value reads as "expanded".
 */
const KEY = 'sidebarCollapsed';

export async function loadCollapsed(): Promise<boolean> {
  const stored = await browser.storage.local.get(KEY).catch(() => ({}) as Record<string, unknown>);
  return (stored as Record<string, unknown>)[KEY] === true;
}

export async function saveCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [KEY]: collapsed });
}
