import { browser } from 'wxt/browser';

/**
 * A small record kept in storage.session: it survives the service worker being stopped after
 * ~30 s idle (which happens while a user fills in Trac's form, or between alarms) and is gone
 * when the browser closes. Values are JSON; a missing or foreign value reads as `fallback`.
 */
export function sessionRecord<T>(key: string, fallback: T, isValid: (value: unknown) => value is T) {
  const area = browser.storage.session ?? browser.storage.local;
  return {
    async get(): Promise<T> {
      const stored = (await area.get(key).catch(() => ({}))) as Record<string, unknown>;
      return isValid(stored[key]) ? stored[key] : fallback;
    },
    async set(value: T): Promise<void> {
      await area.set({ [key]: value });
    },
  };
}
