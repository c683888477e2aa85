import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser } from './harness';
import './matchers';

/** On install Casebook opens its options at the short setup (issue 14). */
let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

describe('first run', () => {
  it('opens the options page with the setup steps, each linked to its section', async () => {
    const setupUrl = `chrome-extension://${browser.extensionId}/options.html#setup`;
    await expect.poll(() => browser.context.pages().some((p) => p.url() === setupUrl), { timeout: 15_000 }).toBe(true);
    const page = browser.context.pages().find((p) => p.url() === setupUrl)!;
    const setup = page.getByRole('region', { name: 'Set up Casebook' });
    await expect(setup).toBeVisible();
    for (const step of ['Who you are', 'Your support address or Gmail label', 'Business hours and holiday region', 'Your Trac URL']) {
      await expect(setup.getByRole('link', { name: step })).toBeVisible();
    }
    await expect(setup).toContainText('not set yet (optional)');
    expect(await setup.getByRole('link', { name: 'Your Trac URL' }).getAttribute('href')).toBe('#trac');
    expect(await page.locator('#trac').count()).toBe(1);
  });
});
