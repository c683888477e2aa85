import { browser } from 'wxt/browser';

/**
 * Closes storage.local to content scripts. It holds the settings (Trac address, links, who is
 * staff), and a content script runs beside a page Casebook does not control; the options page
 * and the background still read and write it. Chrome has the switch; Firefox (where only
 * storage.session has it) keeps storage.local open, and the background checks settings where
 * it reads them either way (checked-settings.ts).
 */
export async function closeLocalStorageToContentScripts(): Promise<boolean> {
  const local = browser.storage.local as { setAccessLevel?: (options: { accessLevel: string }) => Promise<void> };
  if (typeof local.setAccessLevel !== 'function') return false;
  try {
    await local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch {
    return false;
  }
}
