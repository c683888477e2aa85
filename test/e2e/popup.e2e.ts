import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

const set = gmailFixtureSets()[0]!;
const thread = set.files.find((f) => f.file === 'thread-inline-reply.html')!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, thread.file));
});
afterAll(async () => browser?.close());

describe('toolbar popup', () => {
  it("inserts a template into the active tab's reply and shows the counts", async () => {
    const gmail = await browser.context.newPage();
    await gmail.goto(thread.url);
    await expect(sidebar(gmail).getByRole('region', { name: 'Case' })).toBeVisible();
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
    await expect(popup.getByText(/needs? a response/)).toBeVisible();
    await popup.getByRole('button', { name: 'Split your questions' }).click();
    await expect(gmail.locator('[g_editable="true"][role="textbox"]').first()).toContainText('separate');
    await gmail.close();
  });
});
