import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedCustomer, gmailFixtureSets, settingsFor } from './gmail-fixtures';
import './matchers';
import { hasShared, launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';

const GMAIL = 'https://mail.google.com/mail/u/0/**';

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

if (!hasShared) describe.skip('Gmail fixtures of ../shared (needs ../shared; absent in a user clone)', () => it('skipped'));

for (const set of gmailFixtureSets()) {
  describe(`Gmail sidebar over the ${set.name} fixtures`, () => {
    beforeAll(() => saveSettings(browser.worker, settingsFor(set.account)));
    // A page is a thread view when its ground truth names a thread (the reading pane is one too).
    const threads = set.files.filter((f) => f.groundTruth.threadId && f.groundTruth.subject);
    const lists = set.files.filter((f) => f.groundTruth.threadId === null);

    it.each(threads.map((f) => [f.file, f] as const))('%s: sidebar shows subject and customer', async (file, fixture) => {
      const page = await browser.context.newPage();
      await serveFile(browser.context, GMAIL, join(set.dir, file));
      await page.goto(fixture.url);
      const aside = sidebar(page);
      await expect(aside.getByRole('heading', { name: fixture.groundTruth.subject })).toBeVisible();
      const customer = expectedCustomer(fixture, set.account);
      if (customer) await expect(aside.getByTestId('customer')).toContainText(customer);
      await page.close();
    });

    it.each(lists.map((f) => [f.file, f] as const))('%s: no sidebar on a list view', async (file, fixture) => {
      const page = await browser.context.newPage();
      await serveFile(browser.context, GMAIL, join(set.dir, file));
      await page.goto(fixture.url);
      await page.waitForTimeout(600);
      expect(await sidebar(page).count()).toBe(0);
      await page.close();
    });
  });
}

