import { validateTracBaseUrl } from '../../lib/core/trac/ticket-page';
import type { SettingsChecks } from '../../lib/core/settings/validate-settings';

/**
 * The real checks behind the options page's validation. The holiday data is large (about
 * 1.4 MB), so it loads after the page is shown instead of delaying it.
 */
export async function loadSettingsChecks(): Promise<SettingsChecks> {
  const { isKnownRegion } = await import('../../lib/holidays/holidays');
  return {
    tracBaseUrl: validateTracBaseUrl,
    isKnownRegion,
  };
}

