import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDeadline } from '../../lib/core/calendar/format-deadline';
import { responseDue } from '../../lib/core/calendar/business-deadline';
import { holidayChecker } from '../../lib/holidays/holidays';
import { defaultSettings } from '../../lib/model/settings';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, type Browser } from './harness';
import './matchers';

// The project's own thread: Kofi (customer) → Lena (staff) → Kofi, so a response is due.
const set = gmailFixtureSets()[0]!;
const thread = set.files.find((f) => f.file === 'thread-inline-reply.html')!;
const subject = thread.groundTruth.subject!;
const GMAIL = 'https://mail.google.com/mail/u/0/**';

let browser: Browser;
let gmail: Page;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await serveFile(browser.context, GMAIL, join(set.dir, thread.file));
  gmail = await browser.context.newPage();
  await gmail.goto(thread.url);
});
afterAll(async () => browser?.close());

const statusOf = (page: Page, scope = sidebar(page)) => scope.getByRole('combobox', { name: 'Status', exact: true });

async function extensionPage(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

describe('a support case from a Gmail thread to the dashboard and back', () => {
  it('creates the case when the thread to the support address opens, and shows it', async () => {
    await expect(sidebar(gmail).getByRole('region', { name: 'Case' })).toBeVisible();
    await expect(statusOf(gmail)).toBeVisible();
    await expect(sidebar(gmail).getByRole('region', { name: 'Case' })).toContainText('overdue by');
  });

  it('a status change in the toolbar popup shows in the open sidebar', async () => {
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' }))[0]?.id);
    const popup = await extensionPage(`popup.html?tab=${tabId}`);
    const status = popup.getByRole('combobox', { name: 'Status', exact: true });
    await expect(status).toBeVisible();
    await status.selectOption('waiting_developer');
    await expect.poll(() => statusOf(gmail).inputValue(), { timeout: 10_000 }).toBe('waiting_developer');
    await popup.close();
  });

  it('the dashboard lists the case with its same-or-next-business-day deadline', async () => {
    const arrived = new Date(2025, 2, 4, 9, 5).getTime(); // "Mar 4, 2025, 9:05 AM", the newest customer message
    const due = responseDue(arrived, defaultSettings.calendar, holidayChecker(defaultSettings.calendar.holidayRegion));
    const dashboard = await extensionPage('dashboard.html');
    const row = dashboard.getByRole('row').filter({ hasText: subject });
    await expect(row).toBeVisible();
    await expect(row).toContainText(formatDeadline(due, Date.now()).absolute);
    await dashboard.getByRole('tab', { name: 'Waiting on developer' }).click();
    await expect(dashboard.getByRole('row').filter({ hasText: subject })).toBeVisible();
    await dashboard.getByRole('tab', { name: 'Closed' }).click();
    await expect(dashboard.getByRole('row').filter({ hasText: subject })).toHaveCount(0);
    await dashboard.close();
  });

  it('a new customer message in the open thread re-opens the closed case', async () => {
    await statusOf(gmail).selectOption('closed');
    await expect.poll(() => statusOf(gmail).inputValue(), { timeout: 10_000 }).toBe('closed');
    await gmail.evaluate(appendCustomerMessage);
    await expect.poll(() => statusOf(gmail).inputValue(), { timeout: 10_000 }).toBe('in_progress');
    await expect(sidebar(gmail).getByRole('region', { name: 'Case' })).toContainText('re-opened 1×');
  });

  it('export JSON → import → export again gives the same data', async () => {
    const dashboard = await extensionPage('dashboard.html');
    const exported = await download(dashboard, 'Export JSON');
    const file = join(tmpdir(), `casebook-roundtrip-${Date.now()}.json`);
    writeFileSync(file, exported);
    const options = await extensionPage('options.html');
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
    // A file with cases asks first; replacing says what goes, needs a second click, backs up first.
    await expect(options.getByRole('group', { name: 'How to import' })).toContainText('Here there are 1 case,');
    await options.getByRole('button', { name: 'Replace everything…' }).click();
    await expect(options.getByRole('alert')).toContainText('Replacing deletes the 1 case,');
    await options.getByRole('button', { name: 'Delete 1 case here and replace' }).click();
    await expect(options.getByText(/Imported .*1 case/)).toBeVisible();
    await expect(options.getByRole('button', { name: 'Restore it…' })).toBeVisible();
    const again = await download(dashboard, 'Export JSON');
    expect(withoutTimestamp(again)).toEqual(withoutTimestamp(exported));
    const csv = await download(dashboard, 'Export CSV');
    expect(csv).toContain(subject);
    await Promise.all([dashboard.close(), options.close()]);
  });

  it("importing a colleague's settings and templates keeps every case and this browser's identity", async () => {
    const dashboard = await extensionPage('dashboard.html');
    const mine = JSON.parse(await download(dashboard, 'Export JSON')) as { cases: unknown[]; timelines: unknown[]; settings: { identity: { name: string } }; templates: unknown[] };
    expect(mine.cases.length).toBeGreaterThan(0);
    const colleague = {
      ...mine,
      cases: [],
      timelines: [],
      settings: { ...mine.settings, identity: { name: 'Colleague', emails: ['colleague@example.com'] } },
      templates: [{ id: 'custom:shared', name: 'Shared reply', body: 'Hi {{customer.firstName}},', category: null, builtIn: false, updatedAt: 1 }],
    };
    const file = join(tmpdir(), `casebook-colleague-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify(colleague));
    const options = await extensionPage('options.html');
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
    await expect(options.getByText(/Imported .*0 cases.*1 templates.*Nothing here was deleted/)).toBeVisible();
    const after = JSON.parse(await download(dashboard, 'Export JSON')) as typeof mine;
    expect(after.cases).toEqual(mine.cases);
    expect(after.settings.identity).toEqual(mine.settings.identity);
    expect(after.templates).toContainEqual(colleague.templates[0]);
    await expect(statusOf(gmail)).toBeVisible();
    await Promise.all([dashboard.close(), options.close()]);
  });

  it('a bad import file changes nothing and says what is wrong', async () => {
    const options = await extensionPage('options.html');
    const file = join(tmpdir(), `casebook-bad-${Date.now()}.json`);
    const good = JSON.parse(await download(await extensionPage('dashboard.html'), 'Export JSON')) as { cases: { status: string }[] };
    good.cases[0]!.status = 'lost';
    writeFileSync(file, JSON.stringify(good));
    const chooser = options.waitForEvent('filechooser');
    await options.getByRole('button', { name: 'Import…' }).click();
    await (await chooser).setFiles(file);
    await expect(options.getByText('cases[0].status')).toBeVisible();
    await expect(statusOf(gmail)).toBeVisible();
    expect(await statusOf(gmail).inputValue()).toBe('in_progress');
    await options.close();
  });
});

async function download(page: Page, button: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const path = await (await pending).path();
  return readFileSync(path, 'utf8');
}

function withoutTimestamp(json: string): unknown {
  const { exportedAt: _ignored, ...rest } = JSON.parse(json) as Record<string, unknown>;
  return rest;
}

/** What Gmail does when a reply arrives in the open thread: one more expanded message. */
function appendCustomerMessage(): void {
  const messages = document.querySelectorAll('[data-message-id]');
  const last = messages[messages.length - 1]?.closest('[role="listitem"]');
  if (!last) throw new Error('no message to copy');
  const copy = last.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('*')]) {
    for (const attr of ['data-message-id', 'data-legacy-message-id']) {
      if (el.hasAttribute(attr)) el.setAttribute(attr, attr === 'data-message-id' ? '#msg-f:1825999999999999999' : '19560ffffff00001');
    }
  }
  copy.querySelectorAll('[title*="2025"]').forEach((el) => el.setAttribute('title', 'Mar 6, 2025, 10:00 AM'));
  const body = copy.querySelector('.a3s');
  if (body) body.textContent = 'Hello again, the stall is back since this morning. Kofi';
  last.after(copy);
}
