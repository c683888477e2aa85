import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

const set = gmailFixtureSets()[0]!;
const demo = set.files.find((f) => f.file === 'demo-mailbox.html')!;
const rows = (demo.groundTruth as unknown as { rows: { subject: string; hash: string; threadId: string }[] }).rows;
// Mateo asked, the helpdesk answered: the case waits on the customer.
const feature = rows.find((r) => r.subject.startsWith('Feature request'))!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, demo.file));
});
afterAll(async () => browser?.close());

describe('customer replies seen in the inbox list', () => {
  it('an unread row from the customer re-opens the tracked case without opening the thread', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/${feature.hash}`);
    const status = sidebar(page).getByRole('combobox', { name: 'Status', exact: true });
    await expect(status).toBeVisible();
    await status.selectOption('waiting_customer');
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('waiting_customer');

    await page.evaluate(() => (location.hash = '#inbox'));
    await expect(sidebar(page)).toHaveCount(0);
    // Gmail marks the row unread (bold) when the customer's reply arrives.
    await page.evaluate(({ threadId, customer }) => {
      const ids = document.querySelector(`[data-legacy-thread-id="${threadId}"]`);
      const row = ids?.closest('tr');
      if (!row) throw new Error('row not found');
      row.classList.add('zE');
      row.querySelectorAll('.yW span[email]').forEach((sender) => {
        if (sender.getAttribute('email') === customer) sender.classList.add('zF');
      });
    }, { threadId: feature.threadId, customer: 'mateo.alvarez@example.net' });

    const dashboard = await browser.context.newPage();
    await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);
    const row = dashboard.getByRole('row').filter({ hasText: feature.subject });
    await expect(row).toContainText('In progress');
    await dashboard.getByRole('tab', { name: 'Needs response' }).click();
    await expect(dashboard.getByRole('row').filter({ hasText: feature.subject })).toBeVisible();
    await Promise.all([page.close(), dashboard.close()]);
  });
});
