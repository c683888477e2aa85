import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, stopServiceWorker, type Browser } from './harness';
import './matchers';

// MV3 stops an idle service worker after ~30 s. Two tabs on one conversation must stay in step
// across that: the background has to remember which tab shows which case.
const set = gmailFixtureSets()[0]!;
const thread = set.files.find((f) => f.file === 'thread-inline-reply.html')!;

let browser: Browser;
let first: Page;
let second: Page;
beforeAll(async () => {
  browser = await launchWithExtension();
  await saveSettings(browser.worker, settingsFor(set.account));
  await serveFile(browser.context, 'https://mail.google.com/mail/u/0/**', join(set.dir, thread.file));
  first = await browser.context.newPage();
  await first.goto(thread.url);
  second = await browser.context.newPage();
  await second.goto(thread.url);
});
afterAll(async () => browser?.close());

const statusOf = (page: Page) => sidebar(page).getByRole('combobox', { name: 'Status', exact: true });

describe('after the service worker was stopped', () => {
  it('a status change in one tab still reaches the other tab on the same thread', async () => {
    await expect(statusOf(first)).toBeVisible();
    await expect(statusOf(second)).toBeVisible();
    await browser.worker.evaluate(() => Object.assign(globalThis, { casebookTestMarker: true }));
    const old = browser.worker;
    await stopServiceWorker(browser);
    // The old instance is gone once the marker is: either the evaluation fails (no worker) or it
    // runs in a new worker (a tab's message may wake one at once; Playwright keeps the object).
    // An evaluation on the closed worker can also hang for good (seen under load, on main too),
    // and expect.poll waits for each attempt: an attempt unanswered after 2 s counts as gone.
    const stillThere = () => Promise.race([old.evaluate(() => 'casebookTestMarker' in globalThis).catch(() => false), new Promise<boolean>((done) => setTimeout(() => done(false), 2_000))]);
    await expect.poll(stillThere, { timeout: 10_000 }).toBe(false);
    // The first tab's request wakes a new worker, which has nothing in memory of either tab.
    await statusOf(first).selectOption('in_progress');
    await expect.poll(() => statusOf(first).inputValue(), { timeout: 10_000 }).toBe('in_progress');
    await expect.poll(() => statusOf(second).inputValue(), { timeout: 10_000 }).toBe('in_progress');
    // The worker that answered is a new one: nothing of the old one's memory is left.
    const current = browser.context.serviceWorkers().at(-1);
    expect(await current?.evaluate(() => 'casebookTestMarker' in globalThis)).toBe(false);
  });
});
