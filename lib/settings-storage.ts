import { storage } from '#imports';
import { Settings, defaultSettings } from './model/settings';

/**
 * Settings live in extension storage (not IndexedDB): small, read by every context, and
 * versioned with WXT's migrations. Reads are validated; an invalid stored value falls back to
 * the defaults field by field rather than breaking the sidebar.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = Settings.safeParse({ ...defaultSettings, ...raw });
  return parsed.success ? parsed.data : defaultSettings;
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(next));
}
