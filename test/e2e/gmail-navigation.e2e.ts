import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gmailFixtureSets, settingsFor } from './gmail-fixtures';
import { launchWithExtension, saveSettings, serveFile, sidebar, templateButton, type Browser } from './harness';
import './matchers';

const GMAIL = 'https://mail.google.com/mail/u/0/**';

interface AppRow {
  hash: string;
  subject: string;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => browser?.close());

for (const set of gmailFixtureSets()) {
  describe(`Gmail single-page navigation over the ${set.name} fixtures`, () => {
    beforeAll(() => saveSettings(browser.worker, settingsFor(set.account)));
    const app = set.files.find((f) => f.view.startsWith('app'));
    const pane = set.files.find((f) => f.view.includes('reading-pane'));

    it('list → thread → list → another thread: the sidebar follows the hash', async () => {
      if (!app) throw new Error('no app fixture');
      const rows = appRows(app.groundTruth as unknown as Record<string, unknown>);
      const [first, second] = rows;
      if (!first || !second) throw new Error('the app fixture needs two threads');
      const page = await browser.context.newPage();
      await serveFile(browser.context, GMAIL, join(set.dir, app.file));
      await page.goto(app.url);
      await page.waitForTimeout(500);
      await expect(sidebar(page)).toHaveCount(0);
      await page.evaluate((hash) => (location.hash = hash), first.hash);
      await expect(sidebar(page).getByRole('heading', { name: first.subject })).toBeVisible();
      await page.evaluate(() => (location.hash = '#inbox'));
      await expect(sidebar(page)).toHaveCount(0);
      await page.evaluate((hash) => (location.hash = hash), second.hash);
      await expect(sidebar(page).getByRole('heading', { name: second.subject })).toBeVisible();
      await page.goBack();
      await expect(sidebar(page)).toHaveCount(0);
      await page.close();
    });

    // Only the shared set models Gmail's split view.
    it.runIf(pane !== undefined)('reading pane: opening another conversation swaps the sidebar', async () => {
      if (!pane) throw new Error('unreachable');
      const routes = Object.entries((pane as unknown as { routes: Record<string, { subject: string }> }).routes);
      const page = await browser.context.newPage();
      await serveFile(browser.context, GMAIL, join(set.dir, pane.file));
      await page.goto(pane.url);
      await expect(sidebar(page).getByRole('heading', { name: pane.groundTruth.subject ?? '' })).toBeVisible();
      const other = routes.find(([, r]) => r.subject !== pane.groundTruth.subject);
      if (!other) throw new Error('no second route in the reading pane fixture');
      await page.evaluate((hash) => (location.hash = hash), other[0]);
      await expect(sidebar(page).getByRole('heading', { name: other[1].subject })).toBeVisible();
      await page.close();
    });

    it('collapses to a narrow tab and remembers it on the next page', async () => {
      const thread = set.files.find((f) => f.view.startsWith('thread') && f.groundTruth.subject);
      if (!thread) throw new Error('no thread fixture');
      const page = await browser.context.newPage();
      await serveFile(browser.context, GMAIL, join(set.dir, thread.file));
      await page.goto(thread.url);
      await sidebar(page).getByRole('button', { name: 'Collapse Casebook' }).click();
      await expect(sidebar(page).getByRole('button', { name: 'Casebook' })).toBeVisible();
      await page.reload();
      await expect(sidebar(page).getByRole('button', { name: 'Casebook' })).toBeVisible();
      expect(await sidebar(page).getByRole('heading').count()).toBe(0);
      await sidebar(page).getByRole('button', { name: 'Casebook' }).click();
      await expect(sidebar(page).getByRole('heading', { name: thread.groundTruth.subject ?? '' })).toBeVisible();
      await page.close();
    });
  });
}

