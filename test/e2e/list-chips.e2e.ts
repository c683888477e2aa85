import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { groupsFixtureSets, groupsPages, groupsSettingsFor } from './groups-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

/** Status chips on the rows of tracked conversations in Gmail's list (issue 14). */
const set = gmailFixtureSets()[0]!;
const demo = set.files.find((f) => f.file === 'demo-mailbox.html')!;
const rows = (demo.groundTruth as unknown as { rows: { subject: string; hash: string; threadId: string }[] }).rows;
const feature = rows.find((r) => r.subject.startsWith('Feature request'))!;
const untracked = rows.find((r) => r !== feature)!;

const chip = (page: Page, threadId: string) => page.locator(`[data-casebook-chip="${threadId}"]`);
/**
 * Left edges and widths of a row's cells (the list's columns) and the row's height. Gmail lays its
 * list table out with fixed columns and a one-line, clipped subject cell; the fixture's CSS is not
 * Gmail's (research: "Visual layout and CSS are not Gmail's"), so the test gives it those rules.
 */
const columns = (page: Page, threadId: string) =>
  page.evaluate((id) => {
    if (!document.getElementById('gmail-list-layout')) {
      const style = document.createElement('style');
      style.id = 'gmail-list-layout';
      style.textContent = 'table.F{table-layout:fixed;width:100%} .xT,.y6{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}';
      document.head.append(style);
    }
    const row = document.querySelector(`[data-legacy-thread-id="${id}"]`)?.closest('tr');
    const cells = Array.from(row?.cells ?? []).map((cell) => [Math.round(cell.getBoundingClientRect().x), Math.round(cell.getBoundingClientRect().width)]);
    return { cells, height: Math.round(row?.getBoundingClientRect().height ?? 0) };
  }, threadId);

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, { ...settingsFor(set.account), team: [{ name: 'Lena Marquardt', email: set.account }] });
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, demo.file));
});
afterAll(async () => browser?.close());

describe('chips in the inbox list', () => {
  it('show status and owner on tracked rows, follow changes, keep the columns, go when untracked', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    const before = await columns(page, feature.threadId);
    await page.goto(`https://mail.google.com/mail/u/0/${feature.hash}`);
    const status = sidebar(page).getByRole('combobox', { name: 'Status', exact: true });
    await expect(status).toBeVisible();
    await status.selectOption('waiting_customer');
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('waiting_customer');
    await sidebar(page).getByRole('button', { name: 'Assign to me' }).click();
    await expect(sidebar(page).getByRole('button', { name: 'Assign to me' })).toHaveCount(0);

    await page.evaluate(() => (location.hash = '#inbox'));
    await expect(chip(page, feature.threadId)).toContainText('Waiting on customer · LM');
    expect(await chip(page, feature.threadId).getAttribute('title')).toContain('owner Lena Marquardt');
    await expect(chip(page, untracked.threadId)).toHaveCount(0);
    expect(await columns(page, feature.threadId)).toEqual(before);

    // Back in the thread, a change shows on the row when the list is back.
    await page.goto(`https://mail.google.com/mail/u/0/${feature.hash}`);
    await status.selectOption('in_progress');
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('in_progress');
    await page.evaluate(() => (location.hash = '#inbox'));
    await expect(chip(page, feature.threadId)).toContainText('In progress · LM');

    // Untracked (the case deleted from this browser's data): the chip goes.
    await browser.worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('casebook');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('cases', 'readwrite');
        tx.objectStore('cases').clear();
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.evaluate(() => (location.hash = '#starred'));
    await page.evaluate(() => (location.hash = '#inbox'));
    await expect(chip(page, feature.threadId)).toHaveCount(0);
    await page.close();
  });
});

/** The same in Groups' topic list (own fixtures: app.html's list and its conversations, one page app). */
describe('chips in the Groups topic list', () => {
  const groups = groupsFixtureSets[0]!;
  const pages = groupsPages(groups.dir);
  const app = pages.find((p) => p.file === 'app.html')!;
  const conversation = app.states!.find((s) => s.truth.view === 'conversation')!;
  const topicId = conversation.path.split('/').pop()!;
  beforeAll(() => saveSettings(browser.worker, groupsSettingsFor(groups, pages.find((p) => p.truth.view === 'conversation' && p.truth.groupEmail)?.truth)));

  it("show the tracked topic's status on its row, and none on the others", async () => {
    await serveFile(browser.context, 'https://groups.google.com/**', join(groups.dir, app.file));
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await page.locator(`a[href$="${topicId}"]`).first().click();
    const status = sidebar(page).getByRole('combobox', { name: 'Status', exact: true });
    await expect(status).toBeVisible();
    await status.selectOption('waiting_customer');
    await expect.poll(() => status.inputValue(), { timeout: 10_000 }).toBe('waiting_customer');
    await page.goBack();
    await expect(page.locator(`[data-casebook-chip="${topicId}"]`)).toContainText('Waiting on customer');
    await expect(page.locator('[data-casebook-chip]')).toHaveCount(1);
    await page.close();
  });
});
