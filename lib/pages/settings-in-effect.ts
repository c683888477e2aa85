import { withTeamSettings } from '../core/settings/with-team-settings';
import { ask, onPush } from '../messaging';
import type { Settings } from '../model/settings';
import { loadSettings, settingsItem } from '../settings-storage';

/**
 * The settings that apply, for an extension page: this browser's own, with the sections the
 * team's admin sets in their place while in a team (the background holds the team's documents).
 */
export async function loadSettingsInEffect(): Promise<Settings> {
  const [own, team] = await Promise.all([loadSettings(), ask('team.settings', {}).catch(() => ({ settings: {} }))]);
  return withTeamSettings(own, team.settings);
}

/**
 * Calls `changed` with the settings in effect now and whenever they change: saved in this
 * browser (storage), or changed by the team's admin, or by joining or leaving a team (a push
 * from the background). Returns the function that stops following.
 */
export function followSettingsInEffect(changed: (settings: Settings) => void): () => void {
  let latest = 0;
  const read = (): void => {
    const request = ++latest;
    // Only the newest read may land: answers can arrive out of order.
    void loadSettingsInEffect().then((settings) => {
      if (request === latest) changed(settings);
    });
  };
  read();
  const stop = new AbortController();
  onPush((message) => {
    if (message.type === 'settings.changed') read();
  }, stop.signal);
  const unwatch = settingsItem.watch(read);
  return () => {
    stop.abort();
    unwatch();
  };
}
