import { storage } from '#imports';
import { Settings, defaultSettings } from './model/settings';

/**
 * Settings live in extension storage (not IndexedDB): small, read by every context, and
 * versioned with WXT's migrations. Reads are validated; an invalid stored section falls back to
 * its defaults rather than breaking the sidebar.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return settingsOrDefaults(await settingsItem.getValue());
}

/**
 * Stored settings, section by section: a section that does not fit the schema (an older
 * version, a damaged value) falls back to its defaults without taking the others with it.
 */
export function settingsOrDefaults(raw: unknown): Settings {
  const stored = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const whole = Settings.safeParse({ ...defaultSettings, ...stored });
  if (whole.success) return whole.data;
  const merged: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const section = Settings.shape[key].safeParse(stored[key]);
    if (section.success) merged[key] = section.data;
  }
  return Settings.parse(merged);
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(Settings.parse(next));
}
