import type { Settings } from '../../lib/model/settings';

/**
 * Who "me" is for case events and the "Mine" filter: the first address in Identity, else the
 * name, else "" (the options page asks for it).
 */
export function myAddress(settings: Settings): string {
  return settings.identity.emails[0]?.trim() || settings.identity.name.trim();
}