describe('a Gmail page Casebook cannot read', () => {
  it('says what it could not read, keeps working, and offers "Report this page"', async () => {
    const set = gmailFixtureSets()[0]!;
    await saveSettings(browser.worker, settingsFor(set.account));
    const degraded = set.files.find((f) => f.file === 'thread-missing-anchors.html');
    if (!degraded) throw new Error('own degraded fixture missing');
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await serveFile(browser.context, GMAIL, join(set.dir, degraded.file));
    await page.goto(degraded.url);
    const problems = sidebar(page).getByRole('status', { name: 'Reading problems' });
    await expect(problems).toContainText('could not read');
    await expect(await templateButton(page, 'Installation details request')).toBeVisible();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
    await sidebar(page).getByRole('button', { name: 'Report this page' }).click();
    await expect(problems).toContainText('censored snapshot');
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toContain('Casebook page report');
    expect(clip).not.toContain('peter.novak@example.org');
    expect(errors).toEqual([]);
    await page.close();
  });
});

function appRows(truth: Record<string, unknown>): AppRow[] {
  const rows = (truth.rows ?? []) as { hash?: string; threadId: string; subject: string }[];
  const routes = (truth.routes ?? {}) as Record<string, { subject: string; view?: string }>;
  const fromRoutes = Object.entries(routes)
    .filter(([, r]) => r.view === undefined || r.view === 'thread')
    .map(([hash, r]) => ({ hash, subject: r.subject }));
  if (fromRoutes.length >= 2) return fromRoutes;
  return rows.filter((r) => r.hash).map((r) => ({ hash: r.hash!, subject: r.subject }));
}

describe('the page fires the event a newer copy of Casebook announces itself with', () => {
  it('cannot take the sidebar away: only a copy whose extension is gone stops', async () => {
    const set = gmailFixtureSets()[0]!;
    await saveSettings(browser.worker, settingsFor(set.account));
    const thread = set.files.find((f) => f.file === 'thread-inline-reply.html');
    if (!thread) throw new Error('own thread fixture missing');
    const page = await browser.context.newPage();
    await serveFile(browser.context, GMAIL, join(set.dir, thread.file));
    await page.goto(thread.url);
    await expect(sidebar(page)).toBeVisible();
    // Fired by the page's own scripts (the main world), as lib/content/page-context.ts names it.
    await page.evaluate((id) => document.dispatchEvent(new CustomEvent(`${id}:gmail:casebook-started`, { detail: 'forged' })), browser.extensionId);
    await page.waitForTimeout(500);
    await expect(sidebar(page)).toHaveCount(1);
    await expect(sidebar(page).getByRole('heading', { name: thread.groundTruth.subject ?? '' })).toBeVisible();
    await page.close();
  });
});

// Last in this file: it leaves the tab with an orphaned copy.
describe('a newer copy of Casebook starting in the tab (an update re-injecting it)', () => {
  it('makes the older copy take its sidebar away and stop following the page', async () => {
    const set = gmailFixtureSets()[0]!;
    await saveSettings(browser.worker, settingsFor(set.account));
    const thread = set.files.find((f) => f.file === 'thread-inline-reply.html');
    if (!thread) throw new Error('own thread fixture missing');
    const page = await browser.context.newPage();
    await serveFile(browser.context, GMAIL, join(set.dir, thread.file));
    await page.goto(thread.url);
    await expect(sidebar(page)).toHaveCount(1);
    // What an update does to the older copy: its extension context goes, and `chrome.runtime.id`
    // reads undefined in its world (chrome.runtime.reload() cannot stand in: headless Chromium
    // leaves a command-line extension disabled after it). Done through the DevTools protocol in
    // the content script's own isolated world.
    const cdp = await browser.context.newCDPSession(page);
    const worlds: { id: number; origin: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    const world = worlds.find((w) => w.auxData?.type === 'isolated' && w.origin.includes(browser.extensionId));
    if (!world) throw new Error(`no isolated world of the extension among ${worlds.map((w) => w.origin).join(', ')}`);
    await cdp.send('Runtime.evaluate', { contextId: world.id, expression: "Object.defineProperty(chrome.runtime, 'id', { get: () => undefined, configurable: true })" });
    // Then the newer copy announces itself, as lib/content/page-context.ts does.
    await page.evaluate((id) => document.dispatchEvent(new Event(`${id}:gmail:casebook-started`)), browser.extensionId);
    await expect(sidebar(page)).toHaveCount(0);
    await page.evaluate(() => (location.hash = `${location.hash}?again`));
    await page.waitForTimeout(500);
    await expect(sidebar(page)).toHaveCount(0);
    await page.close();
  });
});
