import { settingsAsRead } from '../core/settings/settings-as-read';
import { validateTracBaseUrl } from '../core/trac/ticket-page';
import { isKnownRegion } from '../holidays/holidays';
import type { Settings } from '../model/settings';
import { loadSettings } from '../settings-storage';

/**
 * The background's settings: read from storage and checked with the options page's rules each
 * time they change (lib/core/settings/settings-as-read.ts), so a value written past the options
 * page cannot steer where Casebook opens tabs or what it links to. The check runs once per
 * stored value, not on every thread opened.
 */
export function checkedSettingsLoader(load: () => Promise<Settings> = loadSettings): () => Promise<Settings> {
  let last: { key: string; settings: Settings } | null = null;
  return async () => {
    const stored = await load();
    const key = JSON.stringify(stored);
    if (last?.key !== key) {
      const { settings, problems } = settingsAsRead(stored, { tracBaseUrl: validateTracBaseUrl, isKnownRegion });
      if (problems.length > 0) console.warn('Casebook: stored settings failed their checks; these fell back to defaults:', problems);
      last = { key, settings };
    }
    return last.settings;
  };
}
