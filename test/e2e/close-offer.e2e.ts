import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

const set = gmailFixtureSets()[0]!;
const demo = set.files.find((f) => f.file === 'demo-mailbox.html')!;
const rows = (demo.groundTruth as unknown as { rows: { subject: string; hash: string; threadId: string }[] }).rows;
// Peter's last message: "…our partners can connect again. You can close the case." Nothing to answer.
const call = rows.find((r) => r.subject.startsWith('Follow-up to our call'))!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, demo.file));
});
afterAll(async () => browser?.close());

describe('a customer message that only confirms closure', () => {
  it('is not overdue: the sidebar offers to close the case, and one click closes it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/${call.hash}`);
    const status = sidebar(page).getByRole('combobox', { name: 'Status', exact: true });
    await expect(status).toBeVisible();
    const offer = sidebar(page).getByRole('button', { name: 'Peter Novák only thanked or confirmed closure: close the case?' });
    await expect(offer).toBeVisible();
    expect(await sidebar(page).getByRole('region', { name: 'Case' }).textContent()).not.toMatch(/overdue/i);
    await offer.click();
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('closed');
    await expect.poll(() => offer.count(), { timeout: 10_000 }).toBe(0);
    await page.close();
  });
});
