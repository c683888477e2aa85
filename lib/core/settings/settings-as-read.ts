import { defaultSettings, type Settings } from '../../model/settings';
import { validateSettings, type FieldProblem, type SettingsChecks } from './validate-settings';

/**
 * Settings as the background may use them. Storage can hold anything: an older version, a
 * damaged value, or a value written past the options page (a content script can write
 * extension storage). So what is read is checked with the options page's own rules, and each
 * setting that fails goes back to its default (a `javascript:` Trac address becomes "no Trac",
 * a bad link no link), keeping everything else. `problems` says what was dropped.
 */
export function settingsAsRead(stored: Settings, checks: SettingsChecks): { settings: Settings; problems: FieldProblem[] } {
  const checked = validateSettings(stored, checks);
  if (checked.ok) return { settings: checked.settings, problems: [] };
  let repaired = structuredClone(stored);
  for (const problem of checked.problems) repaired = withDefaultAt(repaired, problem.path);
  const again = validateSettings(repaired, checks);
  return { settings: again.ok ? again.settings : defaultSettings, problems: checked.problems };
}

/** "trac.baseUrl" -> that field's default; "team[1].email" -> the whole team list's default. */
function withDefaultAt(settings: Settings, path: string): Settings {
  const [section, field] = path.split(/[.[]/, 2) as [keyof Settings, string | undefined];
  if (!Object.hasOwn(defaultSettings, section)) return settings;
  const fallback = defaultSettings[section];
  const sectionIsRecord = typeof fallback === 'object' && fallback !== null && !Array.isArray(fallback);
  if (!sectionIsRecord || field === undefined || path.charAt(section.length) !== '.' || !Object.hasOwn(fallback, field)) {
    return { ...settings, [section]: structuredClone(fallback) };
  }
  const current = settings[section] as unknown as Record<string, unknown>;
  return { ...settings, [section]: { ...current, [field]: structuredClone((fallback as Record<string, unknown>)[field]) } };
}
