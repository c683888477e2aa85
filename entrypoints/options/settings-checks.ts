import { originPattern, validateTracBaseUrl } from '../../lib/core/trac/ticket-page';
import { isKnownRegion } from '../../lib/holidays/holidays';
import type { SettingsChecks } from './validate-settings';

/** The real checks behind the options page's validation. */
export const settingsChecks: SettingsChecks = {
  tracBaseUrlProblem: (url) => {
    const result = validateTracBaseUrl(url);
    return result.ok ? null : result.problem;
  },
  isKnownRegion,
};

/** The host permission to ask for, e.g. "https://trac.example.com/*". */
export function tracOriginPattern(baseUrl: string): string {
  return originPattern(baseUrl);
}
